import type { Translate } from './translator.ts';

/**
 * The text of `key`, or undefined when no locale file has it: for words keyed by a code from data
 * (a keyword, a measure id) that may be newer than the locale files, so the caller can fall back to the
 * English the data carries rather than show a raw key.
 */
export function textIfAny(t: Translate, key: string): string | undefined {
  const text = t(key);
  return text === key ? undefined : text;
}
