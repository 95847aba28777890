/**
 * Staff see who confirmed a record by name, not username, in Chromium: the header, the confirmed
 * record, the handover page and the print all say "Priya Patel" (the demo prison account's display
 * name, kept on the record when it was confirmed). axe finds nothing on each.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser } from 'playwright-core';
import { axeViolations, inDays, launchChromium, logIn, openPage, screenshot, seedConfirmedPerRecord, startServer, type Running, type WatchedPage } from './support.ts';

interface State { server: Running; browser: Browser; prison: WatchedPage; recordId: string }
const test = suite<State>('confirmer name');
const NAME = 'Priya Patel';

test.before(async (s) => {
  s.server = await startServer();
  s.browser = await launchChromium();
  s.prison = await openPage(s.browser);
  s.recordId = await seedConfirmedPerRecord(s.server.url, { id: 'G6666HJ', name: 'Sol Ahmed', dateOfBirth: '1975-09-09' },
    { id: 'MOVE-NAMED', from: 'WIN', to: 'SOTPIC', date: inDays(1) }, { confirm: false });
});

test.after(async (s) => {
  assert.equal(s.prison?.problems ?? [], [], 'no CSP violation or script error');
  await s.browser?.close();
  await s.server?.close();
});

test('confirming shows the confirmer\'s name on the record, the handover page and the print', async (s) => {
  const { page } = s.prison;
  await logIn(page, s.server.url, 'prison', `/records/${s.recordId}`);
  assert.match(await page.locator('.govuk-service-navigation').innerText(), new RegExp(`Signed in as ${NAME}`));
  await page.click('button:has-text("Check and confirm the record")');
  await page.click('button:has-text("Confirm the record")');
  const confirmed = page.getByText(new RegExp(`Confirmed on .+ by ${NAME}\\.`));
  await confirmed.waitFor();
  assert.not.match(await page.locator('main').innerText(), /by prison\b/);
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'confirmer-name-record');

  await page.click('button:has-text("Record a handover")');
  await page.waitForSelector('h1:text-is("Record a handover")');
  assert.is(await page.getByText(new RegExp(`Confirmed on .+ by ${NAME}\\.`)).count(), 1, 'the handover page names who confirmed');
  assert.equal(await axeViolations(page), []);

  await page.goto(`${s.server.url}/api/records/${s.recordId}/print`);
  assert.match(await page.locator('body').innerText(), new RegExp(`by ${NAME}`));
  assert.equal(await axeViolations(page), []);
});

test.run();
