import { isObject } from '../schema-object.ts';
import { problem, questionName } from '../problem.ts';
import type { Rule } from '../rule.ts';

/** Staff must be told in plain words what to do when a mandatory question is unanswered. */
export const requiredMessage: Rule = (ctx) => ctx.questions
  .filter((q) => q.mandatory)
  .filter((q) => !isObject(q.schema['x-errors']) || typeof q.schema['x-errors'].required !== 'string')
  .map((q) => problem(q.pointer, 'checker.requiredMessage.missing', { name: questionName(q) }));
