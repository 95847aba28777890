import { problem, questionName } from '../problem.ts';
import type { Rule } from '../rule.ts';
import { isObject } from '../schema-object.ts';

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
  const names = carried.map((k) => `"${k}"`).join(' and ');
  return [problem(q.pointer,
    `${questionName(q)} is a list opened by ${names}, which ${carried.length === 1 ? 'is' : 'are'} carried over ("x-prefill"), but the list is not: mark it with "x-prefill": true too, or a carried-over answer opens an empty list`)];
});
