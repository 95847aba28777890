/**
 * What changed between versions, read in Welsh: GET /api/forms/:form/diff?lang=cy, the form changes page
 * and its Markdown quote the versions' Welsh titles (the same changes and pointers as in English); a
 * draft's review ("What changed") is in the reader's language, the draft's new English titles marked
 * "(yn Saesneg)" and listed in inEnglish, and once published the changes page marks them lang="en".
 * The form is discovered from the repository's forms: any with two translated versions.
 */
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startServer, type TestServer } from './support/server.ts';
import type { Client } from './support/client.ts';
import { createTranslator, type Messages } from '../../engine/i18n/translator.ts';
import cyDiff from '../../forms/locales/cy/diff.json' with { type: 'json' };

const welsh = createTranslator('cy', cyDiff.messages as Messages);

const FORMS = fileURLToPath(new URL('../../forms', import.meta.url));

let server: TestServer;
let policy: Client, policy2: Client;
let form: { name: string; from: string; to: string };

test.before(async () => {
  server = await startServer({ formsDir: FORMS });
  [policy, policy2] = await Promise.all(['policy', 'policy2'].map((u) => server.login(u)));
  const found = server.forms.list().find((f) => f.versions.length >= 2 && f.versions.slice(-2).every((v) => server.forms.languages(f.name, v).includes('cy')))!;
  form = { name: found.name, from: found.versions.at(-2)!, to: found.versions.at(-1)! };
});
test.after(async () => server.close());

const facts = (changes: any[]) => changes.map(({ kind, section, question, pointers }) => ({ kind, section, question, pointers }));
const welshDefinition = async (version: string) => (await policy.get(`/api/forms/${form.name}/versions/${version}?lang=cy`)).body;

test('the API\'s diff in Welsh quotes Welsh section titles, finds the same changes as in English and leaves nothing in English', async () => {
  const query = `from=${form.from}&to=${form.to}`;
  const [cy, en] = await Promise.all([policy.get(`/api/forms/${form.name}/diff?${query}&lang=cy`), policy.get(`/api/forms/${form.name}/diff?${query}&lang=en`)]);
  assert.is(cy.status, 200, cy.text);
  assert.equal(facts(cy.body.changes), facts(en.body.changes));
  assert.ok(cy.body.changes.length > 0, 'the versions differ');
  const [from, to] = [await welshDefinition(form.from), await welshDefinition(form.to)];
  for (const change of cy.body.changes) {
    if (change.section === '') continue;
    assert.is(change.sectionTitle, (to.properties[change.section] ?? from.properties[change.section]).title);
    assert.not.match(change.sentence, '(yn Saesneg)');
  }
  assert.is(cy.body.title, to.title);
  assert.is(cy.body.inEnglish, undefined);
  const english = en.body.changes.find((c: any) => c.section !== '' && c.sectionTitle !== cy.body.changes[en.body.changes.indexOf(c)].sectionTitle);
  assert.ok(english, 'some section title reads differently in the two languages');
});

test('the form changes page and its Markdown in Welsh carry the Welsh titles', async () => {
  const to = await welshDefinition(form.to);
  const page = await policy.get(`/forms/${form.name}/diff?from=${form.from}&to=${form.to}&lang=cy`);
  assert.is(page.status, 200);
  assert.match(page.text, '<html lang="cy"');
  const section = Object.keys(to.properties).find((key) => page.text.includes(`<h3 class="govuk-heading-s">${to.properties[key].title}</h3>`));
  assert.ok(section, 'a section heading is its Welsh title');
  assert.not.match(page.text, '<span lang="en">');
  const markdown = await policy.get(`/forms/${form.name}/diff.md?from=${form.from}&to=${form.to}&lang=cy`);
  assert.match(markdown.text, `## ${to.properties[section!].title}`);
});

