// The engine's complete example record of every form version passes; taking away any one mandatory
// answer makes exactly its section incomplete; every flag in the definitions is raised by its answer and
// only by it.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkAnswers, clearHiddenAnswers, compileForm, exampleAnswers, raisedFlags, sectionStatuses } from '../../engine/node.ts';
import type { Answers } from '../../engine/types.ts';
import { definitionFiles } from './load.ts';
import { allQuestions, answersShowing, choicesOf, pointer, removeAt, visibleMandatory } from './walk.ts';

for (const { form, version, definition } of definitionFiles()) {
  const id = `${form}/${version}`;
  const compiled = compileForm(definition);
  const complete = exampleAnswers(definition) as Answers;
  const sections = Object.keys(definition.properties);

  test(`${id}: the complete record has no invalid and no incomplete answer, every section complete`, () => {
    const check = checkAnswers(compiled, complete);
    assert.equal(check, { invalid: [], incomplete: [] });
    const statuses = sectionStatuses(compiled, complete, check);
    for (const section of sections) assert.is(statuses[section], 'complete', section);
  });

  const mandatory = visibleMandatory(definition, complete);
  test(`${id}: taking away any one of the ${mandatory.length} mandatory answers makes only its section incomplete`, () => {
    assert.ok(mandatory.length > 0, 'the example record answers mandatory questions');
    for (const path of mandatory) {
      const answers = structuredClone(complete);
      removeAt(answers, path);
      const { answers: cleared } = clearHiddenAnswers(compiled, answers);
      const check = checkAnswers(compiled, cleared);
      const where = pointer(path);
      assert.equal(check.invalid, [], `${where}: nothing invalid`);
      assert.ok(check.incomplete.some((e) => e.pointer === where && e.rule === 'required'), `${where} is reported missing`);
      const required = check.incomplete.find((e) => e.pointer === where)!;
      assert.ok(required.message.length > 0 && !/must have required property/.test(required.message), `${where}: plain message`);
      for (const error of check.incomplete) assert.is(error.section, path[0], `${where}: ${error.pointer} is in its section`);
      const statuses = sectionStatuses(compiled, cleared, check);
      for (const section of sections) {
        if (section === path[0]) assert.is.not(statuses[section], 'complete', `${where}: ${section} not complete`);
        else assert.is(statuses[section], 'complete', `${where}: ${section} still complete`);
      }
    }
  });

  const flagged = allQuestions(definition).filter((q) => q.schema['x-flags']);
  test(`${id}: each of the ${flagged.length} flagged questions raises its flags for their values and not for others`, () => {
    for (const question of flagged) {
      for (const flag of question.schema['x-flags']) {
        for (const value of flag.values) {
          const { answers, path } = answersShowing(complete, question, value);
          const raised = raisedFlags(compiled, answers as Answers);
          const at = pointer(path);
          assert.ok(
            raised.some((r) => r.pointer === at && r.level === flag.level && r.label === flag.label && r.value === value),
            `${at} = ${value} raises "${flag.label}" (${flag.level}); raised: ${JSON.stringify(raised.filter((r) => r.pointer === at))}`,
          );
        }
        const other = choicesOf(question.schema).find((c) => !flag.values.includes(c));
        if (other === undefined) continue;
        const { answers, path } = answersShowing(complete, question, other);
        const raised = raisedFlags(compiled, answers as Answers);
        assert.not.ok(raised.some((r) => r.pointer === pointer(path) && r.label === flag.label), `${pointer(path)} = ${other} does not raise "${flag.label}"`);
      }
    }
  });

  // The catalogue's "none"-type choices ("No action taken") stand alone: ticked with another, the answer is refused.
  const exclusive = allQuestions(definition).filter((q) => q.schema.items?.oneOf?.some((c: any) => c['x-exclusive']));
  test(`${id}: every "No action taken" choice is exclusive; ticking it with another choice is refused`, () => {
    const noneChoices = allQuestions(definition).filter((q) => q.schema.items?.oneOf?.some((c: any) => c.const === 'none'));
    assert.equal(exclusive.map((q) => q.key), noneChoices.map((q) => q.key));
    for (const question of exclusive) {
      const choices = question.schema.items.oneOf;
      const alone = choices.find((c: any) => c['x-exclusive']).const;
      const other = choices.find((c: any) => !c['x-exclusive']).const;
      const { answers, path } = answersShowing(complete, question, alone);
      const cleared = (a: unknown) => clearHiddenAnswers(compiled, a as Answers).answers;
      assert.equal(checkAnswers(compiled, cleared(answers)).invalid, [], `${pointer(path)} = [${alone}] alone is fine`);
      removeAt(answers, path);
      const together = answersShowing(answers, question, other);
      const list = together.path.reduce((at: any, segment) => at[segment], together.answers) as string[];
      list.push(alone);
      const invalid = checkAnswers(compiled, cleared(together.answers)).invalid;
      assert.equal(invalid.map((e) => [e.pointer, e.rule]), [[pointer(together.path), 'exclusive']]);
      assert.match(invalid[0]!.message, /on its own/);
    }
  });
}

test.run();
