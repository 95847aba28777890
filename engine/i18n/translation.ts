/**
 * Translations as data: a file beside the English document (`forms/per/2.0.0.cy.json` beside
 * `forms/per/2.0.0.json`, `forms/entries.cy.json` beside `forms/entries.json`) maps the JSON pointer of
 * every string staff read to the English it was translated from and its translation. Keeping the English
 * lets a check tell a string changed since it was translated (stale) from one never translated (missing)
 * and from one whose place no longer exists (extra). Codes (answers, const, enum) are never translated,
 * so a record filled in one language reads in the other. Pure and browser-safe.
 */
import languages from '../../forms/locales/languages.json' with { type: 'json' };
import { parsePointer, toPointer } from '../pointer.ts';

/**
 * The languages the service speaks, from forms/locales/languages.json (the interface text's list, so
 * pages, components and forms agree). Every document is written in the default language, English; a
 * translation may be written in any other.
 */
export type Language = string;
export type TranslationLanguage = string;
export const DEFAULT_LANGUAGE: Language = languages.default;
export const LANGUAGES: readonly Language[] = languages.languages.map((language) => language.code);
export const TRANSLATION_LANGUAGES: readonly TranslationLanguage[] = LANGUAGES.filter((code) => code !== DEFAULT_LANGUAGE);

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && LANGUAGES.includes(value);
}

/** One translated string: the English it was translated from, and the translation under its language code. */
export type TranslatedString = { en: string } & Record<string, string | undefined>;

export interface Translation {
  language: TranslationLanguage;
  /** Who has checked it, honestly: "draft, awaits review by a Welsh speaker" until one has. */
  review: string;
  /** By JSON pointer into the English document. */
  strings: Record<string, TranslatedString>;
}

/** A string staff read, where it is in the document. */
export interface TranslatableString {
  pointer: string;
  en: string;
}

/**
 * Which strings of a kind of document staff read. `text` keys hold a string to translate wherever
 * they appear; every string value of a `messages` key is one (x-errors: rule -> message); nothing under
 * a `skip` key is (conditions hold codes, not words).
 */
export interface TextPolicy {
  text: readonly string[];
  messages?: readonly string[];
  skip?: readonly string[];
}

export interface TranslationCheck {
  /** Strings staff read that the translation does not give. */
  missing: TranslatableString[];
  /** Pointers translated that are not (or no longer) a string staff read. */
  extra: TranslatableString[];
  /** Strings whose English changed since they were translated: `was` is the English translated, `now` the English today. */
  stale: { pointer: string; was: string; now: string }[];
}

/** Every string staff read in `document`, in document order. */
export function stringsOf(document: unknown, policy: TextPolicy): TranslatableString[] {
  const found: TranslatableString[] = [];
  const text = new Set(policy.text);
  const messages = new Set(policy.messages ?? []);
  const skip = new Set(policy.skip ?? []);
  const walk = (node: unknown, path: (string | number)[]): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => walk(item, [...path, index]));
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (skip.has(key)) continue;
      if (typeof value === 'string') {
        if (text.has(key)) found.push({ pointer: toPointer([...path, key]), en: value });
      } else if (messages.has(key) && typeof value === 'object' && value !== null && !Array.isArray(value)) {
        for (const [rule, message] of Object.entries(value)) {
          if (typeof message === 'string') found.push({ pointer: toPointer([...path, key, rule]), en: message });
        }
      } else {
        walk(value, [...path, key]);
      }
    }
  };
  walk(document, []);
  return found;
}

/** What `translation` lacks, has too many of, or translated from English that has since changed. */
export function checkStrings(strings: readonly TranslatableString[], translation: Translation): TranslationCheck {
  const result: TranslationCheck = { missing: [], extra: [], stale: [] };
  const wanted = new Map(strings.map((s) => [s.pointer, s.en]));
  for (const { pointer, en } of strings) {
    const given = translation.strings[pointer];
    if (!given || typeof given[translation.language] !== 'string' || given[translation.language] === '') result.missing.push({ pointer, en });
    else if (given.en !== en) result.stale.push({ pointer, was: given.en, now: en });
  }
  for (const [pointer, given] of Object.entries(translation.strings)) {
    if (!wanted.has(pointer)) result.extra.push({ pointer, en: given.en });
  }
  return result;
}

/**
 * A copy of `document` with each string staff read in the translation's language. A string whose
 * English changed since it was translated stays in English: an out-of-date translation could say
 * something the form no longer asks. Missing strings stay in English too; nothing else changes.
 */
export function localiseStrings<T>(document: T, strings: readonly TranslatableString[], translation: Translation | undefined): T {
  if (!translation) return document;
  const copy = structuredClone(document) as unknown;
  for (const { pointer, en } of strings) {
    const given = translation.strings[pointer];
    const text = given?.[translation.language];
    if (given && given.en === en && typeof text === 'string' && text !== '') setAt(copy, pointer, text);
  }
  return copy as T;
}

/** Writes `value` at an existing pointer (every pointer here came from walking the same document). */
function setAt(document: unknown, pointer: string, value: string): void {
  const tokens = parsePointer(pointer);
  const last = tokens.pop()!;
  let node = document as Record<string, unknown>;
  for (const token of tokens) node = node[token] as Record<string, unknown>;
  node[last] = value;
}

/** A translation's file beside its document: translationFileName("2.0.0.json", "cy") -> "2.0.0.cy.json". */
export function translationFileName(documentFileName: string, language: TranslationLanguage): string {
  return documentFileName.replace(/\.json$/, `.${language}.json`);
}

/** The language of a translation file's name ("2.0.0.cy.json" -> "cy"); undefined for any other file. */
export function translationLanguageOf(fileName: string): TranslationLanguage | undefined {
  const match = /\.([a-z]{2,3})\.json$/.exec(fileName);
  const language = match?.[1];
  return language !== undefined && TRANSLATION_LANGUAGES.includes(language) ? language : undefined;
}
