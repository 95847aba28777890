/**
 * What a policy user sees of one translation of a definition: every string staff read, in document
 * order, with its English, what it says in the translation and whether that is missing or stale (the
 * English changed since it was translated), and the translated pointers that are no longer a string
 * staff read (extra). The engine's own check (checkTranslation) decides each, as `form-engine validate` does.
 * Pure and browser-safe: the server answers it, the editor's Welsh page reads its types.
 */
import { checkTranslation, translatableStrings } from './definition-translation.ts';
import type { Translation, TranslationLanguage } from './translation.ts';
import { parsePointer } from '../pointer.ts';

export type StringState = 'translated' | 'missing' | 'stale';

export interface TranslationRow {
  pointer: string;
  /** What kind of words: title (the form's), sectionTitle, pageTitle, questionTitle, description, option, optionHint, label (a flag's), itemTitle, itemNoun, itemNounPlural, eventType or x-errors. */
  kind: string;
  /** The question or section key the words belong to, nearest first; empty for the form's own. */
  place: string[];
  en: string;
  /** The translation, when it has one. */
  text?: string;
  /** For a stale string: the English it was translated from. */
  translatedFrom?: string;
  state: StringState;
}

export interface TranslationView {
  strings: TranslationRow[];
  extra: { pointer: string; en: string }[];
  counts: { total: number; missing: number; stale: number; extra: number };
}

/** The keys a pointer passes through under "properties": its section, then question (then list field). */
function placeOf(tokens: string[]): string[] {
  return tokens.flatMap((token, index) => (index > 0 && tokens[index - 1] === 'properties' && tokens[index - 2] !== 'x-errors' ? [token] : [])).reverse();
}

/** What kind of words a pointer holds, as a policy user would name it (the Welsh page's labels). */
function kindOf(tokens: string[], place: string[]): string {
  const last = tokens.at(-1) ?? '';
  if (tokens.at(-2) === 'x-errors') return 'x-errors';
  if (tokens.includes('eventTypes')) return 'eventType';
  if (tokens.includes('oneOf') || tokens.includes('anyOf')) return last === 'title' ? 'option' : 'optionHint';
  if (last !== 'title') return last;
  if (tokens.includes('x-page')) return 'pageTitle';
  return ['title', 'sectionTitle', 'questionTitle'][Math.min(place.length, 2)]!;
}

export function translationView(definition: unknown, language: TranslationLanguage, translation: Translation | undefined): TranslationView {
  const given = translation ?? { language, review: '', strings: {} };
  const { missing, stale, extra } = checkTranslation(definition, given);
  const missingAt = new Set(missing.map((m) => m.pointer));
  const staleAt = new Map(stale.map((s) => [s.pointer, s.was]));
  const strings = translatableStrings(definition).map(({ pointer, en }): TranslationRow => {
    const tokens = parsePointer(pointer);
    const place = placeOf(tokens);
    const text = given.strings[pointer]?.[language];
    const state: StringState = missingAt.has(pointer) ? 'missing' : staleAt.has(pointer) ? 'stale' : 'translated';
    return {
      pointer, kind: kindOf(tokens, place), place, en,
      ...(text ? { text } : {}), ...(state === 'stale' ? { translatedFrom: staleAt.get(pointer)! } : {}), state,
    };
  });
  return { strings, extra, counts: { total: strings.length, missing: missing.length, stale: stale.length, extra: extra.length } };
}
