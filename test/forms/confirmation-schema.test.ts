// The generated whole-record confirmation schema of every definition, run by a plain JSON Schema
// validator (ajv with standard formats, no form vocabulary), agrees with the engine: it accepts the
// complete example record, and refuses it with any one mandatory answer taken away, a blank answer, a
// section missing, or a choice that stands alone ticked with another.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { checkAnswers, clearHiddenAnswers, compileForm, exampleAnswers } from '../../engine/node.ts';
import { confirmationSchema } from '../../engine/schemas/confirmation.ts';
import type { Answers } from '../../engine/types.ts';
import { definitionFiles } from './load.ts';
import { allQuestions, answersShowing, removeAt, visibleMandatory } from './walk.ts';

const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule.default }).default;

function plainValidator(schema: object) {
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

for (const { form, version, definition } of definitionFiles()) {
  const id = `${form}/${version}`;
  const engine = compileForm(definition);
  const confirmable = (answers: unknown) => {
    const check = checkAnswers(engine, answers);
    return check.invalid.length === 0 && check.incomplete.length === 0;
  };
  const schema = confirmationSchema(definition);
  const validate = plainValidator(schema);
  const complete = exampleAnswers(definition) as Answers;

  test(`${id}: the confirmation schema has no x-* keyword and requires the sections that must be complete`, () => {
    assert.not.match(JSON.stringify(schema), /"x-[a-z]+"\s*:/);
    const must = Object.entries<any>(definition.properties).filter(([, s]) => s['x-section'].requiredForConfirmation).map(([k]) => k);
    assert.equal(schema.required, must);
  });

  test(`${id}: a plain validator and the engine agree on the complete record and on each one left incomplete`, () => {
    assert.ok(confirmable(complete) && validate(complete), JSON.stringify(validate.errors?.slice(0, 3)));
    const mandatory = visibleMandatory(definition, complete);
    for (const path of mandatory) {
      const answers = structuredClone(complete);
      removeAt(answers, path);
      const cleared = clearHiddenAnswers(engine, answers).answers;
      assert.not.ok(confirmable(cleared), `engine: without ${path.join('/')}`);
      assert.not.ok(validate(cleared), `schema: without ${path.join('/')}`);
    }
    for (const section of schema.required as string[]) {
      const { [section]: _gone, ...rest } = complete;
      assert.is(validate(rest), confirmable(rest), `without section ${section}`);
    }
  });

  const texts = allQuestions(definition).filter((q) => !q.list && ['text', 'longText'].includes(q.schema['x-kind']));
  test(`${id}: a blank text answer is no answer to both`, () => {
    for (const q of texts) {
      const shown = answersShowing(complete, q, '   ');
      const mandatoryHere = visibleMandatory(definition, shown.answers).some((p) => p.join('/') === shown.path.join('/'));
      if (mandatoryHere) assert.not.ok(confirmable(shown.answers), `engine: blank ${q.key}`);
      assert.not.ok(validate(shown.answers), `schema: blank ${q.key} (stored answers are never blank)`);
    }
  });

  const exclusive = allQuestions(definition).filter((q) => q.schema.items?.oneOf?.some((c: any) => c['x-exclusive']));
  test(`${id}: a choice that stands alone, ticked with another, is refused by both`, () => {
    for (const q of exclusive) {
      const alone = q.schema.items.oneOf.find((c: any) => c['x-exclusive']).const;
      const other = q.schema.items.oneOf.find((c: any) => !c['x-exclusive']).const;
      const { answers, path } = answersShowing(complete, q, other);
      (path.reduce((at: any, segment) => at[segment], answers) as string[]).push(alone);
      assert.not.ok(confirmable(answers), `engine: ${q.key}`);
      assert.not.ok(validate(answers), `schema: ${q.key}`);
    }
  });
}

test.run();
