/**
 * Issue 15 (WCAG 3.1.2), in Chromium: a Welsh record page whose version's Welsh lacks some strings (a
 * policy team saved its Welsh without them) shows those in English, each marked lang="en" so a screen
 * reader reads it with an English voice, while the translated words around them are not marked. The
 * print marks the same words; the same page in English marks nothing. Axe-clean.
 * Screenshots: test/output/screenshots/welsh-record-english-*.png.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser } from 'playwright-core';
import type { FormRecord } from '../../engine/types.ts';
import { apiAs, axeViolations, inDays, launchChromium, logIn, openPage, screenshot, startServer, type Running, type WatchedPage } from './support.ts';

const FORM = 'per-local';

interface Row { pointer: string; en: string; text?: string }
interface Definition { properties: Record<string, { title: string; properties: Record<string, { title: string }> }> }
interface State {
  server: Running; browser: Browser; prison: WatchedPage; record: FormRecord;
  /** The section and question whose titles the Welsh lacks, and a section whose title it has. */
  section: string; sectionTitle: string; question: string; questionTitle: string; otherSection: string;
}
const test = suite<State>('English left in a Welsh record is marked');

test.before(async (s) => {
  s.server = await startServer();
  s.browser = await launchChromium();
  s.prison = await openPage(s.browser);
  s.prison.context.setDefaultTimeout(15_000);
  const prison = await apiAs(s.server.url, 'prison');
  s.record = (await prison.post('/records', {
    form: FORM, person: { id: 'C8888CY', name: 'Owain Price', dateOfBirth: '1979-11-02' }, move: { id: 'MOVE-ENGLISH', type: 'hospital', from: 'WIN', to: 'SOTPIC', date: inDays(1) },
  })) as unknown as FormRecord;
  const definition = (await prison.get(`/forms/${FORM}/versions/${s.record.version}`)) as unknown as Definition;
  const [[section, first], [otherSection]] = Object.entries(definition.properties) as [string, Definition['properties'][string]][];
  const [question] = Object.keys(first!.properties);
  Object.assign(s, { section, sectionTitle: first!.title, question, questionTitle: first!.properties[question!]!.title, otherSection });

  // The policy team's Welsh, saved without the section's and its first question's titles.
  const policy = await apiAs(s.server.url, 'policy');
  const path = `/forms/${FORM}/versions/${s.record.version}/translations/cy`;
  const welsh = (await policy.get(path)) as { revision: number; strings: Row[] };
  const lacking = new Set([`/properties/${section}/title`, `/properties/${section}/properties/${question}/title`]);
  const strings = welsh.strings.filter((row) => row.text && !lacking.has(row.pointer)).map(({ pointer, text }) => ({ pointer, text }));
  await policy.put(path, { revision: welsh.revision, strings });
});

test.after(async (s) => {
  await s.browser?.close();
  await s.server?.close();
});

const english = (title: string) => `span[lang=en]:text-is("${title}")`;

test('the task list marks the untranslated section title lang="en", and only it', async (s) => {
  const { page, problems } = s.prison;
  await logIn(page, s.server.url, 'prison', `/records/${s.record.id}?lang=cy`);
  const link = page.locator(`form-record .govuk-task-list__link[href="#${s.section}"]`);
  await link.locator(english(s.sectionTitle)).waitFor();
  assert.is(await page.getAttribute('html', 'lang'), 'cy');
  assert.is(await page.locator(`form-record .govuk-task-list__link[href="#${s.otherSection}"] [lang]`).count(), 0, 'a translated title is not marked');
  assert.is(await page.locator('form-record h1 [lang]').count(), 0, 'the form\u2019s Welsh title is not marked');
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'welsh-record-english-tasks');
  assert.equal(problems, []);
});

test('the section page marks its English heading and question, not the Welsh ones', async (s) => {
  const { page, problems } = s.prison;
  await page.click(`form-record .govuk-task-list__link[href="#${s.section}"]`);
  await page.locator(`form-record h1 ${english(s.sectionTitle)}`).waitFor();
  assert.ok(await page.locator(`form-record :is(label, legend) ${english(s.questionTitle)}`).first().isVisible(), 'the untranslated question is marked');
  const marked = await page.locator('form-record form [lang=en]').allInnerTexts();
  assert.equal(marked, [s.questionTitle], 'only the untranslated question is marked on the page');
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'welsh-record-english-section');
  assert.equal(problems, []);
});

test('the Welsh print marks the same words; the English page and print mark nothing', async (s) => {
  const { page, problems } = s.prison;
  const print = await (await page.request.get(`${s.server.url}/api/records/${s.record.id}/print?lang=cy`)).text();
  assert.match(print, `<h2 id="section-${s.section}"><span lang="en">${s.sectionTitle}</span></h2>`);
  assert.not.match(print, `<h2 id="section-${s.otherSection}"><span lang="en">`);

  await page.goto(`${s.server.url}/records/${s.record.id}?lang=en`);
  await page.locator(`form-record .govuk-task-list__link[href="#${s.section}"]:text-is("${s.sectionTitle}")`).waitFor();
  assert.is(await page.locator('form-record [lang=en]').count(), 0);
  const englishPrint = await (await page.request.get(`${s.server.url}/api/records/${s.record.id}/print?lang=en`)).text();
  assert.not.match(englishPrint, '<span lang="en">');
  assert.equal(problems, []);
});

test.run();
