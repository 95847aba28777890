/**
 * The fields of the entries added to a record (handover, event, red flag, cancellation) are data:
 * forms/entries.json holds each entry's request body as JSON Schema, with a title (the label on the
 * page) and an "x-noun" (the field in a sentence) on each text field. The API validates and documents
 * bodies with it, the engine reads limits and wording from it, and the pages show the same labels,
 * limits and messages, so changing a limit is an edit to that file.
 */
import data from '../forms/entries.json' with { type: 'json' };
import { entriesDataIn } from './i18n/repository-data.ts';
import type { Translate } from './i18n/translator.ts';

export type EntryKind = 'handover' | 'event' | 'redFlag' | 'cancel';

type Node = Record<string, unknown>;

/** One field's words and limit, as every layer shows them. */
export interface EntryFieldWords {
  /** The label on the page. */
  label: string;
  /** The field in a sentence: "the receiving organisation". */
  noun: string;
  maxLength: number;
  /** "Enter the receiving organisation" */
  missing: string;
  /** "The receiving organisation must be 200 characters or fewer" */
  tooLong: string;
}

const ENTRIES = data as unknown as Record<EntryKind, Node>;

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The schema of a field inside an entry: entrySchemaAt('handover', 'acknowledgements', 'role'); a list's path runs through its items. */
export function entrySchemaAt(kind: EntryKind, ...path: string[]): Node {
  return schemaIn(ENTRIES, kind, path);
}

function schemaIn(entries: Record<EntryKind, Node>, kind: EntryKind, path: string[]): Node {
  let node = entries[kind];
  for (const key of path) {
    const holder = node.type === 'array' ? (node.items as Node) : node;
    const next = (holder.properties as Record<string, Node> | undefined)?.[key];
    if (!next) throw new Error(`forms/entries.json: ${kind} has no field ${path.join('.')}`);
    node = next;
  }
  return node;
}

/** A field's words in the language of `t`: labels and nouns from forms/entries.json's translation, sentences from engine.json. */
export function entryFieldIn(t: Translate, kind: EntryKind, ...path: string[]): EntryFieldWords {
  const node = schemaIn(entriesDataIn(t('engine.language')) as unknown as Record<EntryKind, Node>, kind, path);
  const noun = String(node['x-noun']);
  const maxLength = Number(node.maxLength);
  return {
    label: String(node.title ?? capitalise(noun)), noun, maxLength,
    missing: capitalise(t('engine.entry.missing', { noun })), tooLong: capitalise(t('engine.entry.tooLong', { noun, limit: maxLength })),
  };
}

/** What characters a text field accepts ("x-text"): the API gives each its pattern. */
export type TextKind = 'name' | 'free';

/**
 * The entry's request body as plain JSON Schema, for the API's validator and OpenAPI: each field's
 * "x-text" becomes the pattern the API gives that kind of text, and the other x- wording keys are left out.
 */
export function entryBodySchema(kind: EntryKind, patterns: Record<TextKind, string>): Node {
  return asBody(ENTRIES[kind], patterns) as Node;
}

function asBody(value: unknown, patterns: Record<TextKind, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => asBody(v, patterns));
  if (typeof value !== 'object' || value === null) return value;
  const node = value as Node;
  const body = Object.fromEntries(Object.entries(node).filter(([key]) => !key.startsWith('x-')).map(([key, v]) => [key, asBody(v, patterns)]));
  const text = node['x-text'] as TextKind | undefined;
  return text ? { ...body, pattern: patterns[text] } : body;
}
