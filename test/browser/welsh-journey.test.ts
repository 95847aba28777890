/**
 * Issue 15's "done when", in Chromium: a prison officer and a nurse who chose Welsh fill a local-move
 * PER entirely in Welsh (`lang="cy"` on the page and on <form-record>, axe-clean at every step, none of
 * the English words we know left on the screens driven), the prison officer confirms it, its print is
 * Welsh, and an English reader opens the same record in English: answers are codes, not words.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { FormRecord } from '../../engine/types.ts';
import { apiAs, axeViolations, inDays, launchChromium, openPage, root, screenshot, startServer, type Running, type WatchedPage } from './support.ts';

const FORM = 'per-local';
const PERSON = { id: 'C5555CY', name: 'Rhys Price', dateOfBirth: '1979-06-02' };

interface State { server: Running; browser: Browser; prison: WatchedPage; nurse: WatchedPage; recordId: string; english: Definition; welsh: Definition }
interface Definition { properties: Record<string, { title: string; properties: Record<string, { title: string }> }> }
const test = suite<State>('a record filled in Welsh');

const localeText = (lang: string, area: string) =>
  Object.values(JSON.parse(readFileSync(join(root, `forms/locales/${lang}/${area}.json`), 'utf8')).messages as Record<string, unknown>);

/**
 * The English we know: the components' and the engine's words without placeholders, and the English
 * definition's section and question titles, where the Welsh differs (a place name is the same in both).
 */
function englishWords(s: State): string[] {
  const welsh = new Set([...localeText('cy', 'components'), ...localeText('cy', 'engine')].filter((m) => typeof m === 'string'));
  const ui = [...localeText('en', 'components'), ...localeText('en', 'engine')]
    .filter((m): m is string => typeof m === 'string' && !m.includes('{') && !welsh.has(m) && m.length > 2);
  const titles = Object.entries(s.english.properties).flatMap(([key, section]) => [
    [section.title, s.welsh.properties[key]!.title],
    ...Object.entries(section.properties).map(([q, question]) => [question.title, s.welsh.properties[key]!.properties[q]!.title]),
  ]).filter(([en, cy]) => en !== cy).map(([en]) => en!);
  return [...ui, ...titles];
}

async function expectWelsh(s: State, page: Page, screen: string): Promise<void> {
  assert.is(await page.getAttribute('html', 'lang'), 'cy', `${screen}: <html lang="cy">`);
  if (await page.locator('form-record').count()) assert.is(await page.getAttribute('form-record', 'lang'), 'cy', `${screen}: <form-record lang="cy">`);
  const text = await page.locator('main').innerText();
  const left = englishWords(s).filter((words) => new RegExp(`(^|[^\\p{L}])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text));
  assert.equal(left, [], `${screen}: no English we know is left on the Welsh screen`);
  assert.equal(await axeViolations(page), [], `${screen}: axe finds no WCAG 2.2 AA violation`);
  await screenshot(page, `welsh-${screen}`);
}

async function signInInWelsh(page: Page, url: string, username: string, next: string): Promise<void> {
  await page.goto(`${url}/login?lang=cy&next=${encodeURIComponent(next)}`);
  await page.fill('#username', username);
  await page.fill('#password', 'demo');
  await Promise.all([page.waitForURL(`${url}${next}`), page.click('button[type=submit]')]);
}

/** Answers every question showing: "No" (the code) where there is one, else the first choice; text where text is asked. */
async function answerEverything(page: Page): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const groups = await page.locator('form-record form input[type=radio]').evaluateAll((inputs) => [...new Set(inputs.map((i) => (i as HTMLInputElement).name))]);
    for (const name of groups) {
      if (await page.locator(`input[name="${name}"]:checked`).count()) continue;
      const no = page.locator(`input[name="${name}"][value="no"]`);
      const choice = (await no.count()) ? no : page.locator(`input[name="${name}"]`).first();
      await page.click(`label[for="${await choice.getAttribute('id')}"]`);
    }
    for (const box of await page.locator('form-record form textarea, form-record form input[type=text]').all()) {
      if (!(await box.inputValue())) await box.fill('Apwyntiad yn yr ysbyty am 10 y bore.');
    }
  }
}

test.before(async (s) => {
  s.server = await startServer();
  s.browser = await launchChromium();
  s.prison = await openPage(s.browser);
  s.nurse = await openPage(s.browser);
  const prison = await apiAs(s.server.url, 'prison');
  const record = (await prison.post('/records', {
    form: FORM, person: PERSON, move: { id: 'MOVE-CYMRU', type: 'hospital', from: 'WIN', to: 'SOTPIC', date: inDays(1) },
  })) as unknown as FormRecord;
  s.recordId = record.id;
  s.english = (await prison.get(`/forms/${FORM}/versions/${record.version}`)) as unknown as Definition;
  s.welsh = (await prison.get(`/forms/${FORM}/versions/${record.version}?lang=cy`)) as unknown as Definition;
});

test.after(async (s) => {
  await s.browser?.close();
  await s.server?.close();
});

test.after.each(async (s) => {
  for (const watched of [s.prison, s.nurse]) assert.equal(watched.problems, [], 'no CSP violation or script error');
});

test('the form has a complete Welsh translation to fill in', (s) => {
  for (const [key, section] of Object.entries(s.english.properties)) {
    assert.is.not(s.welsh.properties[key]!.title, section.title, `the ${key} section's title is Welsh`);
  }
});

