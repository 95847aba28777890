/**
 * The diff read in Welsh quotes Welsh titles: changes are found on the English definitions (same kinds,
 * same pointers), while each version's titles come from its translation. A version without one borrows
 * the other's for what it left unchanged; anything still English is marked where it is quoted and listed
 * in `inEnglish`, so pages mark it lang="en". Forms are discovered from forms/, so a new one is covered.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { diffDefinitions, sentenceParts, type Change } from '../../engine/diff/index.ts';
import { localiseDefinition, type Translation } from '../../engine/i18n/index.ts';
import { createTranslator, type Messages } from '../../engine/i18n/translator.ts';
import { readFormModel } from '../../engine/model.ts';
import cyDiff from '../../forms/locales/cy/diff.json' with { type: 'json' };
import cyEngine from '../../forms/locales/cy/engine.json' with { type: 'json' };

const FORMS = new URL('../../forms/', import.meta.url);
const read = (path: string) => JSON.parse(readFileSync(new URL(path, FORMS), 'utf8'));
const welsh = createTranslator('cy', { ...cyEngine.messages, ...cyDiff.messages } as Messages);
const semver = (v: string) => v.split('.').map(Number);
const byVersion = (a: string, b: string) => { const [x, y] = [semver(a), semver(b)]; return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!; };

/** Consecutive version pairs of every form whose both versions have a Welsh translation. */
const pairs = readdirSync(FORMS, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'locales' && d.name !== 'schemas').flatMap((dir) => {
  const versions = readdirSync(new URL(`${dir.name}/`, FORMS)).flatMap((f) => /^(\d+\.\d+\.\d+)\.json$/.exec(f)?.[1] ?? []).sort(byVersion);
  const translated = (v: string) => existsSync(new URL(`${dir.name}/${v}.cy.json`, FORMS));
  return versions.slice(1).map((to, i) => ({ form: dir.name, from: versions[i]!, to })).filter((p) => translated(p.from) && translated(p.to));
});
const load = (form: string, version: string) => ({ definition: read(`${form}/${version}.json`), cy: read(`${form}/${version}.cy.json`) as Translation });
const facts = ({ kind, section, question, pointers }: Change) => ({ kind, section, question, pointers });

test('forms/ has a translated pair of versions to compare', () => {
  assert.ok(pairs.length > 0);
});

for (const { form, from, to } of pairs) {
  test(`${form} ${from} -> ${to}: the same changes as in English, titles quoted in Welsh, nothing left in English`, () => {
    const [a, b] = [load(form, from), load(form, to)];
    const english = diffDefinitions(a.definition, b.definition);
    const cymraeg = diffDefinitions(a.definition, b.definition, welsh, { from: a.cy, to: b.cy });
    assert.equal(cymraeg.changes.map(facts), english.changes.map(facts));
    assert.equal(cymraeg.counts, english.counts);
    assert.is(cymraeg.inEnglish, undefined);
    const shownTo = readFormModel(localiseDefinition(b.definition, b.cy));
    const shownFrom = readFormModel(localiseDefinition(a.definition, a.cy));
    assert.is(cymraeg.title, shownTo.title);
    for (const change of cymraeg.changes) {
      const section = shownTo.sectionByKey.get(change.section) ?? shownFrom.sectionByKey.get(change.section);
      if (section) assert.is(change.sectionTitle, section.title, `${change.kind} is listed under the Welsh section title`);
      const question = change.question && !change.question.includes('/') ? (shownTo.questionByKey.get(change.question) ?? shownFrom.questionByKey.get(change.question)) : undefined;
      if (question) assert.is(change.questionTitle, question.question.title);
      assert.not.match(change.sentence, '(yn Saesneg)');
    }
  });
}

test('a version without a translation borrows the other\'s for what it left unchanged; the rest is marked English where quoted', () => {
  const { form, from, to } = pairs[0]!;
  const [a, b] = [load(form, from), load(form, to)];
  // The newer version is given one new section title, in English only: a translation cannot have it.
  const section = Object.keys(b.definition.properties)[0]!;
  const changed = structuredClone(b.definition);
  changed.properties[section].title = 'Brand new section title';
  const diff = diffDefinitions(a.definition, changed, welsh, { from: a.cy });
  const retitled = diff.changes.find((c) => c.kind === 'sectionTitleChanged' && c.section === section)!;
  const welshBefore = readFormModel(localiseDefinition(a.definition, a.cy)).sectionByKey.get(section)!.title;
  assert.is(retitled.sentence, welsh('diff.section.title', { was: `‘${welshBefore}’`, now: '‘Brand new section title’ (yn Saesneg)' }));
  assert.ok(diff.inEnglish?.includes('Brand new section title'), 'the English title is listed');
  assert.equal(sentenceParts(retitled.sentence, diff.inEnglish).filter((p) => p.lang === 'en').map((p) => p.text), ['Brand new section title']);
  // Questions the newer version did not reword read in Welsh, borrowed from the older version's translation.
  const kept = diff.changes.filter((c) => c.kind !== 'sectionTitleChanged' && c.section === section && c.questionTitle);
  for (const change of kept) assert.not.ok(diff.inEnglish?.includes(change.questionTitle!), `${change.questionTitle} is borrowed in Welsh`);
});

test('a corrected translation is not a change: changes are found on the English', () => {
  const { form, from } = pairs[0]!;
  const a = load(form, from);
  const corrected = structuredClone(a.cy);
  const pointer = Object.keys(corrected.strings).find((p) => p.endsWith('/title') && p.startsWith('/properties/'))!;
  corrected.strings[pointer]!.cy = 'Cyfieithiad wedi’i gywiro';
  const diff = diffDefinitions(a.definition, a.definition, welsh, { from: a.cy, to: corrected });
  assert.equal(diff.changes, []);
});

test('sentenceParts marks whole words only, and leaves a sentence without English whole', () => {
  assert.equal(sentenceParts('Adran ‘Health’ (yn Saesneg)', ['Health']), [{ text: 'Adran ‘' }, { text: 'Health', lang: 'en' }, { text: '’ (yn Saesneg)' }]);
  assert.equal(sentenceParts('Healthcare', ['Health']), [{ text: 'Healthcare' }]);
  assert.equal(sentenceParts('Dim Saesneg'), [{ text: 'Dim Saesneg' }]);
});

test.run();
