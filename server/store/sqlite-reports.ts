/**
 * The embedded store's reports: report facts in their own tables, kept beside the records. Facts are
 * clustered by (form, move date, sending location, version), the filters of every report, so a report
 * reads one range of one table. Keyed counts (flags per level, events per type, per-question counts)
 * are kept summed per day, location and version, so a report sums a few rows per day, not per record.
 * Created on open (CREATE ... IF NOT EXISTS): an older file gains them without losing anything, and the
 * server fills facts for its existing records on start (server/reports/keep-facts.ts).
 */
import type { Database } from 'better-sqlite3';
import type { CountMeasure, KeyedCount, ReportFacts } from '../../engine/reports/facts.ts';
import type { FormRecord } from '../../engine/types.ts';
import { assertPlainData, assertText, assertTextList } from './paths.ts';
import type { ActivityEntry, FactAnswer, FactQuery, FactTotals, ReportStore } from './report-types.ts';

const schema = `
CREATE TABLE IF NOT EXISTS report_facts (
  form TEXT NOT NULL, move_date TEXT NOT NULL, location TEXT NOT NULL, version TEXT NOT NULL, record_id TEXT NOT NULL,
  revision INTEGER NOT NULL, confirmed INTEGER NOT NULL, cancelled INTEGER NOT NULL, confirmed_before_move INTEGER NOT NULL,
  minutes_to_confirm INTEGER, handovers INTEGER NOT NULL, handovers_all_ack INTEGER NOT NULL, red_flags_added INTEGER NOT NULL,
  prefilled INTEGER NOT NULL, prefill_changed INTEGER NOT NULL, amended INTEGER NOT NULL,
  counts TEXT NOT NULL,
  PRIMARY KEY (form, move_date, location, version, record_id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX IF NOT EXISTS report_facts_record ON report_facts (record_id);
CREATE TABLE IF NOT EXISTS report_counts (
  form TEXT NOT NULL, move_date TEXT NOT NULL, location TEXT NOT NULL, version TEXT NOT NULL,
  measure TEXT NOT NULL, key TEXT NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (form, move_date, location, version, measure, key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS activity (
  id TEXT PRIMARY KEY,
  at TEXT NOT NULL,
  entry TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS activity_at ON activity (at);
`;

const GROUP_SQL: Record<FactQuery['by'], string> = {
  location: 'location',
  version: 'version',
  month: 'substr(move_date, 1, 7)',
  all: "'all'",
};

interface FactsRow { form: string; move_date: string; location: string; version: string; revision: number; counts: string }

/** WHERE clause and parameters for a fact query; every value is a bound parameter. */
export function factWhere(query: FactQuery): { where: string; params: string[] } {
  assertText(query.form, 'form');
  const clauses = ['form = ?'];
  const params: string[] = [query.form];
  if (query.from !== undefined) { assertText(query.from, 'from'); clauses.push('move_date >= ?'); params.push(query.from); }
  if (query.to !== undefined) { assertText(query.to, 'to'); clauses.push('move_date <= ?'); params.push(query.to); }
  if (query.locations !== undefined) {
    assertTextList(query.locations, 'locations');
    clauses.push(query.locations.length ? `location IN (${query.locations.map(() => '?').join(', ')})` : '0');
    params.push(...query.locations);
  }
  if (query.excludeLocations?.length) {
    assertTextList(query.excludeLocations, 'excludeLocations');
    clauses.push(`location NOT IN (${query.excludeLocations.map(() => '?').join(', ')})`);
    params.push(...query.excludeLocations);
  }
  if (query.version !== undefined) { assertText(query.version, 'version'); clauses.push('version = ?'); params.push(query.version); }
  return { where: clauses.join(' AND '), params };
}

