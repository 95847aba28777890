// A save checks only its section: checkSection must say exactly what the whole-record check says about
// that section, and a record's derived state must be what its confirmation blockers say, for every form
// in forms/ and the engine fixtures, on complete, empty, incomplete and broken answers.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  checkAnswers, checkSection, compileForm, confirmationBlockers, createRecord, derivedState, exampleAnswers,
  type Answers, type CompiledForm, type FormRecord,
} from '../../engine/node.ts';
import { definitionFiles } from '../forms/load.ts';
import { answerSets } from './answer-sets.ts';
import { loadDefinition, NOW, prison } from './helpers.ts';

const forms: CompiledForm[] = [
  ...definitionFiles().map((file) => compileForm(file.definition)),
  compileForm(loadDefinition('fixture-move', '1.0.0')), compileForm(loadDefinition('fixture-move', '2.0.0')), compileForm(loadDefinition('fixture-health', '1.0.0')),
];

const recordWith = (form: CompiledForm, answers: unknown, prefill: FormRecord['prefill'] = {}): FormRecord => ({
  ...createRecord(form, { id: 'r1', move: { id: 'm1', type: 'court', from: 'AAA', to: 'BBB', date: '2025-03-03' }, person: { id: 'p1', name: 'Sam Smith', dateOfBirth: '1990-01-01' } }, prison, NOW),
  answers: answers as Answers, prefill, state: 'draft',
});

for (const form of forms) {
  test(`${form.name} ${form.version}: a section's own check finds exactly what the whole-record check finds in it`, () => {
    assert.ok(form.sectionValidators, 'a compiled form has a validator per section');
    for (const [name, answers] of answerSets(form)) {
      const whole = checkAnswers(form, answers, { now: NOW });
      for (const section of form.model.sections) {
        const own = checkSection(form, answers, section.key, { now: NOW });
        assert.equal(own, {
          invalid: whole.invalid.filter((e) => e.section === section.key),
          incomplete: whole.incomplete.filter((e) => e.section === section.key),
        }, `${name}, section ${section.key}`);
      }
    }
  });

  test(`${form.name} ${form.version}: the derived state is complete exactly when nothing blocks confirmation`, () => {
    const first = form.model.sections[0]!;
    const unreviewed = { [`/${first.key}/${[...first.byKey.keys()][0]}`]: { from: 'old', needsReview: true } } as unknown as FormRecord['prefill'];
    for (const [name, answers] of answerSets(form)) {
      for (const prefill of [{}, unreviewed]) {
        const record = recordWith(form, answers, prefill);
        const blocked = confirmationBlockers(form, record, undefined, checkAnswers(form, answers, { now: NOW })).length > 0;
        assert.is(derivedState(form, record, NOW), blocked ? 'draft' : 'complete', `${name}${prefill === unreviewed ? ', with an answer to review' : ''}`);
      }
    }
  });
}

test('the complete example of a form derives as complete (the equivalence above is not only ever "draft")', () => {
  const completes = forms.filter((form) => derivedState(form, recordWith(form, exampleAnswers(form.definition)), NOW) === 'complete');
  assert.ok(completes.length > 0);
});

test.run();
