/** MoveStore on SQLite: the move date is read from the stored document (no column, so no migration). */
import type Database from 'better-sqlite3';
import type { FormRecord } from '../../engine/types.ts';
import { assertText } from './paths.ts';
import { assertMoveQuery, type MoveStore } from './moves.ts';

export function sqliteMoves(db: Database.Database): MoveStore {
  const byMove = db.prepare<[string, string], { doc: string }>('SELECT doc FROM records WHERE form = ? AND move_id = ?');
  return {
    async findMoves(query) {
      assertMoveQuery(query);
      if (query.locations.length === 0) return { records: [], total: 0 };
      const marks = query.locations.map(() => '?').join(', ');
      const where = `(from_location IN (${marks}) OR to_location IN (${marks})) AND json_extract(doc, '$.move.date') BETWEEN ? AND ?`;
      const params = [...query.locations, ...query.locations, query.fromDate, query.toDate];
      const total = db.prepare<unknown[], { n: number }>(`SELECT COUNT(*) AS n FROM records WHERE ${where}`).get(...params)!.n;
      const direction = query.order === 'desc' ? 'DESC' : 'ASC';
      const rows = db.prepare<unknown[], { doc: string }>(`SELECT doc FROM records WHERE ${where}
        ORDER BY json_extract(doc, '$.move.date') ${direction}, move_id, form LIMIT ? OFFSET ?`).all(...params, query.limit, query.offset);
      return { records: rows.map((row) => JSON.parse(row.doc) as FormRecord), total };
    },
    async recordForMove(form, moveId) {
      assertText(form, 'form');
      assertText(moveId, 'moveId');
      const row = byMove.get(form, moveId);
      return row ? (JSON.parse(row.doc) as FormRecord) : null;
    },
  };
}
