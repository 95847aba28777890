/**
 * The form changes page in Chromium, for a steering group: the newest version of a form with more than
 * one version against the one before (whatever forms/ holds), its changes grouped by section as the
 * engine lists them, the impact on past records, axe-clean; staff are told they cannot see it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser } from 'playwright-core';
import { changesBySection, diffDefinitions } from '../../engine/diff/index.ts';
import { createRecord } from '../../engine/index.ts';
import { axeViolations, launchChromium, logIn, openPage, root, screenshot, startServer, type Running } from './support.ts';

interface State { server: Running; browser: Browser }
const test = suite<State>('form changes page');

test.before(async (s) => {
  s.server = await startServer();
  s.browser = await launchChromium();
});
test.after(async (s) => {
  await s.browser?.close();
  await s.server?.close();
});

/** The first form with two versions or more, and its newest two. */
function comparedForm(s: State) {
  const form = s.server.forms.list().find((f) => f.versions.length > 1);
  assert.ok(form, 'forms/ holds a form with more than one version');
  const [from, to] = form!.versions.slice(-2).map((v) => s.server.forms.get(form!.name, v)!);
  return { name: form!.name, from: from!, to: to! };
}

/** Confirmed records of the older version, from the answer fixtures when there is one for it. */
async function seedOlderRecords(s: State, form: ReturnType<typeof comparedForm>): Promise<number> {
  let answers = {};
  try {
    answers = JSON.parse(readFileSync(join(root, `test/fixtures/records/${form.name}-${form.from.version}.json`), 'utf8'));
  } catch { /* no fixture: records with no answers still count */ }
  const at = new Date().toISOString();
  for (const n of [1, 2]) {
    const record = createRecord(form.from.compiled, {
      id: `older-${n}`, move: { id: `M-older-${n}`, type: 'court', from: 'WIN', to: 'WINCC', date: at.slice(0, 10) },
      person: { id: `P-older-${n}`, name: 'Alex Example', dateOfBirth: '1990-04-01' },
    }, { user: 'prison', roles: ['prison'] }, at);
    await s.server.store.insertRecord({ ...record, answers, state: 'confirmed', confirmed: { at, by: 'prison' } }, { at, user: 'prison', action: 'create', changes: [] });
  }
  return 2;
}

test('a policy user sees the changes by section, summary counts and the impact on past records', async (s) => {
  const form = comparedForm(s);
  const seeded = await seedOlderRecords(s, form);
  const diff = diffDefinitions(form.from.definition, form.to.definition);
  const { page, problems } = await openPage(s.browser);
  const path = `/forms/${form.name}/diff`;
  await logIn(page, s.server.url, 'policy', path);
  assert.is(await page.locator('h1').innerText(), `Changes from version ${form.from.version} to ${form.to.version}`);
  assert.is(await page.locator('#from').inputValue(), form.from.version);
  assert.is(await page.locator('#to').inputValue(), form.to.version);
  assert.match(await page.locator('caption').first().innerText(), `Summary: ${diff.changes.length} change`);
  const groups = changesBySection(diff);
  assert.equal(await page.locator('h3.govuk-heading-s').allInnerTexts(), groups.map((g) => g.title));
  assert.equal(await page.locator('h3 + ul > li').allInnerTexts(), diff.changes.map((c) => c.sentence));
  assert.match(await page.locator('#impact + p').innerText(), new RegExp(`^${seeded} records of other versions of this form confirmed since \\d{1,2} [A-Z][a-z]+ \\d{4}[ ,]`));
  assert.match(await page.locator('.govuk-summary-list__row').first().innerText(), new RegExp(`Would have been incomplete\\s+\\d+ of ${seeded} records`));
  const href = await page.locator('a:has-text("Download these changes")').getAttribute('href');
  const download = await page.request.get(new URL(href ?? '', page.url()).href);
  assert.is(download.status(), 200);
  assert.match(download.headers()['content-disposition'] ?? '', `${form.name}-${form.from.version}-to-${form.to.version}.md`);
  assert.match(await download.text(), `changes from version ${form.from.version} to ${form.to.version}\n\n| Change | Count |`);
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'form-changes');
  assert.equal(problems, []);
  await page.context().close();
});

test('the version picker compares the versions chosen; a date that is not real is named beside its field', async (s) => {
  const form = comparedForm(s);
  const { page } = await openPage(s.browser);
  await logIn(page, s.server.url, 'policy', `/forms/${form.name}/diff`);
  await page.selectOption('#from', form.to.version);
  await page.selectOption('#to', form.from.version);
  await page.fill('#since', '2026-02-30');
  await Promise.all([page.waitForURL(/since=2026-02-30/), page.click('button:has-text("Show changes")')]);
  assert.is(await page.locator('h1').innerText(), `Changes from version ${form.to.version} to ${form.from.version}`);
  assert.match(await page.locator('.govuk-error-summary').innerText(), 'The date must be a real date written like 2026-09-01');
  assert.match(await page.locator('#since-error').innerText(), 'The date must be a real date');
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'form-changes-error');
  await page.context().close();
});

test('staff are told they cannot see form changes', async (s) => {
  const form = comparedForm(s);
  const { page } = await openPage(s.browser);
  await logIn(page, s.server.url, 'prison', '/records');
  const response = await page.goto(`${s.server.url}/forms/${form.name}/diff`);
  assert.is(response?.status(), 403);
  assert.is(await page.locator('h1').innerText(), 'You cannot see form changes');
  await page.context().close();
});

test.run();
