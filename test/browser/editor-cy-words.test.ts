/**
 * The policy team's words in Welsh in Chromium (?lang=cy): a new form starts with Welsh titles, roles are
 * named by their Welsh titles (codes stay the values), a new choice question's options are Welsh; a draft
 * of a translated version, with a section retitled in English, is reviewed in Welsh: "What changed"
 * quotes the Welsh titles, and the new English title is marked lang="en" for screen readers, as are the
 * English draft's titles in its preview. Each page is
 * lang="cy" and axe-clean. Screenshots: test/output/screenshots/cy-words-*.png.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import cyEditor from '../../forms/locales/cy/editor.json' with { type: 'json' };
import cyEngine from '../../forms/locales/cy/engine.json' with { type: 'json' };
import { createTranslator, type Messages } from '../../engine/i18n/translator.ts';
import { roleTitleIn } from '../../engine/i18n/repository-data.ts';
import { ROLES } from '../../engine/vocabulary/roles.ts';
import { join } from 'node:path';
import { axeViolations, logIn, screenshot, screenshotDir } from './support.ts';
import { closePolicyPair, openPolicyPair, type PolicyPair } from './policy-pair.ts';

const cy = createTranslator('cy', { ...cyEngine.messages, ...cyEditor.messages } as Messages);
const RETITLED = 'A section retitled in English';

const test = suite<PolicyPair>('policy words in Welsh');

test.before((s) => openPolicyPair(s, ['cy', 'cy']));
test.after(closePolicyPair);

test('a new form starts in Welsh, with roles named by their Welsh titles', async (s) => {
  const { page, problems } = s.policy;
  await logIn(page, s.server.url, 'policy', '/editor');
  await page.locator('editor-home h1').waitFor();
  assert.is(await page.locator('#new-role option[value=prison]').innerText(), roleTitleIn('prison', 'cy'));
  await page.fill('#new-title', 'Gwiriad cell y llys');
  await page.fill('#new-name', 'court-cell-cy');
  await page.selectOption('#new-role', 'prison');
  await Promise.all([page.waitForURL(/\/editor\/drafts\/[0-9a-f-]{36}$/), page.click(`button:text-is("${cy('editor.home.startForm')}")`)]);
  await page.locator('#editor-no-problems').waitFor();
  const preview = page.locator('form-preview');
  await preview.locator(`text=${cy('editor.new.question')}`).first().waitFor();

  await page.click(`definition-editor ol.editor-list button:text-is("${cy('editor.new.section')}")`);
  await page.locator('#section-heading').waitFor();
  for (const role of ROLES) assert.is(await page.locator(`label[for=role-${role}]`).innerText(), roleTitleIn(role, 'cy'), `${role} is named by its Welsh title`);
  assert.ok(await page.locator('#role-prison').isChecked(), 'the value is still the code the definition holds');

  await page.selectOption('#new-question-kind', 'singleChoice');
  await page.fill('#new-question-title', 'Pa gell?');
  await page.click(`button:text-is("${cy('editor.sv.addQuestion')}")`);
  await preview.locator(`label:text-is("${cy('editor.qp.option', { n: 1 })}")`).waitFor();
  assert.ok(await preview.locator(`label:text-is("${cy('editor.qp.option', { n: 2 })}")`).isVisible());
  assert.is(await page.getAttribute('html', 'lang'), 'cy');
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'cy-words-new-form');
  assert.equal(problems, []);
});

test('a draft\'s review in Welsh quotes Welsh titles and marks the new English one lang="en", as it does the English draft’s preview and, once published, the changes page', async (s) => {
  const form = s.server.forms.list().find((f) => s.server.forms.languages(f.name, f.versions.at(-1)!).includes('cy'))!;
  const version = form.versions.at(-1)!;
  const welsh = s.server.forms.localised(form.name, version, 'cy')!;
  const [section] = welsh.compiled.model.sections;
  const { page, problems } = s.policy;
  await page.goto(`${s.server.url}/editor?lang=cy`);
  await page.locator('editor-home h1').waitFor();
  await page.selectOption('#from', `${form.name}@${version}`);
  await Promise.all([page.waitForURL(/\/editor\/drafts\/[0-9a-f-]{36}$/), page.click('button:text-is("Dechrau fersiwn newydd")')]);
  await page.locator('#editor-no-problems').waitFor();
  // The draft is English (drafts have no translation), so its section button reads in English.
  const english = s.server.forms.get(form.name, version)!.compiled.model.sections[0]!;
  await page.click(`definition-editor ol.editor-list button:text-is("${english.title}")`);
  await page.fill('#section-title', RETITLED);
  await page.press('#section-title', 'Tab');
  await page.click(`button:text-is("${cy('editor.draft.save')}")`);
  await page.locator('definition-editor [role=status]:text-matches("^Wedi’i gadw")').waitFor();
  await page.click(`button:text-is("${cy('editor.draft.submit')}")`);
  await page.locator('definition-editor [role=status]:text-matches("^Wedi’i gyflwyno")').waitFor();
  assert.equal(problems, []);

  const reviewer = s.policy2;
  await logIn(reviewer.page, s.server.url, 'policy2', '/editor');
  await Promise.all([reviewer.page.waitForURL(/\/editor\/review\//), reviewer.page.click('editor-home a:text-matches("^Adolygu ")')]);
  await reviewer.page.locator(`draft-review h2:text-is("${cy('editor.review.changedSince', { version })}")`).waitFor();
  const changes = reviewer.page.locator('draft-review ul.govuk-list--bullet li');
  const retitled = changes.filter({ hasText: RETITLED });
  assert.match(await retitled.innerText(), `‘${section!.title}’`);
  assert.match(await retitled.innerText(), '(yn Saesneg)');
  assert.is(await retitled.locator('span[lang=en]').innerText(), RETITLED);
  // The draft itself, previewed, is English on a Welsh page: its words are marked lang="en", the component's own stay Welsh.
  const preview = reviewer.page.locator('draft-review form-preview');
  assert.is(await preview.locator(`h3 span[lang=en]:text-is("${RETITLED}")`).count(), 1);
  const question = english.questions[0]!;
  assert.is(await preview.locator(`legend span[lang=en], label span[lang=en]`).filter({ hasText: question.title }).count() > 0, true, 'a question title is marked English');
  assert.is(await preview.locator(`label:text-is("${cy('engine.yesNo.yes')}") span[lang]`).count(), 0, 'yes and no are the component\'s Welsh');
  assert.is(await reviewer.page.getAttribute('html', 'lang'), 'cy');
  assert.equal(await axeViolations(reviewer.page), []);
  await screenshot(reviewer.page, 'cy-words-review');
  await reviewer.page.screenshot({ path: join(screenshotDir, 'cy-words-review-changes.png'), clip: { x: 0, y: 0, width: 1100, height: 1100 } });
  assert.equal(reviewer.problems, []);
  // Approved, the new version's changes page in Welsh marks the English title the same way, and is axe-clean.
  await reviewer.page.click(`button:text-is("${cy('editor.review.approve')}")`);
  await reviewer.page.locator('draft-review .govuk-panel__title').waitFor();
  const published = s.server.forms.list().find((f) => f.name === form.name)!.versions.at(-1)!;
  await reviewer.page.goto(`${s.server.url}/forms/${form.name}/diff?from=${version}&to=${published}&lang=cy`);
  const sentence = reviewer.page.locator('main li').filter({ hasText: RETITLED });
  assert.is(await sentence.locator('span[lang=en]').innerText(), RETITLED);
  assert.match(await sentence.innerText(), `‘${section!.title}’`);
  assert.is(await reviewer.page.getAttribute('html', 'lang'), 'cy');
  assert.equal(await axeViolations(reviewer.page), []);
  await screenshot(reviewer.page, 'cy-words-changes-page');
  assert.equal(reviewer.problems, []);
});

test.run();
