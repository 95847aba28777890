import type { DefinitionProblem } from '../types.ts';
import { childPointer } from '../pointer.ts';
import { inEnglish, words, type ProblemParam, type ProblemWords } from './words.ts';

type Params = Readonly<Record<string, ProblemParam>>;

/** A problem by key (forms/locales/<lang>/checker.json): its message in English until said in a reader's language. */
export function problem(pointer: string, key: string, params?: Params): DefinitionProblem {
  const said = words(key, params);
  return { pointer, code: key, ...(params ? { params } : {}), message: inEnglish(said) };
}

/** A problem with one keyword of the schema at `pointer`. */
export function keywordProblem(pointer: string, keyword: string, key: string, params?: Params): DefinitionProblem {
  return problem(childPointer(pointer, keyword), key, params);
}

/** `question "<key>"`, or `field "<key>" of list "<list key>"`: how messages name a question. */
export function questionName(question: { key: string; scope: { kind: string; name: string } }): ProblemWords {
  return question.scope.kind === 'item'
    ? words('checker.name.field', { key: question.key, list: question.scope.name })
    : words('checker.name.question', { key: question.key });
}

/** A definition the checker passed that still does not compile: ajv's own words stay as ajv wrote them. */
export function compileProblem(error: unknown): DefinitionProblem {
  return problem('', 'checker.compile.failed', { detail: error instanceof Error ? error.message : String(error) });
}
