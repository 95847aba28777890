/**
 * When the person's previous records cannot prefill a new one (another name or date of birth under the
 * same person id), the officer who creates it is told why before opening it, on the finder page, in a
 * GOV.UK notification banner that axe accepts.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser } from 'playwright-core';
import { axeViolations, seedConfirmedPerRecord, launchChromium, logIn, openPage, screenshot, startServer, typeDate, type Running, type WatchedPage } from './support.ts';

const PERSON = { id: 'W9876YZ', name: 'Jan Kowalski', dateOfBirth: '1990-04-27' };

interface State { server: Running; browser: Browser; prison: WatchedPage }
const test = suite<State>('prefill withheld on the finder page');

test.before(async (s) => {
  s.server = await startServer();
  s.browser = await launchChromium();
  await seedConfirmedPerRecord(s.server.url, PERSON, { id: 'MOVE-BEFORE', from: 'WIN', to: 'SOTPIC', date: '2026-12-02' });
  s.prison = await openPage(s.browser);
});

test.after(async (s) => {
  await s.browser?.close();
  await s.server?.close();
});

test.after.each((s) => {
  assert.equal(s.prison.problems.splice(0), [], 'no script errors or CSP violations');
});

test('a record created under the person id with another name starts empty, and the banner says why', async (s) => {
  const { page } = s.prison;
  await logIn(page, s.server.url, 'prison');
  await page.fill('#personId', PERSON.id);
  await page.click('button:has-text("Find records")');
  await page.waitForSelector('table.govuk-table');
  await page.selectOption('#form', 'per');
  await page.fill('#personName', 'Someone Else');
  await typeDate(page, 'Date of birth', PERSON.dateOfBirth);
  await page.fill('#moveId', 'MOVE-NEXT');
  await page.selectOption('#moveType', { label: 'Court appearance' });
  await typeDate(page, 'Date of the move', '2026-12-20');
  await page.selectOption('#from', 'WIN');
  await page.selectOption('#to', 'SOTPIC');
  await page.click('button:has-text("Create record")');
  const banner = page.locator('.govuk-notification-banner');
  await banner.waitFor();
  assert.match(await banner.innerText(), /different name or date of birth/);
  assert.ok(await banner.evaluate((el) => el === document.activeElement), 'the banner takes the focus, so a screen reader reads it');
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'finder-prefill-withheld');
  await Promise.all([page.waitForURL(/\/records\/[0-9a-f-]{36}$/), banner.locator('a:has-text("Open the new record")').click()]);
  await page.waitForSelector('.govuk-task-list');
  assert.is(await page.locator('.form-prefill').count(), 0, 'nothing was carried from the earlier record');
});

test.run();
