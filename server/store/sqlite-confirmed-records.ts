/** The SQLite side of ConfirmedRecordsStore: one indexed range query per batch, resumed after the last row. */
import type Database from 'better-sqlite3';
import type { FormRecord } from '../../engine/types.ts';
import { checkConfirmedQuery, cursorAfter, type ConfirmedRecordsStore, type Cursor } from './confirmed-records.ts';

export function sqliteConfirmedRecords(db: Database.Database): ConfirmedRecordsStore {
  // Safe on existing files: an index only, created once.
  db.exec('CREATE INDEX IF NOT EXISTS records_form_confirmed ON records (form, confirmed_at, id)');
  const page = db.prepare<[string, string, string, string, string, string, number], { doc: string }>(`SELECT doc FROM records
    WHERE form = ? AND confirmed_at >= ? AND state <> 'cancelled' AND json_extract(doc, '$.version') IS NOT ?
      AND (confirmed_at > ? OR (confirmed_at = ? AND id > ?))
    ORDER BY confirmed_at, id LIMIT ?`);
  return {
    async *confirmedRecords(query) {
      const size = checkConfirmedQuery(query);
      // No version is '' (versions are never empty), so "IS NOT ''" keeps every record.
      const except = query.exceptVersion ?? '';
      let cursor: Cursor | undefined;
      for (;;) {
        const from = cursor ?? { at: '', id: '' };
        const rows = page.all(query.form, query.since, except, from.at, from.at, from.id, size);
        const batch = rows.map((row) => JSON.parse(row.doc) as FormRecord);
        if (batch.length > 0) yield batch;
        if (batch.length < size) return;
        cursor = cursorAfter(batch);
      }
    },
  };
}
