import type { QuestionNode } from '../context.ts';
import { problem, questionName } from '../problem.ts';
import type { Rule } from '../rule.ts';
import type { DefinitionProblem } from '../../types.ts';

/** Question keys are stable identifiers carried across versions, used in pointers and generated types. */
export const KEY_PATTERN = /^[a-z][a-zA-Z0-9]*$/;

/**
 * Names every JavaScript object already has ("constructor", "toString", ...): answers are plain objects,
 * so a question with such a key would read as answered when it is not.
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

export function keyProblem(key: string): string | undefined {
  if (!KEY_PATTERN.test(key)) return 'must start with a lower-case letter and contain only letters and digits (camelCase)';
  if (RESERVED_KEYS.has(key)) return `cannot be "${key}", a name every JavaScript object already has`;
  return undefined;
}

/**
 * Keys are camelCase, and unique in the whole form (answers are carried between versions by key);
 * list item fields need only be unique within their item.
 */
export const questionKeys: Rule = (ctx) => {
  const problems: DefinitionProblem[] = ctx.questions.flatMap((q) => {
    const wrong = keyProblem(q.key);
    return wrong ? [problem(q.pointer, `${questionName(q)}: a key ${wrong}`)] : [];
  });
  const formWide = ctx.scopes.filter((s) => s.kind === 'section').flatMap((s) => s.questions);
  problems.push(...duplicates(formWide, 'in the form'));
  for (const item of ctx.scopes.filter((s) => s.kind === 'item')) problems.push(...duplicates(item.questions, `in an item of list "${item.name}"`));
  return problems;
};

function duplicates(questions: QuestionNode[], where: string): DefinitionProblem[] {
  const first = new Map<string, QuestionNode>();
  const problems: DefinitionProblem[] = [];
  for (const question of questions) {
    const earlier = first.get(question.key);
    if (earlier) problems.push(problem(question.pointer, `question key "${question.key}" is used twice ${where} (also at ${earlier.pointer}); each question needs its own key`));
    else first.set(question.key, question);
  }
  return problems;
}
