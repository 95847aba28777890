/**
 * The data files staff read words from beyond definitions, each translated like a definition (a file
 * beside it, keyed by JSON pointer): entries.json (labels, hints and the nouns messages use),
 * move-types.json (titles), locations.json (names of places and regions) and roles.json (the titles
 * refusals name). Codes stay as they are.
 */
import type { TextPolicy } from './translation.ts';

export const DATA_TEXT = {
  entries: { text: ['title', 'description', 'x-noun'] },
  'move-types': { text: ['title'] },
  locations: { text: ['name'] },
  roles: { text: ['title'] },
} as const satisfies Record<string, TextPolicy>;

export type TranslatedData = keyof typeof DATA_TEXT;
export const TRANSLATED_DATA = Object.keys(DATA_TEXT) as TranslatedData[];
