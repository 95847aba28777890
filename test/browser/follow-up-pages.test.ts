/**
 * Follow-ups asked on their own page (x-page), in Chromium, on the first form version the rollout uses
 * that declares one: the question page keeps "No" beside "Yes" and offers "Continue"; the follow-ups'
 * page has a back link, shows errors on submit, and the check-answers "Change" link leads back to it.
 * Every state is axe clean. Names and messages come from the definition, never from this file.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { apiAs, axeViolations, formsDir, inDays, launchChromium, logIn, openPage, root, screenshot, startServer, type Running, type WatchedPage } from './support.ts';

type Json = Record<string, any>;
const readJson = (path: string): Json => JSON.parse(readFileSync(path, 'utf8'));

/** A rollout rule whose version asks a section's follow-ups on their own page, with that section and rule. */
function pagedVersion() {
  const rollout = readJson(join(formsDir, 'rollout.json')).forms as Record<string, { rules: Json[] }>;
  for (const [form, { rules }] of Object.entries(rollout)) {
    for (const rule of rules) {
      const definition = readJson(join(formsDir, form, `${rule.version}.json`));
      for (const [key, section] of Object.entries(definition.properties as Record<string, Json>)) {
        const paged = (section.allOf ?? []).find((r: Json) => r.then['x-page']);
        if (paged && section['x-section'].editRoles.includes('prison')) return { form, rule, definition, key, section, paged };
      }
    }
  }
  throw new Error('no version in the rollout asks follow-ups on their own page');
}

const found = pagedVersion();
const opener = Object.keys(found.paged.if.properties)[0]!;
const openerTitle: string = found.section.properties[opener].title;
const [firstKey, first] = Object.entries(found.paged.then.properties as Record<string, Json>)[0]!;
const pageTitle: string = found.paged.then['x-page'].title;

interface State { server: Running; browser: Browser; prison: WatchedPage; recordId: string; recordUrl: string }
const test = suite<State>('follow-up pages');

test.before(async (s) => {
  s.server = await startServer();
  s.browser = await launchChromium();
  s.prison = await openPage(s.browser);
  const { when } = found.rule;
  const location = (readJson(join(formsDir, 'locations.json')).locations as Json[])
    .find((l) => when.locations?.includes(l.code) ?? when.regions?.includes(l.region))!;
  const date = when.from && when.from > inDays(1) ? when.from : inDays(1);
  const api = await apiAs(s.server.url, 'prison');
  const record = await api.post('/records', {
    form: found.form, person: { id: 'F5555GH', name: 'Kit Moreno', dateOfBirth: '1988-02-14' },
    move: { id: 'MOVE-PAGES', type: 'court', from: location.code, to: location.code === 'WIN' ? 'SOTPIC' : 'WIN', date },
  });
  assert.is(record.version, found.rule.version, 'the rollout gave the version with follow-up pages');
  s.recordId = String(record.id);
  s.recordUrl = `/records/${s.recordId}`;
  await logIn(s.prison.page, s.server.url, 'prison', s.recordUrl);
});

test.after(async (s) => {
  assert.equal(s.prison?.problems ?? [], [], 'no CSP violation or script error');
  await s.browser?.close();
  await s.server?.close();
});

test('the question page keeps No beside Yes and says Continue; the follow-ups are on their own page, errors on submit', async (s) => {
  const { page } = s.prison;
  await page.click(`.govuk-task-list__link:text-is("${found.section.title}")`);
  await page.waitForSelector(`h1:text-is("${found.section.title}")`);
  const question = page.getByRole('group', { name: openerTitle, exact: true });
  await question.getByLabel('Yes', { exact: true }).check();
  const continueButton = page.getByRole('button', { name: 'Continue', exact: true });
  await continueButton.waitFor();
  const [yes, no, button] = await Promise.all([question.getByLabel('Yes', { exact: true }).boundingBox(), question.getByLabel('No', { exact: true }).boundingBox(), continueButton.boundingBox()]);
  assert.ok(Math.abs(no!.y - yes!.y) < 40, `"No" sits beside "Yes" (${yes!.y} and ${no!.y})`);
  assert.ok(button!.y - yes!.y < 400, `"Continue" is near the answer (${button!.y - yes!.y} px below)`);
  assert.is(await page.getByText(first.title, { exact: true }).count(), 0, 'the follow-ups are not on the question page');
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'follow-up-pages-question');

  await continueButton.click();
  await page.waitForSelector(`h1:text-is("${pageTitle}")`);
  assert.is(await page.locator('.govuk-caption-l').innerText(), found.section.title);
  assert.is(await page.getByText(first.title, { exact: true }).count(), 1, 'the first follow-up is asked here');
  assert.is(await page.locator('.govuk-error-summary').count(), 0, 'no error before the page is submitted');
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'follow-up-pages-page');

  await page.getByRole('button', { name: 'Save and continue', exact: true }).click();
  const summary = page.locator('.govuk-error-summary');
  await summary.waitFor();
  assert.match(await summary.innerText(), first['x-errors'].required);
  assert.match(await page.title(), /^Error: /);
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'follow-up-pages-errors');

  await page.click('.govuk-back-link:text-is("Back")');
  await page.waitForSelector(`h1:text-is("${found.section.title}")`);
  assert.ok(await question.getByLabel('Yes', { exact: true }).isChecked(), 'the answer is kept');
});

test('check answers: "Change" on a follow-up opens its own page at the question; saving completes the section', async (s) => {
  const { page } = s.prison;
  // Every section answered through the API by staff whose role edits it (the demo accounts are named by role).
  const fixture = readJson(join(root, `test/fixtures/records/${found.form}-${found.rule.version}.json`));
  let revision = Number((await (await apiAs(s.server.url, 'prison')).get(`/records/${s.recordId}`)).revision);
  for (const [key, section] of Object.entries(found.definition.properties as Record<string, Json>)) {
    if (!fixture[key]) continue;
    const editor = await apiAs(s.server.url, section['x-section'].editRoles[0]);
    revision = Number(((await editor.patch(`/records/${s.recordId}/sections/${key}`, { answers: fixture[key], revision })).record as Json).revision);
  }
  await page.goto(`${s.server.url}${s.recordUrl}`);
  await page.click('button:has-text("Check and confirm the record")');
  await page.getByRole('link', { name: `Change ${first.title}`, exact: true }).click();
  await page.waitForSelector(`h1:text-is("${pageTitle}")`);
  const focused = await page.evaluate(() => document.activeElement?.id ?? '');
  assert.ok(focused.endsWith(`-${found.key}-${firstKey}-input`), `focus is on the question to change (${focused})`);
  assert.equal(await axeViolations(page), []);
  await page.getByRole('button', { name: 'Save and continue', exact: true }).click();
  await page.waitForSelector('.govuk-notification-banner--success');
  const row = page.locator('.govuk-task-list__item', { hasText: found.section.title });
  assert.match(await row.innerText(), /Completed/);
});

test.run();
