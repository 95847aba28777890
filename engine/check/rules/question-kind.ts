import { QUESTION_KINDS } from '../../vocabulary/index.ts';
import { suggestion } from '../keywords.ts';
import { isKnownKind } from '../answer-values.ts';
import { keywordProblem, problem, questionName } from '../problem.ts';
import type { Rule } from '../rule.ts';

/** Every question says which kind it is, from the kinds the engine can show, and has a title. */
export const questionKind: Rule = (ctx) => ctx.questions.flatMap((q) => {
  const problems = [];
  if (q.kind === undefined) {
    problems.push(problem(q.pointer, 'checker.questionKind.missing', { name: questionName(q), kinds: QUESTION_KINDS.join(', ') }));
  } else if (!isKnownKind(q.kind)) {
    const kind = String(q.kind);
    problems.push(keywordProblem(q.pointer, 'x-kind', 'checker.questionKind.unknown', { kind, suggestion: suggestion(kind, QUESTION_KINDS), kinds: QUESTION_KINDS.join(', ') }));
  }
  if (q.schema.title === undefined) problems.push(problem(q.pointer, 'checker.questionKind.noTitle', { name: questionName(q) }));
  return problems;
});
