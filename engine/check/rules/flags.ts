import { canTake, choiceValues, describeValues } from '../answer-values.ts';
import { childPointer } from '../../pointer.ts';
import { keywordProblem, problem, questionName } from '../problem.ts';
import type { Rule } from '../rule.ts';
import { isObject } from '../schema-object.ts';
import { isKnownKind } from '../answer-values.ts';

/** Flags are raised by choice answers, so a flag only names values the question can take. */
export const flags: Rule = (ctx) => ctx.questions.flatMap((q) => {
  const rules = q.schema['x-flags'];
  if (!Array.isArray(rules) || !isKnownKind(q.kind)) return [];
  if (!choiceValues(q)) return [keywordProblem(q.pointer, 'x-flags', 'checker.flags.notChoice', { kind: String(q.kind) })];
  return rules.flatMap((rule, index) => {
    if (!isObject(rule) || !Array.isArray(rule.values)) return [];
    const valuesPointer = childPointer(childPointer(childPointer(q.pointer, 'x-flags'), index), 'values');
    return rule.values.flatMap((value, i) => (canTake(q, value) ? [] : [problem(childPointer(valuesPointer, i),
      'checker.flags.impossibleValue', { value: JSON.stringify(value), name: questionName(q), values: describeValues(q) })]));
  });
});
