import { keywordProblem, questionName } from '../problem.ts';
import type { Rule } from '../rule.ts';
import { isObject } from '../schema-object.ts';
import { joined } from '../words.ts';

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
  const tests = joined(unmarked.map((k) => `"${k}"`), 'and');
  return [keywordProblem(q.pointer, 'x-prefill', 'checker.followUpPrefill.testsNotMarked', { name: questionName(q), tests, count: unmarked.length })];
});
