/**
 * The checker's words: every problem is said by key (forms/locales/<lang>/checker.json) with params, so
 * one text per problem serves `form-engine validate` (English), the API (the caller's language) and the
 * editor (the page's language). Browser-safe: the bundle says problems with its own translator.
 */
import english from '../../forms/locales/en/checker.json' with { type: 'json' };
import { createTranslator, type Messages, type Translate } from '../i18n/translator.ts';
import type { DefinitionProblem, ProblemParam, ProblemWords } from '../types.ts';

export type { ProblemParam, ProblemWords };

const ENGLISH: Translate = createTranslator('en', english.messages as Messages);

export function words(key: string, params?: Readonly<Record<string, ProblemParam>>): ProblemWords {
  return params ? { key, params } : { key };
}

/** `said` in the language of `t`; words within its params are said first, in the same language. */
export function sayWords(t: Translate, said: ProblemWords): string {
  const params = Object.fromEntries(Object.entries(said.params ?? {})
    .map(([name, value]) => [name, typeof value === 'object' ? sayWords(t, value) : value]));
  return t(said.key, params);
}

export const inEnglish = (said: ProblemWords): string => sayWords(ENGLISH, said);

/** "a and b and c": words joining `items` (at least one), in the reader's language. */
export function joined(items: readonly ProblemParam[], join: 'and' | 'or'): ProblemParam {
  return items.reduce((first, last) => words(`checker.${join}`, { first, last }));
}

/** A problem's message in the language of `t`; one without a key (written before keys, or not the checker's) as written. */
export function sayProblem(t: Translate, problem: DefinitionProblem): string {
  return problem.code ? sayWords(t, words(problem.code, problem.params)) : problem.message;
}

/** The problems with their messages said in the language of `t`. */
export function problemsIn<T extends DefinitionProblem>(t: Translate, problems: readonly T[]): T[] {
  return problems.map((p) => (p.code ? { ...p, message: sayProblem(t, p) } : p));
}
