/** The SQLite side of PrefillCrossingStore: the entry as JSON beside the columns the auditor's query filters on. */
import type Database from 'better-sqlite3';
import { assertPlainData, assertText, assertTextList } from './paths.ts';
import type { PrefillCrossing, PrefillCrossingStore } from './prefill-crossings.ts';

export function sqlitePrefillCrossings(db: Database.Database): PrefillCrossingStore {
  db.exec(`CREATE TABLE IF NOT EXISTS prefill_crossings (
    id TEXT PRIMARY KEY, at TEXT NOT NULL, record_from TEXT NOT NULL, record_to TEXT NOT NULL,
    source_from TEXT NOT NULL, source_to TEXT NOT NULL, doc TEXT NOT NULL);
  CREATE INDEX IF NOT EXISTS prefill_crossings_at ON prefill_crossings (at)`);
  const insert = db.prepare('INSERT INTO prefill_crossings (id, at, record_from, record_to, source_from, source_to, doc) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insertAll = db.transaction((crossings: PrefillCrossing[]) => {
    for (const c of crossings) insert.run(c.id, c.at, c.move.from, c.move.to, c.source.from, c.source.to, JSON.stringify(c));
  });
  return {
    async recordPrefillCrossings(crossings) {
      assertPlainData(crossings, 'prefill crossings');
      insertAll(crossings);
    },
    async prefillCrossings({ locations, since, limit }) {
      assertTextList(locations, 'locations');
      if (since !== undefined) assertText(since, 'since');
      if (locations.length === 0 || limit < 1) return [];
      const marks = locations.map(() => '?').join(', ');
      const rows = db.prepare<unknown[], { doc: string }>(`SELECT doc FROM prefill_crossings WHERE at >= ?
        AND (record_from IN (${marks}) OR record_to IN (${marks}) OR source_from IN (${marks}) OR source_to IN (${marks}))
        ORDER BY at DESC, id LIMIT ?`).all(since ?? '', ...locations, ...locations, ...locations, ...locations, Math.floor(limit));
      return rows.map((row) => JSON.parse(row.doc) as PrefillCrossing);
    },
  };
}
