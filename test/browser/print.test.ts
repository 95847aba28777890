/**
 * The printed record, as Chromium prints it to A4: whose record and which move on every page (a
 * running header and footer), red flag details first, each section's plain "No" answers in one line,
 * at most 3 pages for the full per 2.0.0 fixture record (first record, and one prefilled from it),
 * a Print button on the record, and axe clean in print media.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, inDays, launchChromium, logIn, openPage, screenshot, seedConfirmedPerRecord, startServer, type Running, type WatchedPage } from './support.ts';

interface State { server: Running; browser: Browser; prison: WatchedPage; first: string; second: string }
const test = suite<State>('print');
const PERSON = { id: 'E5555FG', name: 'Tomasz Wójcik', dateOfBirth: '1992-09-12' };

test.before(async (s) => {
  s.server = await startServer();
  s.browser = await launchChromium();
  s.first = await seedConfirmedPerRecord(s.server.url, PERSON, { id: 'MOVE-P1', from: 'WIN', to: 'SOTPIC', date: inDays(1) });
  // The next move's record is prefilled from the first: each carried answer says where it came from.
  s.second = await seedConfirmedPerRecord(s.server.url, PERSON, { id: 'MOVE-P2', from: 'WIN', to: 'SOTPIC', date: inDays(2) });
  s.prison = await openPage(s.browser);
  await logIn(s.prison.page, s.server.url, 'prison');
});

test.after(async (s) => {
  assert.equal(s.prison.problems, [], 'no CSP violation or script error');
  await s.browser?.close();
  await s.server?.close();
});

async function pdfPages(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

test('the full per 2.0.0 record prints on at most 3 A4 pages, with who and which move on every page', async (s) => {
  const { page } = s.prison;
  for (const [name, id] of [['first record', s.first], ['prefilled record', s.second]] as const) {
    await page.goto(`${s.server.url}/api/records/${id}/print`);
    const pages = await pdfPages(page);
    console.log(`  printed pages, full per 2.0.0 fixture record (${name}): ${pages}`);
    assert.ok(pages <= 3, `${name}: ${pages} pages`);
  }
  await page.emulateMedia({ media: 'print' });
  // The running lines are the frame's header and footer groups, which Chromium repeats on every page.
  const frame = await page.evaluate(() => {
    const head = document.querySelector('.print-frame thead');
    const foot = document.querySelector('.print-frame tfoot');
    return { head: head?.textContent?.trim(), foot: foot?.textContent?.trim(), headGroup: head && getComputedStyle(head).display, footGroup: foot && getComputedStyle(foot).display };
  });
  assert.is(frame.headGroup, 'table-header-group');
  assert.is(frame.footGroup, 'table-footer-group');
  for (const text of [frame.head, frame.foot]) {
    assert.match(text ?? '', new RegExp(`^${PERSON.name} · ${PERSON.id} · HMP Winchester to .+, \\d{1,2} \\w+ \\d{4} · move MOVE-P2$`));
  }
  assert.equal(await axeViolations(page), [], 'axe clean in print media');
  await screenshot(page, 'print-media');
  await page.emulateMedia({ media: 'screen' });
});

test('red flag details come first; plain "No" answers fold into one line per section', async (s) => {
  const { page } = s.prison;
  await page.goto(`${s.server.url}/api/records/${s.first}/print`);
  const first = page.locator('main section').first();
  assert.match((await first.getAttribute('class')) ?? '', /red-flags/, 'the red flag box is the first block');
  assert.ok(await first.locator('.details li').count() > 0, 'a red flag raised by an answer shows its detail');
  assert.match(await first.innerText(), /Give details of why there is a risk they will try to escape: Absconded/);
  const risk = page.locator('section', { has: page.locator('h2:text-is("Risk")') });
  const noTo = await risk.locator('.no-to').innerText();
  assert.match(noTo, /^No to: .*Are they violent or dangerous\?/);
  assert.is(await risk.locator('dt:text-is("Are they violent or dangerous?")').count(), 0, 'a folded question has no row of its own');
  assert.equal(await axeViolations(page), []);
});

test('the record offers a Print button', async (s) => {
  const { page } = s.prison;
  await page.goto(`${s.server.url}/records/${s.first}`);
  const button = page.locator('a.govuk-button:has-text("Print the record")');
  await button.waitFor();
  assert.is(await button.getAttribute('href'), `/api/records/${s.first}/print`);
  assert.is(await button.getAttribute('target'), '_blank');
});

test.run();
