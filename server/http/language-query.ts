/**
 * `?lang=` on the API routes that serve words staff read (definitions, locations, move types): "en" or
 * a language the forms folder has translations in. Left out, the words come in English; anything else
 * is refused naming the field, never silently served in English.
 */
import { DEFAULT_LANGUAGE, LANGUAGES, isLanguage, type Language } from '../../engine/i18n/index.ts';
import { refused, words } from './errors.ts';

export const LANG_QUERY = { name: 'lang', description: `The language of the words: ${LANGUAGES.join(' or ')} (default ${DEFAULT_LANGUAGE}); answers and codes are the same in every language`, required: false };

export function queryLanguage(query: Record<string, unknown>): Language {
  const value = query.lang;
  if (value === undefined) return DEFAULT_LANGUAGE;
  if (isLanguage(value)) return value;
  throw refused('lang', words('api.lang.unknown', { field: 'lang', languages: LANGUAGES.join(', ') }));
}