test('a draft\'s "What changed" is in the reader\'s language; its new English title is marked where quoted, and lang="en" once published', async () => {
  const created = await policy.post('/api/drafts', { from: { form: form.name, version: form.to } });
  assert.is(created.status, 201, created.text);
  const draft = (await policy.get(`/api/drafts/${created.body.id}`)).body;
  const section = Object.keys(draft.definition.properties)[0]!;
  draft.definition.properties[section].title = 'A section retitled in English';
  assert.is((await policy.put(`/api/drafts/${draft.id}`, { definition: draft.definition, revision: draft.revision })).status, 200);
  const submitted = await policy.post(`/api/drafts/${draft.id}/submit`, {});
  assert.is(submitted.status, 200, submitted.text);

  const welshBefore = (await welshDefinition(form.to)).properties[section].title;
  const [cy, en] = await Promise.all([policy2.get(`/api/drafts/${draft.id}/review?lang=cy`), policy2.get(`/api/drafts/${draft.id}/review?lang=en`)]);
  assert.is(cy.status, 200, cy.text);
  assert.equal(cy.body.diff.changes.length, en.body.diff.changes.length);
  const sentence = welsh('diff.section.title', { was: welsh('diff.quote', { text: welshBefore }), now: welsh('diff.quoteEnglish', { text: 'A section retitled in English' }) });
  assert.match(sentence, '(yn Saesneg)');
  assert.ok(cy.body.diff.changes.includes(sentence), cy.body.diff.changes.join('\n'));
  assert.equal(cy.body.diff.inEnglish, ['A section retitled in English']);
  assert.ok(en.body.diff.changes.some((s: string) => s.includes("is now called 'A section retitled in English'")), en.body.diff.changes.join('\n'));
  assert.is(en.body.diff.inEnglish, undefined);

  const approved = await policy2.post(`/api/drafts/${draft.id}/approve?lang=cy`, { revision: submitted.body.revision });
  assert.is(approved.status, 200, approved.text);
  assert.equal(approved.body.approval.diff.changes, cy.body.diff.changes, 'the approval keeps the changes as its approver read them');

  const page = await policy.get(`/forms/${form.name}/diff?from=${form.to}&to=${draft.version}&lang=cy`);
  assert.is(page.status, 200);
  assert.match(page.text, '<span lang="en">A section retitled in English</span>');
});

test('a draft\'s own Welsh, written in the editor, is what its "What changed" quotes', async () => {
  const created = await policy.post('/api/drafts', { from: { form: form.name, version: form.to } });
  const draft = (await policy.get(`/api/drafts/${created.body.id}`)).body;
  const section = Object.keys(draft.definition.properties)[0]!;
  draft.definition.properties[section].title = 'Retitled, with its Welsh';
  assert.is((await policy.put(`/api/drafts/${draft.id}`, { definition: draft.definition, revision: draft.revision })).status, 200);
  const path = `/api/drafts/${draft.id}/translations/cy`;
  const before = (await policy.get(path)).body;
  const saved = await policy.put(path, { revision: before.revision, strings: [{ pointer: `/properties/${section}/title`, text: 'Wedi’i ailenwi, gyda’i Gymraeg' }] });
  assert.is(saved.status, 200, saved.text);
  const review = await policy2.get(`/api/drafts/${draft.id}/review?lang=cy`);
  assert.is(review.status, 200, review.text);
  assert.ok(review.body.diff.changes.some((sentence: string) => sentence.includes('Wedi’i ailenwi, gyda’i Gymraeg')), review.body.diff.changes.join('\n'));
  assert.not.ok((review.body.diff.inEnglish ?? []).includes('Retitled, with its Welsh'), 'the new title is not quoted in English');
  assert.not.ok(review.body.diff.changes.some((sentence: string) => sentence.includes('Retitled, with its Welsh')));
});

test('a draft\'s review counts the strings staff read that its Welsh lacks, until the Welsh is written', async () => {
  const created = await policy.post('/api/drafts', { from: { form: form.name, version: form.to } });
  const draft = (await policy.get(`/api/drafts/${created.body.id}`)).body;
  const welshOf = async () => (await policy2.get(`/api/drafts/${draft.id}/review`)).body.translations.find((w: any) => w.language === 'cy');
  const complete = await welshOf();
  assert.ok(complete.total > 0);
  assert.is(complete.untranslated, 0, 'a draft starts with the Welsh of the version it follows');

  const section = Object.keys(draft.definition.properties)[0]!;
  const described = draft.definition.properties[section].description !== undefined;
  draft.definition.properties[section].title = 'Retitled, its Welsh not yet written';
  draft.definition.properties[section].description = 'A description changed or new in this draft';
  assert.is((await policy.put(`/api/drafts/${draft.id}`, { definition: draft.definition, revision: draft.revision })).status, 200);
  assert.equal(await welshOf(), { language: 'cy', total: complete.total + (described ? 0 : 1), untranslated: 2 }, 'the changed title and the description');

  const path = `/api/drafts/${draft.id}/translations/cy`;
  const rows = (await policy.get(path)).body.strings as { pointer: string; text?: string }[];
  const written = rows.map(({ pointer, text }) => ({ pointer, text: text || 'Cymraeg newydd' }));
  assert.is((await policy.put(path, { revision: 0, strings: written })).status, 200);
  assert.is((await welshOf()).untranslated, 0);
});

test.run();
