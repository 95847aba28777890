import { problem, questionName } from '../problem.ts';
import type { Rule } from '../rule.ts';
import { isObject } from '../schema-object.ts';
import { joined } from '../words.ts';

/**
 * A list opened by a carried-over answer ("Do they take medication?" Yes) is carried over with it:
 * otherwise the new record says "Yes" above an empty list, and the reviewer cannot see what was meant.
 */
export const openedListPrefill: Rule = (ctx) => ctx.questions.flatMap((q) => {
  if (q.kind !== 'list' || q.schema['x-prefill'] === true || !q.followUpOf) return [];
  const condition = q.followUpOf.entry.if;
  const tested = isObject(condition) && isObject(condition.properties) ? Object.keys(condition.properties) : [];
  const carried = tested.filter((key) => q.scope.questions.find((other) => other.key === key)?.schema['x-prefill'] === true);
  if (carried.length === 0) return [];
  const openers = joined(carried.map((k) => `"${k}"`), 'and');
  return [problem(q.pointer, 'checker.openedListPrefill.listNotMarked', { name: questionName(q), openers, count: carried.length })];
});
