/**
 * The definition checker's problems in the editor follow the page's language: a broken draft opened in
 * Welsh (lang="cy") lists them in Welsh, from the browser checker and, after a refused submit, from the
 * server; the preview beside it too; axe-clean. The same draft in English lists them in English.
 * Screenshots in test/output/screenshots/welsh-editor-problems(-top).png.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiAs, axeViolations, formsDir, launchChromium, logIn, openPage, screenshot, screenshotDir, startServer, type Running, type WatchedPage } from './support.ts';

interface State { server: Running; browser: Browser; policy: WatchedPage; draftId: string }
const test = suite<State>('checker problems in Welsh');

const WELSH = {
  unknownKeyword: 'allweddair anhysbys "titel" (ai "title" oedd dan sylw?)',
  undeclared: 'mae "required" yn enwi "nothere", nad yw’n gwestiwn yn y "properties" wrth ei ochr',
  noTitle: /cwestiwn "\w+": mae angen "title" arno: y cwestiwn fel y mae staff yn ei weld/,
};
const ENGLISH = {
  unknownKeyword: 'unknown keyword "titel" (did you mean "title"?)',
  undeclared: '"required" names "nothere", which is not a question in the "properties" beside it',
  noTitle: /question "\w+" needs a "title": the question as staff see it/,
};

test.before(async (s) => {
  s.server = await startServer();
  s.browser = await launchChromium();
  s.policy = await openPage(s.browser);
  s.policy.context.setDefaultTimeout(15_000);
  // A draft of the first published form, broken three ways: a misspelt keyword, a required name that is
  // not a question, and a question without its title.
  const api = await apiAs(s.server.url, 'policy');
  const form = ((await api.get('/forms')) as unknown as { name: string; versions: string[] }[])[0]!;
  const definition = JSON.parse(readFileSync(join(formsDir, form.name, `${form.versions.at(-1)!}.json`), 'utf8'));
  definition['x-form'].version = '99.0.0';
  const section = Object.values(definition.properties as Record<string, any>)[0];
  definition.titel = definition.title;
  section.required = [...(section.required ?? []), 'nothere'];
  delete Object.values(section.properties as Record<string, any>)[0].title;
  const created = await api.post('/drafts', { definition }) as { id: string };
  s.draftId = created.id;
});
test.after(async (s) => {
  await s.browser?.close();
  await s.server?.close();
});

async function problemsListed(s: State): Promise<string> {
  return s.policy.page.locator('#editor-problems').innerText();
}

test('a broken draft in Welsh lists the checker\'s problems in Welsh, in the editor and its preview, axe-clean', async (s) => {
  const { page, problems } = s.policy;
  await page.goto(`${s.server.url}/login?lang=cy`);
  await logIn(page, s.server.url, 'policy', `/editor/drafts/${s.draftId}`);
  await page.locator('#editor-problems li').filter({ hasText: WELSH.unknownKeyword }).waitFor();
  assert.is(await page.getAttribute('html', 'lang'), 'cy');
  const listed = await problemsListed(s);
  assert.ok(listed.includes(WELSH.undeclared), listed);
  assert.match(listed, WELSH.noTitle);
  assert.not.ok(listed.includes(ENGLISH.unknownKeyword), 'no English left');
  const preview = await page.locator('form-preview .form-preview-problems').innerText();
  assert.ok(preview.includes(WELSH.unknownKeyword), preview);
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'welsh-editor-problems');
  await page.screenshot({ path: join(screenshotDir, 'welsh-editor-problems-top.png'), clip: { x: 0, y: 0, width: 1100, height: 760 } });

  // Submitting is refused by the server, which lists the problems in the page's language too; the panel shows its list.
  const [refusal] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith(`/api/drafts/${s.draftId}/submit`)),
    page.click('button:text-is("Cyflwyno i’w gymeradwyo")'),
  ]);
  assert.is(refusal.status(), 422);
  const refused = (await refusal.json()) as { problems: { message: string }[] };
  assert.ok(refused.problems.some((p) => p.message === WELSH.unknownKeyword), JSON.stringify(refused.problems));
  await page.locator('#editor-problems li').filter({ hasText: WELSH.undeclared }).waitFor();
  assert.ok((await problemsListed(s)).includes(WELSH.unknownKeyword));
  assert.equal(problems, []);
});

test('the same draft in English lists the same problems in English', async (s) => {
  const { page, problems } = s.policy;
  await page.goto(`${s.server.url}/editor/drafts/${s.draftId}?lang=en`);
  await page.locator('#editor-problems li').filter({ hasText: ENGLISH.unknownKeyword }).waitFor();
  assert.is(await page.getAttribute('html', 'lang'), 'en');
  const listed = await problemsListed(s);
  assert.ok(listed.includes(ENGLISH.undeclared), listed);
  assert.match(listed, ENGLISH.noTitle);
  assert.equal(problems, []);
});

test.run();
