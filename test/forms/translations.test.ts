// Every translation shipped beside a definition or data file is complete and current, says honestly who
// has checked it, and gives a Welsh form the engine reads exactly as the English one: the same answers
// pass and fail by the same rules, and a complete record reads in Welsh with its answers still codes.
// Forms and versions are discovered: one without a translation is English only, which is allowed.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildViewModel, checkAnswers, checkTranslation, compileForm, createRecord, exampleAnswers, formFromPrecompiled, localiseDefinition,
  translatableStrings, type QuestionView, type Translation,
} from '../../engine/node.ts';
import { checkStrings, DATA_TEXT, stringsOf, TRANSLATED_DATA } from '../../engine/i18n/index.ts';
import { checkDefinition } from '../../engine/check/index.ts';
import { definitionFiles, formsDir, readJson } from './load.ts';

const HONEST_REVIEW = /review/i;

/** Every question view, follow-ups and list item questions included. */
function everyQuestion(questions: QuestionView[]): QuestionView[] {
  return questions.flatMap((q) => [
    q, ...everyQuestion(q.followUps), ...everyQuestion((q.choices ?? []).flatMap((c) => c.followUps)),
    ...everyQuestion((q.list?.items ?? []).flatMap((item) => item.questions)),
  ]);
}

for (const { form, version, path, definition } of definitionFiles()) {
  const translationPath = path.replace(/\.json$/, '.cy.json');
  if (!existsSync(translationPath)) continue;
  const id = `${form}/${version}.cy`;
  const translation = readJson<Translation>(translationPath);

  test(`${id}: complete and current (nothing missing, extra or stale), and says who has reviewed it`, () => {
    assert.equal(checkTranslation(definition, translation), { missing: [], extra: [], stale: [] });
    assert.is(translation.language, 'cy');
    assert.match(translation.review, HONEST_REVIEW);
  });

  test(`${id}: the Welsh definition passes the checker and keeps every code; answers check the same in both languages`, () => {
    const welshDefinition = localiseDefinition(definition, translation);
    assert.equal(checkDefinition(welshDefinition), []);
    const english = compileForm(definition);
    const welsh = formFromPrecompiled(welshDefinition, english.validate);
    const complete = exampleAnswers(definition);
    const { [Object.keys(complete)[0]!]: _dropped, ...partial } = complete;
    for (const answers of [complete, partial, {}]) {
      const shape = (form: typeof english) => {
        const result = checkAnswers(form, answers, { now: '2026-12-03T10:00:00Z' });
        return [...result.invalid, ...result.incomplete].map((e) => `${e.pointer} ${e.rule}`).sort();
      };
      assert.equal(shape(welsh), shape(english));
    }
  });

  test(`${id}: a complete record reads in Welsh: every label and chosen answer from the translation, the stored answers unchanged`, () => {
    const english = compileForm(definition);
    const welsh = formFromPrecompiled(localiseDefinition(definition, translation), english.validate);
    const answers = exampleAnswers(definition);
    const record = createRecord(english, {
      id: 'r1', move: { id: 'm1', type: 'court', from: 'CFI', to: 'CFCC', date: '2026-12-03' }, person: { id: 'p1', name: 'Sam Jones', dateOfBirth: '1990-01-01' },
      prefill: { answers, marks: {} },
    }, { user: 'prison', roles: ['prison'] }, '2026-12-03T09:00:00Z');
    const inEnglish = everyQuestion(buildViewModel(english, record).sections.flatMap((s) => s.questions));
    const inWelsh = everyQuestion(buildViewModel(welsh, record).sections.flatMap((s) => s.questions));
    const welshWords = new Set(Object.values(translation.strings).map((s) => s.cy));
    assert.ok(inWelsh.filter((q) => q.value !== undefined).length >= Object.keys(answers).length, 'the record is filled in');
    assert.equal(inWelsh.map((q) => [q.pointer, q.value]), inEnglish.map((q) => [q.pointer, q.value]), 'same questions, same stored codes');
    for (const q of inWelsh) {
      assert.ok(welshWords.has(q.label), `${q.pointer}: “${q.label}” is from the translation`);
      if (q.kind === 'singleChoice' && typeof q.value === 'string') assert.ok(welshWords.has(q.displayValue!), `${q.pointer}: the chosen answer reads in Welsh`);
    }
  });
}

for (const name of TRANSLATED_DATA) {
  const translationPath = join(formsDir, `${name}.cy.json`);
  if (!existsSync(translationPath) || !existsSync(join(formsDir, `${name}.json`))) continue;
  test(`${name}.cy: complete and current, and says who has reviewed it`, () => {
    const translation = readJson<Translation>(translationPath);
    const strings = stringsOf(readJson(join(formsDir, `${name}.json`)), DATA_TEXT[name]);
    assert.equal(checkStrings(strings, translation), { missing: [], extra: [], stale: [] });
    assert.match(translation.review, HONEST_REVIEW);
  });
}

test('every definition shipped in this repository has a Welsh translation (the forms folder under test may hold English-only ones)', () => {
  if (process.env.FORMS_DIR) return;
  const untranslated = definitionFiles().filter((f) => !existsSync(f.path.replace(/\.json$/, '.cy.json'))).map((f) => `${f.form}/${f.version}`);
  assert.equal(untranslated, []);
  assert.ok(translatableStrings(definitionFiles()[0]!.definition).length > 0);
});

test.run();
