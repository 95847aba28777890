import { keywordProblem } from '../problem.ts';
import type { Rule } from '../rule.ts';
import { isObject } from '../schema-object.ts';

/**
 * Follow-ups on their own page (x-page) come after the question page of a section, opened by one answer
 * on it: so only on a rule of the section itself (not inside a list item or another follow-up, which
 * have no page of their own), whose `if` tests one question that is always shown.
 */
export const pageFollowUps: Rule = (ctx) => ctx.conditions.flatMap((rule) => {
  const then = rule.entry.then;
  if (!isObject(then) || then['x-page'] === undefined) return [];
  const at = `${rule.pointer}/then`;
  if (rule.scope.kind !== 'section' || rule.parent) {
    const where = rule.scope.kind === 'item' ? `in the items of list "${rule.scope.name}"` : 'inside another follow-up';
    return [keywordProblem(at, 'x-page', `"x-page" is used only on a follow-up rule of a section itself, not ${where}: these follow-ups show under the answer that opens them`)];
  }
  const condition = rule.entry.if;
  const tested = isObject(condition) && isObject(condition.properties) ? Object.keys(condition.properties) : [];
  const opener = tested.length === 1 ? rule.scope.questions.find((q) => q.key === tested[0]) : undefined;
  if (!opener || opener.followUpOf) {
    return [keywordProblem(at, 'x-page', `"x-page" needs an "if" that tests one question always shown in section "${rule.scope.name}": the answer on the question page that leads to the follow-ups' page`)];
  }
  return [];
});
