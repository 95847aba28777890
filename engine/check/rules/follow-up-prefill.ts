import { keywordProblem, questionName } from '../problem.ts';
import type { Rule } from '../rule.ts';
import { isObject } from '../schema-object.ts';

/**
 * A carried-over follow-up survives only if its condition still holds in the new record, which needs
 * the answers it tests carried over too: otherwise it is dropped as hidden, and the mark does nothing.
 */
export const followUpPrefill: Rule = (ctx) => ctx.questions.flatMap((q) => {
  if (q.schema['x-prefill'] !== true || !q.followUpOf) return [];
  const condition = q.followUpOf.entry.if;
  const tested = isObject(condition) && isObject(condition.properties) ? Object.keys(condition.properties) : [];
  const unmarked = tested.filter((key) => {
    const parent = q.scope.questions.find((other) => other.key === key);
    return parent !== undefined && parent.schema['x-prefill'] !== true;
  });
  if (unmarked.length === 0) return [];
  const names = unmarked.map((k) => `"${k}"`).join(' and ');
  return [keywordProblem(q.pointer, 'x-prefill',
    `${questionName(q)} is marked "x-prefill", but ${names}, which its condition tests, ${unmarked.length === 1 ? 'is' : 'are'} not: mark ${names} with "x-prefill": true too, or the carried-over answer is dropped as hidden`)];
});
