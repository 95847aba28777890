import { keywordProblem } from '../problem.ts';
import type { Rule } from '../rule.ts';
import { isObject } from '../schema-object.ts';
import { words } from '../words.ts';

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
    const where = rule.scope.kind === 'item' ? words('checker.pageFollowUps.inItem', { name: rule.scope.name }) : words('checker.pageFollowUps.inFollowUp');
    return [keywordProblem(at, 'x-page', 'checker.pageFollowUps.notSection', { where })];
  }
  const condition = rule.entry.if;
  const tested = isObject(condition) && isObject(condition.properties) ? Object.keys(condition.properties) : [];
  const opener = tested.length === 1 ? rule.scope.questions.find((q) => q.key === tested[0]) : undefined;
  if (!opener || opener.followUpOf) {
    return [keywordProblem(at, 'x-page', 'checker.pageFollowUps.opener', { section: rule.scope.name })];
  }
  return [];
});
