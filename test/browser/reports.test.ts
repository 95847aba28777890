/**
 * The forum's pages in Chromium, on records made through the API: the quality report renders its
 * tables and server-drawn charts, passes axe and the strict CSP, and prints for the steering group;
 * the pilot comparison; a sample drawn, a record reviewed masked and scored.
 */
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser } from 'playwright-core';
import { axeViolations, launchChromium, logIn, openPage, root, screenshot, startServer, type Running, type WatchedPage } from './support.ts';
import { seedPilotAndBefore, winchesterPilotRule } from './forum-seed.ts';

interface State {
  server: Running;
  browser: Browser;
  forum: WatchedPage;
}
const test = suite<State>('forum pages');

test.before(async (s) => {
  s.server = await startServer();
  await seedPilotAndBefore(s.server.url);
  s.browser = await launchChromium();
  s.forum = await openPage(s.browser);
  // Report pages sum records on the server; on a loaded machine that can take longer than a record page.
  s.forum.context.setDefaultTimeout(15_000);
  await logIn(s.forum.page, s.server.url, 'forum', '/reports');
});

test.after(async (s) => {
  await s.browser?.close();
  await s.server?.close();
});

test('the report page: filters, tables, charts as SVG with a summary and a data table each; axe-clean under the CSP', async (s) => {
  const { page, problems } = s.forum;
  await page.goto(`${s.server.url}/reports?by=version&from=2026-11-01&to=2026-12-31`);
  assert.is(await page.locator('h1').innerText(), 'PER quality report');
  assert.ok(await page.locator('nav[aria-label="Menu"] a:has-text("Reports")').isVisible(), 'the forum sees reports in the menu');
  const table = page.locator('table', { has: page.locator('caption:has-text("Records by form version")') });
  const rows = await table.locator('tbody tr').allInnerTexts();
  assert.equal(rows.map((r) => r.split('\t').slice(0, 3)), [['1.0.0', '5', '5'], ['2.0.0', '6', '6']]);
  const charts = page.locator('figure.app-chart');
  assert.is(await charts.count(), 2);
  for (const chart of await charts.all()) {
    const svg = chart.locator('svg[role="img"]');
    assert.ok((await svg.getAttribute('aria-label'))!.length > 10, 'the chart is named');
    assert.is(await svg.locator('rect').count(), 2, 'a bar per version');
    assert.match(await chart.locator('figcaption').innerText(), /highest .* lowest|every group/);
    assert.is(await chart.locator('table tbody tr').count(), 2, 'its data table');
  }
  assert.is(await page.locator('style').count(), 0, 'no inline style: the charts keep the CSP');
  assert.ok(await page.locator('caption:has-text("Questions (all groups together)")').isVisible());
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'reports-quality');
  await charts.first().screenshot({ path: join(root, 'test/output/screenshots/reports-quality-chart.png') });
  assert.equal(problems, []);
});

test('the printable report is one click away and prints without the service chrome', async (s) => {
  const { page, problems } = s.forum;
  await page.goto(`${s.server.url}/reports?by=version&from=2026-11-01&to=2026-12-31`);
  await Promise.all([page.waitForURL(/\/reports\/print\?/), page.click('a:has-text("Printable report for the steering group")')]);
  assert.match(page.url(), /by=version/, 'the same filters');
  assert.match(await page.locator('.govuk-body-l').innerText(), /by form version/);
  assert.equal(await axeViolations(page), []);
  await page.emulateMedia({ media: 'print' });
  const display = (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).display);
  for (const hidden of ['.govuk-generic-header', '.govuk-service-navigation', '.govuk-footer', '.govuk-skip-link']) assert.is(await display(hidden), 'none', `${hidden} is not printed`);
  assert.is(await page.locator('.app-table-scroll').first().evaluate((el) => getComputedStyle(el).overflowX), 'visible', 'tables print whole, not cut at a scroll edge');
  assert.ok(await page.locator('figure.app-chart svg').first().isVisible(), 'charts print');
  const pdf = await page.pdf({ format: 'A4', landscape: true });
  assert.ok(pdf.length > 10_000, `a PDF of ${pdf.length} bytes`);
  await screenshot(page, 'reports-print');
  await page.emulateMedia({ media: 'screen' });
  assert.equal(problems, []);
});

