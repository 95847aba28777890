/**
 * The engine's own words (error messages a definition does not write, list counts, states, dates,
 * confirm blockers) come from forms/locales/<lang>/engine.json. Every function that makes a sentence
 * takes a `Translate` and defaults to English, so the engine stays pure: the server passes
 * translatorFor(locales, lang), the components their bundled translator.
 */
import english from '../../forms/locales/en/engine.json' with { type: 'json' };
import { createTranslator, type Messages, type Translate } from './translator.ts';

export const ENGLISH: Translate = createTranslator('en', english.messages as Messages);

/** "a or b or c", in the language of `t`. */
export function orList(items: readonly string[], t: Translate): string {
  return items.reduce((first, last) => t('engine.or', { first, last }));
}
