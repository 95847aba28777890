import { childPointer } from '../../pointer.ts';
import { keywordProblem, problem, questionName } from '../problem.ts';
import type { Rule } from '../rule.ts';
import { isObject } from '../schema-object.ts';
import type { DefinitionProblem } from '../../types.ts';

/**
 * An exclusive choice ("No action taken") is ticked on its own. keyword-placement.ts keeps "x-exclusive"
 * on the choices of multipleChoice questions; this rule keeps such a question answerable both ways.
 */
export const exclusiveChoices: Rule = (ctx) => ctx.questions.flatMap((q) => {
  if (q.kind !== 'multipleChoice' || !isObject(q.schema.items) || !Array.isArray(q.schema.items.oneOf)) return [];
  const choices = q.schema.items.oneOf.filter(isObject);
  const exclusive = choices.filter((c) => c['x-exclusive'] === true);
  if (exclusive.length === 0) return [];
  const problems: DefinitionProblem[] = [];
  if (exclusive.length === choices.length) {
    problems.push(problem(childPointer(childPointer(q.pointer, 'items'), 'oneOf'),
      `every choice of ${questionName(q)} is "x-exclusive", so no two could be ticked: mark only the choice that stands alone, such as "none"`));
  }
  if (typeof q.schema.minItems === 'number' && q.schema.minItems > 1) {
    problems.push(keywordProblem(q.pointer, 'minItems',
      `${questionName(q)} has an "x-exclusive" choice, which is ticked on its own, so "minItems" (${q.schema.minItems}) above 1 would refuse it`));
  }
  return problems;
});
