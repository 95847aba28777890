/**
 * The forum's and steering group's pages in Welsh in Chromium, chosen with ?lang=cy: lang="cy", Welsh
 * headings, captions, filters, chart names and change sentences, dates in Welsh, and axe-clean.
 * Screenshots in test/output/screenshots/welsh-forum-*.png.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser } from 'playwright-core';
import { apiAs, axeViolations, formsDir, launchChromium, logIn, openPage, screenshot, startServer, type Running, type WatchedPage } from './support.ts';
import { seedPilotAndBefore, winchesterPilotRule } from './forum-seed.ts';

interface State { server: Running; browser: Browser; forum: WatchedPage }
const test = suite<State>('forum pages in Welsh');

test.before(async (s) => {
  s.server = await startServer();
  await seedPilotAndBefore(s.server.url);
  s.browser = await launchChromium();
  s.forum = await openPage(s.browser);
  s.forum.context.setDefaultTimeout(15_000);
  await s.forum.page.goto(`${s.server.url}/login?lang=cy`);
  await logIn(s.forum.page, s.server.url, 'forum', '/reports');
});
test.after(async (s) => {
  await s.browser?.close();
  await s.server?.close();
});

test('the quality report in Welsh: headings, filters, captions, charts and dates', async (s) => {
  const { page, problems } = s.forum;
  await page.goto(`${s.server.url}/reports?by=version&from=2026-11-01&to=2026-12-31`);
  assert.is(await page.getAttribute('html', 'lang'), 'cy');
  assert.is(await page.locator('h1').innerText(), 'Adroddiad ansawdd y PER');
  assert.match(await page.title(), /^Adroddiad ansawdd y PER – /);
  assert.match(await page.locator('main p.govuk-body').first().innerText(), /symudiadau o 1 Tachwedd 2026 hyd at 31 Rhagfyr 2026, yn ôl fersiwn y ffurflen\.$/);
  assert.is(await page.locator('label[for=by]').innerText(), 'Grwpio yn ôl');
  assert.is(await page.locator('#location option[value=""]').innerText(), 'Pob lleoliad');
  assert.is(await page.locator('button[type=submit]').innerText(), 'Dangos yr adroddiad');
  assert.ok(await page.locator('caption:text-is("Cofnodion yn ôl fersiwn y ffurflen")').isVisible());
  assert.ok(await page.locator('th:text-is("Wedi’u cadarnhau")').first().isVisible());
  assert.match(await page.locator('figure.app-chart svg').first().getAttribute('aria-label') ?? '', /^Wedi’u cadarnhau erbyn diwedd dyddiad y symud/);
  assert.match(await page.locator('figure.app-chart figcaption').first().innerText(), /^Wedi’u cadarnhau erbyn diwedd dyddiad y symud, canran y cofnodion a gadarnhawyd: /);
  assert.match(await page.locator('figure.app-chart svg').first().textContent() ?? '', /Canran/, 'the axis is titled in Welsh');
  const questions = page.locator('table', { has: page.locator('caption:text-is("Cwestiynau (pob grŵp gyda’i gilydd)")') });
  const asked = await questions.locator('tbody th').allInnerTexts();
  assert.ok(asked.includes('Rhowch fanylion am pam maen nhw’n dreisgar neu’n beryglus'), 'questions by their Welsh titles');
  assert.not.ok(asked.some((title) => title.startsWith('Give details')), asked.join('\n'));
  assert.match(await page.locator('main').innerText(), /Nid yw grwpiau â llai na \d+ cofnod yn dangos ffigurau/);
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'welsh-forum-report');
  assert.equal(problems, []);
});

test('the printable report for the steering group in Welsh', async (s) => {
  const { page, problems } = s.forum;
  await page.goto(`${s.server.url}/reports?by=location`);
  await Promise.all([page.waitForURL(/\/reports\/print/), page.click('a:text-is("Adroddiad i’w argraffu ar gyfer y grŵp llywio")')]);
  assert.is(await page.getAttribute('html', 'lang'), 'cy');
  assert.is(await page.locator('.govuk-caption-l').innerText(), 'Adroddiad i’r grŵp llywio');
  assert.match(await page.locator('main').innerText(), /Paratowyd ar \d{1,2} (Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) \d{4} gan forum/);
  const byLocation = page.locator('table', { has: page.locator('caption:text-is("Cofnodion yn ôl lleoliad anfon")') });
  assert.is(await byLocation.locator('tbody th').first().innerText(), 'CEF Winchester', 'places by their Welsh names');
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'welsh-forum-print');
  assert.equal(problems, []);
});

test('the pilots and a pilot comparison in Welsh: measures, verdicts, the chart of differences', async (s) => {
  const { page, problems } = s.forum;
  await page.goto(`${s.server.url}/reports/pilots`);
  assert.is(await page.locator('h1').innerText(), 'Cynlluniau peilot');
  assert.ok(await page.locator('caption:text-is("Cynlluniau peilot yn eich rhanbarthau")').isVisible());
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'welsh-forum-pilots');
  await page.goto(`${s.server.url}/reports/pilots/per/${winchesterPilotRule()}?from=2026-12-01&to=2026-12-31`);
  assert.is(await page.getAttribute('html', 'lang'), 'cy');
  assert.is(await page.locator('.govuk-caption-l').innerText(), 'Y cynllun peilot o’i gymharu â’r gweddill');
  assert.ok(await page.locator('h2:text-is("Y cynllun peilot o’i gymharu â’r un lleoliadau cyn iddo ddechrau")').isVisible());
  const before = page.locator('table', { has: page.locator('caption:text-is("Y cynllun peilot o’i gymharu â’r un lleoliadau cyn iddo ddechrau: cofnodion")') });
  const confirmed = await before.locator('tbody tr', { hasText: 'Cofnodion a gadarnhawyd, o’r rhai a ddechreuwyd' }).innerText();
  assert.match(confirmed, /100% \(6 o 6\)\t100% \(5 o 5\)\t0 pwynt\t-?\d+(\.\d)? i \d+(\.\d)?\tDim gwahaniaeth canfyddadwy/, confirmed);
  assert.match(await page.locator('main').innerText(), /1 Rhagfyr 2026 hyd at 31 Rhagfyr 2026/);
  assert.match(await page.locator('figure.app-chart svg').first().textContent() ?? '', /Gwahaniaeth, y cynllun peilot llai’r gymhariaeth/);
  assert.ok(await page.locator('h3:text-is("Gofynnir yn fersiwn y cynllun peilot yn unig")').first().isVisible());
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'welsh-forum-pilot');
  assert.equal(problems, []);
});

test('quality checks in Welsh: draw a sample, see it, review a record masked and score it with the Welsh rubric', async (s) => {
  const { page, problems } = s.forum;
  await page.goto(`${s.server.url}/reports/samples`);
  assert.is(await page.locator('h1').innerText(), 'Gwiriadau ansawdd');
  assert.match(await page.locator('main').innerText(), /Nid ydych wedi tynnu sampl eto\./);
  await page.selectOption('#location', 'WIN');
  await page.fill('#from', '2026-11-01');
  await page.fill('#to', '2026-12-31');
  await page.fill('#size', '3');
  await page.fill('#seed', 'welsh-test');
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'welsh-forum-samples');
  await Promise.all([page.waitForURL(/\/reports\/samples\/[0-9a-f-]{36}$/), page.click('button:text-is("Tynnu’r sampl")')]);
  assert.is(await page.getAttribute('html', 'lang'), 'cy');
  assert.ok(await page.locator('caption:text-is("Cofnodion a dynnwyd")').isVisible());
  assert.match(await page.locator('main dl').innerText(), /Symudiadau\s+1 Tachwedd 2026 hyd at 31 Rhagfyr 2026/);
  assert.match(await page.locator('tbody tr').first().innerText(), /Heb ei sgorio/);
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'welsh-forum-sample');
  await Promise.all([page.waitForURL(/\/records\//), page.click('a:text-is("Cofnod 1")')]);
  assert.is(await page.locator('h1').innerText(), 'Cofnod 1 o 3');
  assert.ok(await page.locator('dt:text-is("Dyddiad geni")').isVisible());
  await page.click('button:text-is("Cadw’r sgôr")');
  await page.locator('.govuk-error-summary').waitFor();
  assert.is(await page.locator('.govuk-error-summary__title').innerText(), 'Mae problem wedi codi');
  assert.match(await page.title(), /^Gwall: Cofnod 1 o’r sampl – /);
  const rubricName = JSON.parse(readFileSync(join(formsDir, 'quality-check.json'), 'utf8')).rubric as string;
  const rubric = s.server.forms.list().find((f) => f.name === rubricName)!;
  assert.is.not(await page.locator('h2#score').innerText(), rubric.title, 'the rubric reads in its Welsh translation');
  assert.is(await page.locator('.govuk-error-message .govuk-visually-hidden').first().innerText(), 'Gwall:');
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'welsh-forum-review-error');
  assert.equal(problems, []);
});

test('a small group is said to be small in Welsh on the report page, and the report API speaks the reader\'s language', async (s) => {
  const { page, problems } = s.forum;
  await page.goto(`${s.server.url}/reports?by=location&from=2026-12-01&to=2026-12-05`);
  const row = page.locator('table tbody tr', { hasText: 'CEF Winchester' }).first();
  assert.match(await row.innerText(), /llai na \d+/, 'three records, fewer than the minimum');
  assert.not.match(await page.locator('main').innerText(), /fewer than/);
  const forum = await apiAs(s.server.url, 'forum');
  const report = (lang: string) => forum.get(`/reports/quality?form=per&by=location&from=2026-11-01&to=2026-12-31&lang=${lang}`) as Promise<{ rows: { group: string; label: string; questions?: { pointer: string; label: string }[] }[] }>;
  const [welsh, english] = await Promise.all([report('cy'), report('en')]);
  const win = (r: typeof welsh) => r.rows.find((row) => row.group === 'WIN')!;
  assert.equal([win(welsh).label, win(english).label], ['CEF Winchester', 'HMP Winchester']);
  assert.equal(win(welsh).questions!.map((q) => q.pointer), win(english).questions!.map((q) => q.pointer), 'the same questions, by pointer');
  assert.not.equal(win(welsh).questions!.map((q) => q.label), win(english).questions!.map((q) => q.label), 'question titles from the Welsh translation');
  const small = await forum.get('/reports/quality?form=per&by=location&from=2026-12-01&to=2026-12-05&lang=cy') as { rows: { group: string; started?: string }[] };
  assert.match(small.rows.find((row) => row.group === 'WIN')!.started!, /^llai na \d+$/);
  assert.equal(problems, []);
});

test("the steering group's form changes in Welsh: the summary and every change sentence", async (s) => {
  const form = s.server.forms.list().find((f) => f.versions.length > 1);
  assert.ok(form, 'forms/ holds a form with more than one version');
  const { page, problems } = s.forum;
  const [from, to] = form!.versions.slice(-2);
  await page.goto(`${s.server.url}/forms/${form!.name}/diff?from=${from}&to=${to}`);
  assert.is(await page.getAttribute('html', 'lang'), 'cy');
  const sentences = await page.locator('main ul.govuk-list--bullet li').allInnerTexts();
  assert.ok(sentences.length > 0, 'the versions differ');
  for (const sentence of sentences) assert.not.match(sentence, /\b(is now|no longer|New question|when the answer is)\b/, `in Welsh: ${sentence}`);
  assert.ok(sentences.some((text) => /bellach|newydd|mwyach/.test(text)), sentences.slice(0, 3).join('\n'));
  const headings = await page.locator('table.govuk-table').first().locator('tbody th').allInnerTexts();
  assert.ok(headings.length > 0 && headings.every((h) => /(Cwestiynau|Geiriad|Rheolau|Pryd|Baneri|Rhaglenwi|Adrannau|Gosodiadau)/.test(h)), headings.join(', '));
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'welsh-forum-form-changes');
  assert.equal(problems, []);
});

test.run();
