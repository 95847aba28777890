/**
 * <form-preview> renders every definition in forms/ as staff would see it, and a broken definition as
 * the list of its problems, on the server's preview page (strict CSP, real Chromium).
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { axeViolations, formsDir, launchChromium, logIn, openPage, screenshot, startServer, type Running, type WatchedPage } from './support.ts';
import { isDefinitionFile } from '../forms/load.ts';

interface State {
  server: Running;
  browser: Browser;
  policy: WatchedPage;
}
const test = suite<State>('form preview');

const definitions = readdirSync(formsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'schemas')
  .flatMap((dir) => readdirSync(join(formsDir, dir.name)).filter(isDefinitionFile).map((file) => ({
    name: dir.name, version: file.replace(/\.json$/, ''),
    definition: JSON.parse(readFileSync(join(formsDir, dir.name, file), 'utf8')) as { title: string; properties: Record<string, { title: string }> },
  })));

test.before(async (s) => {
  s.server = await startServer();
  s.browser = await launchChromium();
  s.policy = await openPage(s.browser);
  await logIn(s.policy.page, s.server.url, 'policy', '/preview');
});

test.after(async (s) => {
  await s.browser?.close();
  await s.server?.close();
});

test.after.each((s) => {
  assert.equal(s.policy.problems, [], 'no CSP violation or script error');
});

test('the forms folder holds definitions to preview', () => {
  assert.ok(definitions.length >= 2, `found ${definitions.length}`);
});

for (const { name, version, definition } of definitions) {
  test(`renders ${name} ${version} with every section, checked by the server-compiled validator`, async (s) => {
    const { page } = s.policy;
    await page.selectOption('#definition', `${name}/${version}`);
    await page.click('button:has-text("Preview this form")');
    const preview = page.locator('form-preview');
    await preview.locator(`h2:text-is("${definition.title}")`).waitFor();
    assert.match(await preview.locator('.govuk-caption-l').innerText(), new RegExp(`${name} ${version.replaceAll('.', '\\.')}`));
    const sectionTitles = await preview.locator('section h3').allInnerTexts();
    assert.equal(sectionTitles, Object.values(definition.properties).map((p) => p.title), 'every section, in order');
    assert.match(await preview.locator('.govuk-inset-text').first().innerText(), /full rules/);
    await page.click('button:has-text("Check answers")');
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    assert.ok(await summary.evaluate((el) => el === document.activeElement), 'the summary takes focus');
    assert.ok(await summary.locator('a').count() > 0, 'missing mandatory answers are listed');
    assert.equal(await axeViolations(page), [], 'axe finds no WCAG 2.2 AA violation');
    await screenshot(page, `preview-${name}-${version}`);
    await page.click('button:has-text("Fill with example answers")');
    await page.click('button:has-text("Check answers")');
    await preview.locator('.form-preview-ok:has-text("Every mandatory answer is given")').waitFor();
    assert.is(await preview.locator('.govuk-error-summary').count(), 0, 'the example answers leave nothing missing');
    await page.goto(`${s.server.url}/preview`); // the next test starts from an empty preview
  });
}

test('a form can be answered with the keyboard alone', async (s) => {
  const { page } = s.policy;
  await page.selectOption('#definition', 'sash/1.0.0');
  await page.click('button:has-text("Preview this form")');
  const preview = page.locator('form-preview');
  await preview.locator('input[type=radio]').first().waitFor();
  await page.focus('#definition');
  let radio = '';
  for (let i = 0; i < 20 && !radio; i++) {
    await page.keyboard.press('Tab');
    radio = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio' ? document.activeElement!.id : '');
  }
  assert.ok(radio, 'Tab reaches the first question');
  await page.keyboard.press('Space');
  assert.ok(await page.locator(`#${radio}`).isChecked(), 'Space selects the answer');
  const revealed = await page.locator(`#${radio}`).getAttribute('aria-controls');
  if (revealed) assert.ok(await page.locator(`#${revealed}`).isVisible(), 'its follow-ups are revealed');
  await page.focus('form-preview button:has-text("Check answers")');
  await page.keyboard.press('Enter');
  const summary = preview.locator('.govuk-error-summary');
  await summary.waitFor();
  assert.ok(await summary.evaluate((el) => el === document.activeElement), 'the summary takes focus');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const focused = await page.evaluate(() => document.activeElement?.tagName ?? '');
  assert.ok(['INPUT', 'TEXTAREA', 'BUTTON'].includes(focused), `Enter on a summary link moves focus to its field (got ${focused})`);
});

test('per 1.0.0: "No action taken" is ticked on its own, after an "or" divider', async (s) => {
  const { page } = s.policy;
  await page.selectOption('#definition', 'per/1.0.0');
  await page.click('button:has-text("Preview this form")');
  const preview = page.locator('form-preview');
  await preview.locator('legend:text-is("Is there any indication they may harm themselves or attempt suicide?")').waitFor();
  await preview.getByRole('group', { name: 'Is there any indication they may harm themselves or attempt suicide?', exact: true })
    .locator('label:text-is("Yes")').first().click();
  const group = preview.getByRole('group', { name: 'What action has been taken to keep them safe?', exact: true });
  await group.waitFor();
  const ticked = () => group.locator('input:checked').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  await group.locator('label:text-is("Sharing a cell")').click();
  await group.locator('label:text-is("A conversation with them")').click();
  assert.equal(await ticked(), ['cellShare', 'conversation']);
  const divider = group.locator('.govuk-checkboxes__divider');
  assert.is(await divider.innerText(), 'or');
  assert.is(await divider.evaluate((el) => el.nextElementSibling?.querySelector('label')?.textContent?.trim()), 'No action taken', 'the divider comes just before it');
  assert.is(await group.locator('input[value=none]').getAttribute('data-behaviour'), 'exclusive');
  await group.locator('label:text-is("No action taken")').click();
  assert.equal(await ticked(), ['none'], 'ticking it unticks the others');
  await group.locator('label:text-is("Sharing a cell")').click();
  assert.equal(await ticked(), ['cellShare'], 'ticking another unticks it');
  assert.equal(await axeViolations(page), []);
});

test('a broken definition shows its problems instead of a form', async (s) => {
  const { page } = s.policy;
  const broken = structuredClone(definitions[0]!.definition) as Record<string, unknown>;
  const sections = broken.properties as Record<string, Record<string, unknown>>;
  const first = Object.values(sections)[0]!;
  first.titel = first.title;
  delete first.title;
  await page.fill('#pasted', JSON.stringify(broken));
  await page.click('button:has-text("Preview the pasted definition")');
  const problems = page.locator('.form-preview-problems');
  await problems.waitFor();
  const text = await problems.innerText();
  assert.match(text, /This definition has \d+ problems?/);
  assert.match(text, new RegExp(`/properties/${Object.keys(sections)[0]}`), 'problems point into the definition');
  assert.is(await page.locator('form-preview input').count(), 0, 'no form is rendered');
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'preview-broken');
});

test('text that is not JSON is refused with a message beside the box', async (s) => {
  const { page } = s.policy;
  await page.fill('#pasted', '{ "title": ');
  await page.click('button:has-text("Preview the pasted definition")');
  assert.match(await page.locator('#pasted-error').innerText(), /Enter the definition as JSON/);
});

test('with no server to ask, a definition still renders and mandatory answers are checked', async (s) => {
  const { page } = s.policy;
  const { definition } = definitions.find((d) => d.name === 'per') ?? definitions[0]!;
  await page.evaluate((def) => {
    document.querySelector('preview-workbench')?.remove();
    const element = document.createElement('form-preview') as HTMLElement & { definition: unknown };
    element.id = 'offline';
    element.definition = def;
    document.querySelector('main')!.append(element);
  }, definition);
  const offline = page.locator('#offline');
  await offline.locator(`h2:text-is("${definition.title}")`).waitFor();
  assert.match(await offline.locator('.govuk-inset-text').first().innerText(), /Only missing mandatory answers are checked/);
  const firstRadio = offline.locator('input[type=radio]').first();
  await firstRadio.check();
  await page.click('#offline button:has-text("Check answers")');
  const summary = offline.locator('.govuk-error-summary');
  await summary.waitFor();
  assert.ok(await summary.locator('a').count() > 0);
  assert.equal(await axeViolations(page), []);
});

test.run();