test('the pilot comparison page: measures with intervals and verdicts, a chart of the differences', async (s) => {
  const { page, problems } = s.forum;
  await page.goto(`${s.server.url}/reports/pilots`);
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'reports-pilots');
  await Promise.all([page.waitForURL(/\/reports\/pilots\/per\/0/), page.click('table a')]);
  await page.goto(`${s.server.url}/reports/pilots/per/${winchesterPilotRule()}?from=2026-12-01&to=2026-12-31`);
  assert.ok(await page.locator('h2:has-text("Pilot against the same locations before it began")').isVisible());
  const before = page.locator('table', { has: page.locator('caption:has-text("before it began: records")') });
  const confirmed = await before.locator('tbody tr', { hasText: 'Records confirmed, of those started' }).innerText();
  assert.match(confirmed, /100% \(6 of 6\)\t100% \(5 of 5\)\t0 points\t-?\d+(\.\d)? to \d+(\.\d)?\tNo detectable difference/);
  assert.ok(await page.locator('figure.app-chart svg[role="img"]').first().isVisible());
  assert.ok(await page.locator('h3:has-text("Asked only in the pilot version")').first().isVisible());
  assert.ok(await page.locator('caption:has-text("before it began: question by question")').isVisible());
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'reports-pilot');
  await page.locator('figure.app-chart').first().screenshot({ path: join(root, 'test/output/screenshots/reports-pilot-chart.png') });
  assert.equal(problems, []);
});

test('a sample drawn on the page; a record reviewed masked; the score form refuses a missing answer, then saves', async (s) => {
  const { page, problems } = s.forum;
  await page.goto(`${s.server.url}/reports/samples`);
  await page.selectOption('#location', 'WIN');
  await page.fill('#from', '2026-11-01');
  await page.fill('#to', '2026-12-31');
  await page.fill('#size', '3');
  await page.fill('#seed', 'page-test');
  assert.equal(await axeViolations(page), []);
  await Promise.all([page.waitForURL(/\/reports\/samples\/[0-9a-f-]{36}$/), page.click('button:has-text("Draw the sample")')]);
  assert.is(await page.locator('tbody tr').count(), 3);
  assert.match(await page.locator('tbody tr').first().innerText(), /S\. S\. P•••\d\d/);
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'reports-sample');
  await Promise.all([page.waitForURL(/\/records\//), page.click('a:has-text("Record 1")')]);
  const text = await page.locator('main').innerText();
  assert.not.ok(text.includes('Sam Sample'), 'the name is never shown');
  assert.match(text, /S\. S\./);
  await page.check('#review-riskSpecific-2');
  await page.click('button:has-text("Save the score")');
  await page.locator('.govuk-error-summary').waitFor();
  assert.match(await page.locator('.govuk-error-summary').innerText(), /Select whether the suicide and self-harm/);
  assert.ok(await page.isChecked('#review-riskSpecific-2'), 'what was ticked stays ticked');
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'reports-review-error');
  await page.check('#review-sashHealthConsistent');
  await page.check('#review-flagsExplained-4');
  await page.fill('#review-comment', 'Risk to staff not described.');
  await Promise.all([page.waitForURL(/\/reports\/samples\/[0-9a-f-]{36}$/), page.click('button:has-text("Save the score")')]);
  assert.match(await page.locator('tbody tr').first().innerText(), /Scored/);
  await page.goto(`${s.server.url}/reports/samples`);
  assert.match(await page.locator('caption:has-text("Your samples") >> xpath=..').innerText(), /page-test/, 'the sample is listed with its seed');
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'reports-samples');
  await page.goto(`${s.server.url}/reports?by=location&from=2026-11-01&to=2026-12-31`);
  const scores = page.locator('table', { has: page.locator('caption:has-text("Quality checks of sampled records")') });
  assert.match(await scores.locator('tbody tr').first().innerText(), /HMP Winchester\tfewer than 5/, 'one score is fewer than the minimum count');
  assert.equal(problems, []);
});

test('a forum member who lands on the records page, where they find no record, is sent to the reports', async (s) => {
  const { page } = s.forum;
  await page.goto(`${s.server.url}/records`);
  assert.match(page.url(), /\/reports$/);
});

test('a forum member opening a record\'s address is told who works on records, on a page that passes axe', async (s) => {
  const { page } = s.forum;
  const response = await page.goto(`${s.server.url}/records/any-record`);
  assert.is(response?.status(), 403);
  assert.is(await page.locator('h1').innerText(), 'You cannot work on records');
  assert.match(await page.locator('main').innerText(), /Only .*staff.* work on records/);
  assert.is(await page.locator('nav[aria-label="Menu"] a:has-text("Find records"), nav[aria-label="Menu"] a:has-text("Moves")').count(), 0, 'no records pages in the menu');
  assert.is(await page.locator('main a:has-text("Reports")').count(), 1, 'the pages they may open are offered');
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'records-refused');
});

test('staff are refused the report pages with a page that says so', async (s) => {
  const staff = await openPage(s.browser);
  await logIn(staff.page, s.server.url, 'prison');
  assert.not.ok(await staff.page.locator('nav[aria-label="Menu"] a:has-text("Reports")').count(), 'no reports in the staff menu');
  const response = await staff.page.goto(`${s.server.url}/reports`);
  assert.is(response?.status(), 403);
  assert.is(await staff.page.locator('h1').innerText(), 'You cannot see this report');
  await staff.context.close();
});

test.run();
