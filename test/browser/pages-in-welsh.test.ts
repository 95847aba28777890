/**
 * The server's pages in Welsh in Chromium: the sign-in page, Moves and a steering group's form changes
 * page chosen with ?lang=cy carry lang="cy", Welsh titles and headings and the language switch, and pass
 * axe; the switch's link goes back to English. Screenshots in test/output/screenshots/welsh-*.png.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser } from 'playwright-core';
import { apiAs, axeViolations, inDays, launchChromium, logIn, openPage, screenshot, startServer, type Running } from './support.ts';

interface State { server: Running; browser: Browser }
const test = suite<State>('pages in Welsh');

test.before(async (s) => {
  s.server = await startServer();
  s.browser = await launchChromium();
  const prison = await apiAs(s.server.url, 'prison');
  await prison.post('/records', { form: 'per', person: { id: 'W1234CY', name: 'Rhys Jones', dateOfBirth: '1985-03-01' }, move: { id: 'MOVE-CY', type: 'court', from: 'WIN', to: 'SOTPIC', date: inDays(1) } });
});
test.after(async (s) => {
  await s.browser?.close();
  await s.server?.close();
});

test('the sign-in page and Moves in Welsh: lang="cy", Welsh words, axe-clean; the switch returns to English', async (s) => {
  const { page, problems } = await openPage(s.browser);
  await page.goto(`${s.server.url}/login?lang=cy`);
  assert.is(await page.getAttribute('html', 'lang'), 'cy');
  assert.is(await page.title(), 'Mewngofnodi – Cofnod hebrwng person – GOV.UK');
  assert.is(await page.locator('nav[aria-label="Dewiswch iaith"] [aria-current="true"]').innerText(), 'Cymraeg');
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'welsh-sign-in');

  await logIn(page, s.server.url, 'prison', '/moves');
  assert.is(await page.getAttribute('html', 'lang'), 'cy');
  assert.is(await page.locator('h1').innerText(), 'Symudiadau');
  assert.match(await page.locator('.govuk-service-navigation').innerText(), /Dod o hyd i gofnodion/);
  assert.match(await page.locator('.govuk-service-navigation').innerText(), /\(staff carchardai\)/, 'who is signed in: the role by its Welsh title');
  assert.match(await page.locator('caption').innerText(), /^1 symudiad rhwng /);
  assert.is(await page.locator('a:text-is("Dechrau cofnod")').count(), 1);
  assert.match(await page.locator('tbody').innerText(), /CEF Winchester i Dalfa Canol Southampton/, 'places by their Welsh names');
  assert.match(await page.locator('tbody').innerText(), /Ymddangosiad yn y llys/, 'the move type in Welsh');
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'welsh-moves');

  const english = page.locator('a[hreflang="en"]');
  assert.is(await english.getAttribute('lang'), 'en');
  await Promise.all([page.waitForURL(/lang=en/), english.click()]);
  assert.is(await page.getAttribute('html', 'lang'), 'en');
  assert.is(await page.locator('h1').innerText(), 'Moves');
  assert.equal(problems, [], 'no CSP violation or script error');
});

test("a steering group's form changes page in Welsh is axe-clean with lang=\"cy\"", async (s) => {
  const form = s.server.forms.list().find((f) => f.versions.length > 1);
  assert.ok(form, 'forms/ holds a form with more than one version');
  const { page, problems } = await openPage(s.browser);
  await page.goto(`${s.server.url}/login?lang=cy`);
  await logIn(page, s.server.url, 'policy', `/forms/${form!.name}/diff`);
  assert.is(await page.getAttribute('html', 'lang'), 'cy');
  const [from, to] = form!.versions.slice(-2);
  assert.is(await page.locator('h1').innerText(), `Newidiadau o fersiwn ${from} i ${to}`);
  assert.match(await page.title(), / – Cofnod hebrwng person – GOV\.UK$/);
  assert.is(await page.locator('label[for=from]').innerText(), 'Cymharu fersiwn');
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'welsh-form-changes');
  assert.equal(problems, [], 'no CSP violation or script error');
});

test.run();
