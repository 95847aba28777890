/**
 * The service's interface text, read once: like compiled definitions it never changes while the server
 * runs. Locale files with problems stop the server at its first page rather than showing raw keys.
 */
import type { Translate } from '../../engine/i18n/translator.ts';
import { readLocales, translatorFor, type Locales } from './locales.ts';

let loaded: Locales | undefined;
const translators = new Map<string, Translate>();

export function serviceLocales(): Locales {
  if (loaded) return loaded;
  const { locales, problems } = readLocales();
  if (!locales) throw new Error(`forms/locales: ${problems.map((p) => `${p.path}${p.pointer}: ${p.message}`).join('; ')}`);
  loaded = locales;
  return locales;
}

/** The translator of a language the service speaks (the default language for any other code). */
export function translator(lang: string): Translate {
  let t = translators.get(lang);
  if (!t) {
    t = translatorFor(serviceLocales(), lang);
    translators.set(lang, t);
  }
  return t;
}

/** Whether the service speaks `code`; anything else (an unknown code, an array, an object) is not a language. */
export function isLanguage(code: unknown): code is string {
  return typeof code === 'string' && serviceLocales().messages.has(code);
}
