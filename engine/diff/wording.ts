/**
 * The diff in the reader's language, titles included. Changes are found on the English definitions (a
 * translation holds words only, and a reviewer may correct it without a new version), while sentences
 * quote each version's titles, hints and labels from its translation. A version without one borrows
 * the other version's for the strings it has unchanged (same pointer, same English: the translation was
 * made of exactly that text); any string still without a translation is quoted in English, marked in
 * the sentence (diff.quoteEnglish) and listed in the diff's `inEnglish`, so pages can mark it lang="en".
 */
import { checkTranslation, localiseDefinition, translatableStrings } from '../i18n/definition-translation.ts';
import { DEFAULT_LANGUAGE, type Translation } from '../i18n/translation.ts';
import { readFormModel, type FormModel } from '../model.ts';
import type { Translate } from './text.ts';

export interface DiffTranslations {
  from?: Translation;
  to?: Translation;
}

const ENGLISH_TWIN = new WeakMap<object, object>();

/** The English original of a part of a translated model (itself for an English one): what the definition says, to compare. */
export function source<T extends object>(shown: T): T {
  return (ENGLISH_TWIN.get(shown) as T | undefined) ?? shown;
}

/** Pairs each object of the translated model with the English one at the same place: both are read from the same definition, words apart. */
function pair(shown: unknown, english: unknown, seen: Set<object>): void {
  if (typeof shown !== 'object' || shown === null || typeof english !== 'object' || english === null || seen.has(shown)) return;
  seen.add(shown);
  ENGLISH_TWIN.set(shown, english);
  if (shown instanceof Map) {
    for (const [key, value] of shown) pair(value, (english as Map<unknown, unknown>).get(key), seen);
    return;
  }
  for (const [key, value] of Object.entries(shown)) pair(value, (english as Record<string, unknown>)[key], seen);
}

interface ShownVersion {
  model: FormModel;
  /** The English strings the translation does not give (or gave for English since changed). */
  untranslated: string[];
}

function shownVersion(definition: unknown, translation: Translation | undefined): ShownVersion {
  if (!translation) return { model: readFormModel(definition), untranslated: translatableStrings(definition).map((s) => s.en) };
  const { missing, stale } = checkTranslation(definition, translation);
  const model = readFormModel(localiseDefinition(definition, translation));
  pair(model, readFormModel(definition), new Set());
  return { model, untranslated: [...missing.map((s) => s.en), ...stale.map((s) => s.now)] };
}

/** The two versions to word the diff with, or undefined when it reads in English (the definitions' own language). */
export function shownVersions(from: unknown, to: unknown, translations: DiffTranslations | undefined, t: Translate): { from: ShownVersion; to: ShownVersion } | undefined {
  if (!translations || t('engine.language') === DEFAULT_LANGUAGE) return undefined;
  const language = t('engine.language');
  const own = (translation: Translation | undefined) => (translation?.language === language ? translation : undefined);
  const [fromTranslation, toTranslation] = [own(translations.from), own(translations.to)];
  return { from: shownVersion(from, fromTranslation ?? toTranslation), to: shownVersion(to, toTranslation ?? fromTranslation) };
}

/** `t` with a quoted English string marked as English where it happens ("‘Health’ (yn Saesneg)"). */
export function markingEnglish(t: Translate, english: ReadonlySet<string>): Translate {
  return (key, params) => (key === 'diff.quote' && english.has(String(params?.text)) ? t('diff.quoteEnglish', params) : t(key, params));
}
