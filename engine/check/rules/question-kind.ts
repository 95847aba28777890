import { QUESTION_KINDS } from '../../vocabulary/index.ts';
import { didYouMean } from '../keywords.ts';
import { isKnownKind } from '../answer-values.ts';
import { keywordProblem, problem, questionName } from '../problem.ts';
import type { Rule } from '../rule.ts';

/** Every question says which kind it is, from the kinds the engine can show, and has a title. */
export const questionKind: Rule = (ctx) => ctx.questions.flatMap((q) => {
  const problems = [];
  if (q.kind === undefined) {
    problems.push(problem(q.pointer, `${questionName(q)} needs "x-kind": one of ${QUESTION_KINDS.join(', ')}`));
  } else if (!isKnownKind(q.kind)) {
    const kind = String(q.kind);
    problems.push(keywordProblem(q.pointer, 'x-kind', `unknown question kind "${kind}"${didYouMean(kind, QUESTION_KINDS)}; the kinds are ${QUESTION_KINDS.join(', ')}`));
  }
  if (q.schema.title === undefined) problems.push(problem(q.pointer, `${questionName(q)} needs a "title": the question as staff see it`));
  return problems;
});
