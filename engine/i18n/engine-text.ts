/**
 * The engine's own words (error messages a definition does not write, list counts, states, dates,
 * confirm blockers) come from forms/locales/<lang>/engine.json. Every function that makes a sentence
 * takes a `Translate` and defaults to English, so the engine stays pure: the server passes
 * translatorFor(locales, lang), the components their bundled translator.
 */
import english from '../../forms/locales/en/engine.json' with { type: 'json' };
import { wordAfter, type Joiner } from './list-grammar.ts';
import { createTranslator, type Messages, type Translate } from './translator.ts';

export const ENGLISH: Translate = createTranslator('en', english.messages as Messages);

/**
 * "a, b or c" / "a, b and c" in the language of `t`: the last two joined by the language's word (its
 * before-a-vowel form where it has one, "ac" in Welsh), the word after it as the language reads it
 * there (list-grammar.ts), the rest by commas. The one list-joiner: the engine, the diff, the pages and
 * the components all join lists here.
 */
export function joinList(items: readonly string[], joiner: Joiner, t: Translate): string {
  if (items.length <= 1) return items[0] ?? '';
  const { word, beforeVowel } = wordAfter(t('engine.language'), joiner, items.at(-1)!);
  const key = joiner === 'or' ? 'engine.or' : beforeVowel ? 'engine.andBeforeVowel' : 'engine.and';
  return t(key, { first: items.slice(0, -1).join(', '), last: word });
}

/** "a, b or c", in the language of `t`. */
export const orList = (items: readonly string[], t: Translate): string => joinList(items, 'or', t);

/** "a, b and c", in the language of `t`. */
export const andList = (items: readonly string[], t: Translate): string => joinList(items, 'and', t);
