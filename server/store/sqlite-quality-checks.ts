/**
 * Qualitative checks in the embedded store. The draw orders the frame's record ids by
 * sample_rank(seed, id) (the hex sha256 of seed, a line feed and the id), registered as a deterministic
 * SQL function, and lets SQLite cut it at the sample size: only the ids drawn reach Node. An index on
 * the move date inside the record (an expression index, built once when an older file is opened) reads
 * just the frame.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { assertPlainData, assertText, assertTextList } from './paths.ts';
import type { QualityCheckStore, QualitySample, QualityScore } from './quality-checks.ts';

const schema = `
CREATE TABLE IF NOT EXISTS quality_samples (
  id TEXT PRIMARY KEY,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS quality_samples_by ON quality_samples (created_by, created_at);
CREATE TABLE IF NOT EXISTS quality_scores (
  sample_id TEXT NOT NULL,
  record_id TEXT NOT NULL,
  record_form TEXT NOT NULL,
  location TEXT NOT NULL,
  move_date TEXT NOT NULL,
  doc TEXT NOT NULL,
  PRIMARY KEY (sample_id, record_id)
);
CREATE INDEX IF NOT EXISTS quality_scores_where ON quality_scores (record_form, location, move_date);
-- A draw's frame is one location's records of one form over a range of move dates: read as one range.
CREATE INDEX IF NOT EXISTS records_sample_frame ON records (from_location, form, json_extract(doc, '$.move.date'));
`;

/** The rank a record has in the draw of `seed`: documented in docs/reports.md so anyone can recompute a draw. */
export const sampleRank = (seed: string, id: string) => createHash('sha256').update(`${seed}\n${id}`).digest('hex');

export function sqliteQualityChecks(db: Database.Database): QualityCheckStore {
  db.exec(schema);
  db.function('sample_rank', { deterministic: true }, (seed: unknown, id: unknown) => sampleRank(String(seed), String(id)));
  const draw = db.prepare<[string, string, string, string, string, number], { id: string }>(`SELECT id FROM records
    WHERE from_location = ? AND form = ? AND confirmed_at IS NOT NULL AND state <> 'cancelled'
      AND json_extract(doc, '$.move.date') BETWEEN ? AND ?
    ORDER BY sample_rank(?, id), id LIMIT ?`);
  const insert = db.prepare('INSERT INTO quality_samples (id, created_by, created_at, doc) VALUES (?, ?, ?, ?)');
  const select = db.prepare<[string], { doc: string }>('SELECT doc FROM quality_samples WHERE id = ?');
  const selectBy = db.prepare<[string], { doc: string }>('SELECT doc FROM quality_samples WHERE created_by = ? ORDER BY created_at DESC, id');
  const upsertScore = db.prepare(`INSERT INTO quality_scores (sample_id, record_id, record_form, location, move_date, doc) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (sample_id, record_id) DO UPDATE SET doc = excluded.doc`);
  const selectScores = db.prepare<[string], { doc: string }>('SELECT doc FROM quality_scores WHERE sample_id = ? ORDER BY record_id');
  const parse = <T>(rows: { doc: string }[]) => rows.map((row) => JSON.parse(row.doc) as T);

  return {
    async drawSample(frame, seed, size) {
      for (const [name, value] of Object.entries({ ...frame, seed })) assertText(value, name);
      return draw.all(frame.location, frame.form, frame.from, frame.to, seed, size).map((row) => row.id);
    },
    async insertSample(sample) {
      assertPlainData(sample, 'sample');
      insert.run(sample.id, sample.createdBy, sample.createdAt, JSON.stringify(sample));
    },
    async getSample(id) {
      assertText(id, 'sample id');
      const row = select.get(id);
      return row ? (JSON.parse(row.doc) as QualitySample) : null;
    },
    async samplesBy(username) {
      assertText(username, 'username');
      return parse<QualitySample>(selectBy.all(username));
    },
    async putScore(score) {
      assertPlainData(score, 'score');
      upsertScore.run(score.sampleId, score.recordId, score.record.form, score.record.location, score.record.moveDate, JSON.stringify(score));
    },
    async scoresOfSample(sampleId) {
      assertText(sampleId, 'sample id');
      return parse<QualityScore>(selectScores.all(sampleId));
    },
    async scores(query) {
      assertText(query.form, 'form');
      assertTextList(query.locations, 'locations');
      if (query.locations.length === 0) return [];
      const marks = query.locations.map(() => '?').join(', ');
      const rows = db.prepare<string[], { doc: string }>(`SELECT doc FROM quality_scores WHERE record_form = ? AND location IN (${marks})
        AND move_date >= ? AND move_date <= ? ORDER BY move_date, sample_id, record_id`)
        .all(query.form, ...query.locations, query.from ?? '0000-00-00', query.to ?? '9999-99-99');
      return parse<QualityScore>(rows);
    },
  };
}
