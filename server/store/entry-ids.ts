/**
 * An entry appended to a record's list (handovers, events, red flags) keeps the id its device gave
 * it, and a list never holds two entries with one id: the store refuses such an update with
 * DuplicateError and stores nothing. The engine already answers a resent entry as a replay; this is
 * the store's own guarantee, so no path around the engine can record an offline entry twice.
 */
import type { CheckedUpdate } from './paths.ts';
import { DuplicateError } from './types.ts';

/** Per list the update appends to: its path and the ids of the items appended (items without a string id are not entries). */
export function appendedIds(update: CheckedUpdate): { path: string[]; ids: string[] }[] {
  return update.push.map(([path, items]) => {
    const ids = items.flatMap((item) => (typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string' ? [(item as { id: string }).id] : []));
    const twice = ids.find((id, i) => ids.indexOf(id) !== i);
    if (twice !== undefined) throw duplicateEntry(path, twice);
    return { path, ids };
  }).filter(({ ids }) => ids.length > 0);
}

/** Throws DuplicateError when `doc` already holds one of the ids in the list it is appended to. */
export function assertNewEntryIds(doc: unknown, update: CheckedUpdate): void {
  for (const { path, ids } of appendedIds(update)) {
    const list = path.reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined), doc);
    if (!Array.isArray(list)) continue;
    const taken = list.find((item) => ids.includes((item as { id?: unknown })?.id as string)) as { id: string } | undefined;
    if (taken) throw duplicateEntry(path, taken.id);
  }
}

export function duplicateEntry(path: string[], id: string): DuplicateError {
  return new DuplicateError(`${path.join('.')} already holds an entry with id ${id}`);
}
