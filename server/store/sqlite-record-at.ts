/**
 * The record an update applies to in the embedded store, read inside the update's transaction: the
 * revision column decides whether the update still applies (a stale one never parses the stored JSON),
 * and the caller's copy read at that very revision (`update.base`) spares reading and parsing the stored
 * document, which is the same one since every write bumps the revision. Without a usable copy the
 * stored document is parsed, as before.
 */
import type Database from 'better-sqlite3';
import type { FormRecord } from '../../engine/types.ts';
import type { RecordUpdate } from './types.ts';

export function sqliteRecordAt(db: Database.Database): (id: string, update: RecordUpdate) => FormRecord | null {
  const selectRevision = db.prepare<[string], { revision: number }>('SELECT revision FROM records WHERE id = ?');
  const selectDoc = db.prepare<[string], { doc: string }>('SELECT doc FROM records WHERE id = ?');
  return (id, update) => {
    const row = selectRevision.get(id);
    if (!row || row.revision !== update.expectedRevision) return null;
    const base = update.base;
    if (base && base.id === id && base.revision === row.revision) return base;
    return JSON.parse(selectDoc.get(id)!.doc) as FormRecord;
  };
}