export function sqliteReportStore(db: Database): ReportStore & { putReportFactsBatch(batch: ReportFacts[]): void } {
  db.exec(schema);
  const selectFacts = db.prepare<[string], FactsRow>('SELECT form, move_date, location, version, revision, counts FROM report_facts WHERE record_id = ?');
  const deleteFacts = db.prepare('DELETE FROM report_facts WHERE record_id = ?');
  const insertFacts = db.prepare(`INSERT INTO report_facts (form, move_date, location, version, record_id, revision, confirmed, cancelled,
    confirmed_before_move, minutes_to_confirm, handovers, handovers_all_ack, red_flags_added, prefilled, prefill_changed, amended, counts)
    VALUES (@form, @moveDate, @location, @version, @recordId, @revision, @confirmed, @cancelled, @confirmedBeforeMove, @minutesToConfirm,
    @handovers, @handoversAllRedFlagsAcknowledged, @redFlagsAdded, @prefilledAnswers, @prefilledAnswersChanged, @answersAmendedAfterComplete, @counts)`);
  const addCount = db.prepare(`INSERT INTO report_counts (form, move_date, location, version, measure, key, n) VALUES (?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT DO UPDATE SET n = n + excluded.n`);
  const dropEmptyCount = db.prepare('DELETE FROM report_counts WHERE form = ? AND move_date = ? AND location = ? AND version = ? AND measure = ? AND key = ? AND n = 0');
  const stale = db.prepare<[string, number], { doc: string }>(`SELECT r.doc FROM records r LEFT JOIN report_facts f ON f.record_id = r.id
    WHERE r.id > ? AND (f.record_id IS NULL OR f.revision < r.revision) ORDER BY r.id LIMIT ?`);
  const insertActivity = db.prepare('INSERT INTO activity (id, at, entry) VALUES (?, ?, ?)');

  /** Adds (sign 1) or takes back (sign -1) keyed counts, summed per bucket first so a batch writes each bucket once. */
  function applyCounts(deltas: Map<string, number>): void {
    for (const [id, n] of deltas) {
      if (n === 0) continue;
      const key = JSON.parse(id) as string[];
      addCount.run(...key, n);
      if (n < 0) dropEmptyCount.run(...key);
    }
  }
  function collect(deltas: Map<string, number>, bucket: string[], counts: KeyedCount[], sign: number): void {
    for (const c of counts) {
      const id = JSON.stringify([...bucket, c.measure, c.key]);
      deltas.set(id, (deltas.get(id) ?? 0) + sign * c.n);
    }
  }
  function put(facts: ReportFacts, deltas: Map<string, number>): void {
    const old = selectFacts.get(facts.recordId);
    if (old) {
      if (old.revision >= facts.revision) return;
      collect(deltas, [old.form, old.move_date, old.location, old.version], JSON.parse(old.counts) as KeyedCount[], -1);
      deleteFacts.run(facts.recordId);
    }
    insertFacts.run({
      ...facts,
      confirmed: Number(facts.confirmed), cancelled: Number(facts.cancelled), confirmedBeforeMove: Number(facts.confirmedBeforeMove),
      counts: JSON.stringify(facts.counts),
    });
    collect(deltas, [facts.form, facts.moveDate, facts.location, facts.version], facts.counts, 1);
  }
  const putBatch = db.transaction((batch: ReportFacts[]) => {
    const deltas = new Map<string, number>();
    for (const facts of batch) put(facts, deltas);
    applyCounts(deltas);
  });

  return {
    async putReportFacts(facts) {
      assertPlainData(facts, 'report facts');
      putBatch.immediate([facts]);
    },
    putReportFactsBatch(batch) {
      putBatch.immediate(batch);
    },
    async recordsWithStaleFacts(limit, afterId = '') {
      assertText(afterId, 'afterId');
      return stale.all(afterId, limit).map((row) => JSON.parse(row.doc) as FormRecord);
    },
    async reportFacts(query): Promise<FactAnswer> {
      const { where, params } = factWhere(query);
      const group = GROUP_SQL[query.by];
      if (!group) throw new TypeError(`cannot group by ${String(query.by)}`);
      const totals = db.prepare<string[], FactTotals>(`SELECT ${group} AS "group", COUNT(*) AS started, SUM(confirmed) AS confirmed,
        SUM(cancelled) AS cancelled, SUM(confirmed_before_move) AS confirmedBeforeMove, SUM(handovers) AS handovers,
        SUM(handovers_all_ack) AS handoversAllRedFlagsAcknowledged, SUM(red_flags_added) AS redFlagsAdded, SUM(prefilled) AS prefilledAnswers,
        SUM(prefill_changed) AS prefilledAnswersChanged, SUM(amended) AS answersAmendedAfterComplete
        FROM report_facts WHERE ${where} GROUP BY 1 ORDER BY 1`).all(...params);
      const minutes = db.prepare<string[], { group: string; minutes: number; n: number }>(`SELECT ${group} AS "group", minutes_to_confirm AS minutes,
        COUNT(*) AS n FROM report_facts WHERE ${where} AND minutes_to_confirm IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2`).all(...params);
      const counts = db.prepare<string[], { group: string; measure: CountMeasure; key: string; n: number }>(`SELECT ${group} AS "group", measure, key,
        SUM(n) AS n FROM report_counts WHERE ${where} GROUP BY 1, 2, 3 HAVING SUM(n) <> 0 ORDER BY 1, 2, 3`).all(...params);
      return { totals, minutes, counts };
    },

    async appendActivity(entry: ActivityEntry) {
      assertPlainData(entry, 'activity');
      insertActivity.run(entry.id, entry.at, JSON.stringify(entry));
    },
    async listActivity({ limit, before }) {
      const rows = before === undefined
        ? db.prepare<[number], { entry: string }>('SELECT entry FROM activity ORDER BY at DESC, id LIMIT ?').all(limit)
        : db.prepare<[string, number], { entry: string }>('SELECT entry FROM activity WHERE at < ? ORDER BY at DESC, id LIMIT ?').all(before, limit);
      return rows.map((row) => JSON.parse(row.entry) as ActivityEntry);
    },
  };
}
