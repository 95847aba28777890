import { keywordProblem } from '../problem.ts';
import type { Rule } from '../rule.ts';

/**
 * A pattern must be a valid regular expression, and needs a maxLength beside it: without one, a long
 * answer makes the pattern's run time (and the record) unbounded.
 */
export const pattern: Rule = (ctx) => ctx.nodes.flatMap(({ schema, pointer }) => {
  if (typeof schema.pattern !== 'string') return [];
  const problems = [];
  try {
    new RegExp(schema.pattern, 'u');
  } catch (error) {
    problems.push(keywordProblem(pointer, 'pattern', 'checker.pattern.invalid', { detail: (error as Error).message }));
  }
  if (schema.maxLength === undefined) problems.push(keywordProblem(pointer, 'pattern', 'checker.pattern.maxLength'));
  return problems;
});
