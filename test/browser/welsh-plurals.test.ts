/**
 * Welsh has six plural forms (zero, one, two, few, many, other). The task list's "Check N answers" of
 * a section with carried-over answers awaiting review renders the form Intl.PluralRules('cy') picks for
 * 1, 2, 3, 6 and 20, in Chromium, on a page that embeds <form-record lang="cy">; with nothing to review
 * (0) the section shows its status instead; the move's date reads in Welsh. English keeps "1 answer", "2 answers".
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { FormRecord } from '../../engine/types.ts';
import { apiAs, axeViolations, inDays, launchChromium, logIn, openPage, root, screenshot, seedConfirmedPerRecord, startServer, type Running, type WatchedPage } from './support.ts';

const PERSON = { id: 'W1234CY', name: 'Gwen Morgan', dateOfBirth: '1988-03-01' };
const COUNTS = [0, 1, 2, 3, 6, 20];
const welsh = JSON.parse(readFileSync(join(root, 'forms/locales/cy/components.json'), 'utf8')).messages['components.status.check'] as Record<string, string>;
const english = JSON.parse(readFileSync(join(root, 'forms/locales/en/components.json'), 'utf8')).messages['components.status.check'] as Record<string, string>;
// CLDR's Welsh rules, written out so the test does not just repeat the code it checks.
const WELSH_CATEGORY: Record<number, string> = { 0: 'zero', 1: 'one', 2: 'two', 3: 'few', 6: 'many', 20: 'other' };

interface State { server: Running; browser: Browser; prison: WatchedPage; section: { key: string; title: string }; records: Map<number, string> }
const test = suite<State>('Welsh plural forms');

test.before(async (s) => {
  s.server = await startServer();
  s.browser = await launchChromium();
  const prison = await apiAs(s.server.url, 'prison');
  // The fixture answers carry 19 risk answers over; two more details make the 20 the last count needs.
  const earlier = await seedConfirmedPerRecord(s.server.url, PERSON, { id: 'MOVE-CY-0', from: 'WIN', to: 'SOTPIC', date: inDays(1) }, { confirm: false });
  const { revision } = (await prison.get(`/records/${earlier}`)) as unknown as FormRecord;
  await prison.patch(`/records/${earlier}/sections/risk`, { revision, answers: {
    nextOfKinKnown: 'yes', nextOfKinKnownDetails: 'Sister, in Cardiff.', civilDisorder: 'yes', civilDisorderDetails: 'Took part in a protest on C wing.',
  } });
  await prison.post(`/records/${earlier}/confirm`, {});
  s.records = new Map();
  for (const [i, n] of COUNTS.entries()) {
    const record = (await prison.post('/records', {
      form: 'per', person: PERSON, move: { id: `MOVE-CY-${i + 1}`, type: 'court', from: 'WIN', to: 'SOTPIC', date: inDays(2 + i) },
    })) as unknown as FormRecord;
    const waiting = Object.entries(record.prefill).filter(([, mark]) => mark.needsReview).map(([pointer]) => pointer);
    // The section with the most carried-over answers: the counts need 20 in one section.
    const bySection = new Map<string, string[]>();
    for (const pointer of waiting) bySection.set(pointer.split('/')[1]!, [...(bySection.get(pointer.split('/')[1]!) ?? []), pointer]);
    const [key, pointers] = [...bySection].sort((a, b) => b[1].length - a[1].length)[0]!;
    assert.ok(pointers.length >= 20, `a section has 20 answers carried over (${key} has ${pointers.length})`);
    const definition = s.server.forms.get('per', record.version)!.definition as { properties: Record<string, { title: string }> };
    s.section = { key, title: definition.properties[key]!.title };
    const accept = pointers.slice(n);
    if (accept.length) await prison.post(`/records/${record.id}/prefill-reviews`, { pointers: accept });
    s.records.set(n, record.id);
  }
  // The record page's offline service worker would answer the page itself, and page.route (which adds
  // lang="cy" as a Welsh embedding page would) cannot see what a service worker answers.
  s.prison = await openPage(s.browser, { serviceWorkers: 'block' });
  await logIn(s.prison.page, s.server.url, 'prison');
});

test.after(async (s) => {
  await s.browser?.close();
  await s.server?.close();
});

/** Opens the record page with lang="cy" added to its <form-record>, as a Welsh embedding page would have it. */
async function openInWelsh(page: Page, url: string, id: string): Promise<void> {
  await page.route(`${url}/records/${id}`, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('<form-record ', '<form-record lang="cy" ');
    await route.fulfill({ response, body });
  });
  await page.goto(`${url}/records/${id}`);
  await page.waitForSelector('form-record .govuk-task-list');
}

async function statusOf(page: Page, title: string): Promise<string> {
  const item = page.locator('.govuk-task-list__item', { has: page.locator(`.govuk-task-list__link:text-is("${title}")`) });
  return (await item.locator('.govuk-task-list__status').innerText()).trim();
}

test('the review count takes the Welsh plural form for 1, 2, 3, 6 and 20, and 0 shows no count', async (s) => {
  const { page } = s.prison;
  for (const n of COUNTS) {
    await openInWelsh(page, s.server.url, s.records.get(n)!);
    const category = await page.evaluate((count) => new Intl.PluralRules('cy').select(count), n);
    assert.is(category, WELSH_CATEGORY[n], `Chromium's Welsh rules put ${n} in ${WELSH_CATEGORY[n]}`);
    const status = await page.locator('.govuk-task-list__item').filter({ has: page.locator(`a[href="#${s.section.key}"]`) }).locator('.govuk-task-list__status').innerText();
    if (n === 0) {
      assert.not.match(status, /Gwiriwch|atebion|Check/, 'nothing to review: the section shows its status');
      assert.ok(['Ar y gweill', 'Wedi cwblhau', 'Heb ddechrau eto'].includes(status.trim()), status);
    } else {
      assert.is(status.trim(), welsh[WELSH_CATEGORY[n]!]!.replace('{count}', String(n)), `${n} answers to check`);
    }
    const heading = await page.locator('form-record h1 + p').innerText();
    assert.match(heading, /^Symud o .* ar \d+ (Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) \d{4}\./, heading);
    if (n === 20) {
      assert.equal(await axeViolations(page), [], 'axe finds no WCAG 2.2 AA violation on the Welsh task list');
      await screenshot(page, 'welsh-plurals-task-list');
    }
  }
  assert.equal(s.prison.problems, [], 'no CSP violation or script error');
});

test('English keeps one and other: "Check 1 answer", "Check 2 answers"', async (s) => {
  const page = (await openPage(s.browser)).page;
  await logIn(page, s.server.url, 'prison', `/records/${s.records.get(1)}`);
  await page.waitForSelector('.govuk-task-list');
  assert.is(await statusOf(page, s.section.title), english.one!.replace('{count}', '1'));
  await page.goto(`${s.server.url}/records/${s.records.get(2)}`);
  await page.waitForSelector('.govuk-task-list');
  assert.is(await statusOf(page, s.section.title), 'Check 2 answers');
});

test.run();