test('the prison officer fills their sections in Welsh', async (s) => {
  const { page } = s.prison;
  await signInInWelsh(page, s.server.url, 'prison', `/records/${s.recordId}`);
  await page.waitForSelector('form-record .govuk-task-list');
  await expectWelsh(s, page, 'task-list');
  for (const [key, section] of Object.entries(s.welsh.properties)) {
    if (key === 'health') continue;
    await page.click(`.govuk-task-list__link[href="#${key}"]`);
    await page.waitForSelector(`form-record h1:text-is("${section.title}")`);
    await answerEverything(page);
    if (key === 'risk') await expectWelsh(s, page, `section-${key}`);
    await page.click('form-record form button[type=submit]');
    await page.waitForSelector('form-record .govuk-notification-banner--success');
    assert.is(await page.locator('.govuk-notification-banner__heading').innerText(), `Wedi cadw ${section.title}`);
  }
  await expectWelsh(s, page, 'task-list-saved');
});

test('the nurse fills the health section in Welsh', async (s) => {
  const { page } = s.nurse;
  await signInInWelsh(page, s.server.url, 'healthcare', `/records/${s.recordId}`);
  await page.click('.govuk-task-list__link[href="#health"]');
  await page.waitForSelector(`form-record h1:text-is("${s.welsh.properties.health!.title}")`);
  // The error summary and messages, in Welsh, before anything is answered.
  await page.click('form-record form button[type=submit]');
  await page.waitForSelector('.govuk-error-summary');
  assert.is(await page.locator('.govuk-error-summary__title').innerText(), 'Mae problem wedi codi');
  await expectWelsh(s, page, 'section-health-errors');
  await answerEverything(page);
  await page.click('form-record form button[type=submit]');
  await page.waitForSelector('form-record .govuk-notification-banner--success');
});

test('the prison officer checks and confirms the record in Welsh', async (s) => {
  const { page } = s.prison;
  await page.reload();
  await page.waitForSelector('form-record .govuk-task-list');
  await page.click('button:has-text("Gwirio a chadarnhau’r cofnod")');
  await page.waitForSelector('form-record h1:text-is("Gwiriwch y cofnod cyn i chi ei gadarnhau")');
  await expectWelsh(s, page, 'check-answers');
  await page.click('button:has-text("Cadarnhau’r cofnod")');
  await page.waitForSelector('.govuk-notification-banner__heading:text-is("Cofnod wedi’i gadarnhau")');
  assert.match(await page.locator('form-record strong.govuk-tag').first().innerText(), /^Wedi’i gadarnhau$/);
  await expectWelsh(s, page, 'confirmed');
});

test('its print is Welsh', async (s) => {
  const { page } = s.prison;
  const href = await page.getAttribute('form-record a[target=_blank]', 'href');
  assert.match(href ?? '', /lang=cy/, 'the print button asks for the print in the element’s language');
  await page.goto(new URL(href!, s.server.url).href);
  assert.is(await page.getAttribute('html', 'lang'), 'cy');
  const text = await page.locator('body').innerText();
  for (const section of Object.values(s.welsh.properties)) assert.ok(text.includes(section.title), `the print has the Welsh section “${section.title}”`);
  const left = englishWords(s).filter((words) => text.includes(words) && words.length > 8);
  assert.equal(left, [], 'no English we know is left on the Welsh print');
  await screenshot(page, 'welsh-print');
});

test('an English reader reads the same record in English', async (s) => {
  const { page, context } = await openPage(s.browser);
  await page.goto(`${s.server.url}/login?lang=en&next=${encodeURIComponent(`/records/${s.recordId}`)}`);
  await page.fill('#username', 'police');
  await page.fill('#password', 'demo');
  await Promise.all([page.waitForURL(`${s.server.url}/records/${s.recordId}`), page.click('button[type=submit]')]);
  await page.waitForSelector('form-record strong.govuk-tag');
  assert.is(await page.getAttribute('html', 'lang'), 'en');
  const text = await page.locator('main').innerText();
  assert.match(text, /Confirmed/);
  for (const section of Object.values(s.english.properties)) assert.ok(text.includes(section.title), `the English section “${section.title}”`);
  assert.match(text, /\bNo\b/, 'the answers given in Welsh read as English choices');
  assert.not.match(text, /Wedi’i gadarnhau|\bNa\b/, 'no Welsh on the English screen');
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'welsh-record-read-in-english');
  await context.close();
});

test.run();
