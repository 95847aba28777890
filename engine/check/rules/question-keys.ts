import type { QuestionNode } from '../context.ts';
import { problem, questionName } from '../problem.ts';
import type { Rule } from '../rule.ts';
import type { DefinitionProblem } from '../../types.ts';
import { words, type ProblemWords } from '../words.ts';

/** Question keys are stable identifiers carried across versions, used in pointers and generated types. */
export const KEY_PATTERN = /^[a-z][a-zA-Z0-9]*$/;

/**
 * Names every JavaScript object already has ("constructor", "toString", ...): answers are plain objects,
 * so a question with such a key would read as answered when it is not.
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

export function keyProblem(key: string): ProblemWords | undefined {
  if (!KEY_PATTERN.test(key)) return words('checker.key.pattern');
  if (RESERVED_KEYS.has(key)) return words('checker.key.reserved', { key });
  return undefined;
}

/**
 * Keys are camelCase, and unique in the whole form (answers are carried between versions by key);
 * list item fields need only be unique within their item.
 */
export const questionKeys: Rule = (ctx) => {
  const problems: DefinitionProblem[] = ctx.questions.flatMap((q) => {
    const wrong = keyProblem(q.key);
    return wrong ? [problem(q.pointer, 'checker.questionKeys.wrong', { name: questionName(q), wrong })] : [];
  });
  const formWide = ctx.scopes.filter((s) => s.kind === 'section').flatMap((s) => s.questions);
  problems.push(...duplicates(formWide, words('checker.questionKeys.inForm')));
  for (const item of ctx.scopes.filter((s) => s.kind === 'item')) problems.push(...duplicates(item.questions, words('checker.questionKeys.inItem', { name: item.name })));
  return problems;
};

function duplicates(questions: QuestionNode[], where: ProblemWords): DefinitionProblem[] {
  const first = new Map<string, QuestionNode>();
  const problems: DefinitionProblem[] = [];
  for (const question of questions) {
    const earlier = first.get(question.key);
    if (earlier) problems.push(problem(question.pointer, 'checker.questionKeys.twice', { key: question.key, where, earlier: earlier.pointer }));
    else first.set(question.key, question);
  }
  return problems;
}
