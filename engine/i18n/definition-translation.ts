/**
 * Translating a form definition: which strings staff read (section and question titles, hints, choice
 * titles and hints, error messages, flag labels, list item titles and nouns, the form's title and its
 * event types), whether a translation gives them all, and the definition in another language. The
 * localised definition keeps every code, key, rule and limit, so the engine's model, view model,
 * messages and print read it unchanged and its answers validate exactly as the English one's.
 */
import { quotedTitle } from '../messages.ts';
import { checkStrings, localiseStrings, stringsOf, type TextPolicy, type TranslatableString, type Translation, type TranslationCheck } from './translation.ts';

export const DEFINITION_TEXT: TextPolicy = {
  // title and description: the form, sections, questions, choices (oneOf) and event types; label: x-flags;
  // itemTitle, itemNoun, itemNounPlural: x-list. A question key never reaches these: its value is a schema.
  text: ['title', 'description', 'label', 'itemTitle', 'itemNoun', 'itemNounPlural'],
  messages: ['x-errors'],
  // Conditions compare answers with codes; nothing in them is shown.
  skip: ['if'],
};

export function translatableStrings(definition: unknown): TranslatableString[] {
  return stringsOf(definition, DEFINITION_TEXT);
}

export function checkTranslation(definition: unknown, translation: Translation): TranslationCheck {
  return checkStrings(translatableStrings(definition), translation);
}

/** The definition with the translation's strings in place; the definition itself when there is no translation. */
export function localiseDefinition<T>(definition: T, translation: Translation | undefined): T {
  return localiseStrings(definition, translatableStrings(definition), translation);
}

/**
 * The texts staff read in `localised` that are still the English ones at the same place in `english`
 * (not translated, or translated before the English changed), so a page in another language can mark
 * them lang="en" (WCAG 3.1.2); each also as a message quotes it (without its question mark). Every text
 * when `localised` is the English definition itself. A text without a letter ("1", "100") is no
 * language's, and marking it would cut numbers out of Welsh sentences.
 */
export function textsLeftInEnglish(english: unknown, localised: unknown): string[] {
  const localisedAt = new Map(translatableStrings(localised).map((s) => [s.pointer, s.en]));
  const left = translatableStrings(english).filter((s) => localisedAt.get(s.pointer) === s.en && /\p{L}/u.test(s.en));
  return [...new Set(left.flatMap((s) => [s.en, quotedTitle(s.en)]))];
}
