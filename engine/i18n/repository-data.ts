/**
 * The repository's own data in another language: forms/entries.json (the fields of handovers, events,
 * red flags and cancelling) and forms/roles.json (the role titles refusals name) are imported by the
 * engine, so the browser bundle carries them; their translations beside them are imported the same way.
 * A string missing from a translation, or translated from English that has since changed, stays English.
 */
import entries from '../../forms/entries.json' with { type: 'json' };
import entriesCy from '../../forms/entries.cy.json' with { type: 'json' };
import roles from '../../forms/roles.json' with { type: 'json' };
import rolesCy from '../../forms/roles.cy.json' with { type: 'json' };
import { DATA_TEXT } from './data-translation.ts';
import { DEFAULT_LANGUAGE, localiseStrings, stringsOf, type Language, type Translation, type TranslationLanguage } from './translation.ts';

export const ENTRIES_TRANSLATIONS: Partial<Record<TranslationLanguage, Translation>> = { cy: entriesCy as Translation };
export const ROLES_TRANSLATIONS: Partial<Record<TranslationLanguage, Translation>> = { cy: rolesCy as Translation };

const cache = new Map<string, unknown>();
function inLanguage<T>(name: 'entries' | 'roles', data: T, translations: Partial<Record<TranslationLanguage, Translation>>, language: Language): T {
  if (language === DEFAULT_LANGUAGE) return data;
  const key = `${name}:${language}`;
  if (!cache.has(key)) cache.set(key, localiseStrings(data, stringsOf(data, DATA_TEXT[name]), translations[language]));
  return cache.get(key) as T;
}

/** forms/entries.json with its labels, hints and nouns in `language`. */
export const entriesDataIn = (language: Language): typeof entries => inLanguage('entries', entries, ENTRIES_TRANSLATIONS, language);

/** A role's title in `language` ("staff carchardai"), as refusals name it; the code when it is not a role. */
export function roleTitleIn(code: string, language: Language): string {
  return inLanguage('roles', roles, ROLES_TRANSLATIONS, language).roles.find((role) => role.code === code)?.title ?? code;
}
