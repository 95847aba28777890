import { keywordProblem, questionName } from '../problem.ts';
import type { Rule } from '../rule.ts';

/** An item field is carried over only as part of a carried-over list: marking the field alone does nothing. */
export const listPrefill: Rule = (ctx) => ctx.questions
  .filter((q) => q.scope.kind === 'item' && q.schema['x-prefill'] === true && q.scope.list?.schema['x-prefill'] !== true)
  .map((q) => keywordProblem(q.pointer, 'x-prefill', 'checker.listPrefill.listNotMarked', { name: questionName(q), list: q.scope.name }));
