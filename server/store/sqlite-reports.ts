/**
 * The embedded store's reports: report facts in their own tables, kept beside the records. Facts are
 * clustered by (form, sending location, move date, version), the filters of every report, so a report
 * reads one range per location. Keyed counts (flags per level, events per type, per-question counts)
 * are kept per record (report_fact_counts) and summed per location, version and month
 * (report_counts_month): whole months of a period are read from the sums, the days of a partial
 * month at its edges from the records' own counts (report-periods.ts).
 * Beside each record's facts, report_replay keeps the summary of its audit trail's replay
 * (engine/reports/replay.ts), so a save folds only its own audit entry; `keepFactsOfChange` does it
 * inside the record change's transaction (sqlite.ts), so a save is one commit.
 * Created on open (CREATE ... IF NOT EXISTS): an older file gains them without losing anything, and the
 * server fills facts for its existing records on start (server/reports/keep-facts.ts); a record without
 * a summary gets one at its next save, from its whole trail.
 */
import { groupCommitOf } from './sqlite-group-commit.ts';
import type { Database } from 'better-sqlite3';
import type { CountMeasure, KeyedCount, ReportFacts } from '../../engine/reports/facts.ts';
import type { FormRecord } from '../../engine/types.ts';
import type { ReplaySummary, TrailEntry } from '../../engine/reports/replay.ts';
import { assertPlainData, assertText, assertTextList } from './paths.ts';
import type { ActivityEntry, FactAnswer, FactQuery, FactTotals, FactsOfChange, ReportStore } from './report-types.ts';
import { planPeriod } from './report-periods.ts';
import { foldMinuteRows } from './report-fold.ts';

const schema = `
CREATE TABLE IF NOT EXISTS report_facts (
  form TEXT NOT NULL, location TEXT NOT NULL, move_date TEXT NOT NULL, version TEXT NOT NULL, record_id TEXT NOT NULL,
  revision INTEGER NOT NULL, confirmed INTEGER NOT NULL, cancelled INTEGER NOT NULL, confirmed_before_move INTEGER NOT NULL,
  minutes_to_confirm INTEGER, handovers INTEGER NOT NULL, handovers_all_ack INTEGER NOT NULL, red_flags_added INTEGER NOT NULL,
  prefilled INTEGER NOT NULL, prefill_changed INTEGER NOT NULL, amended INTEGER NOT NULL,
  PRIMARY KEY (form, location, move_date, version, record_id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX IF NOT EXISTS report_facts_record ON report_facts (record_id);
CREATE TABLE IF NOT EXISTS report_fact_counts (
  record_id TEXT PRIMARY KEY,
  counts TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS report_replay (
  record_id TEXT PRIMARY KEY,
  summary TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS report_month (
  form TEXT NOT NULL, location TEXT NOT NULL, month TEXT NOT NULL, version TEXT NOT NULL, minutes INTEGER NOT NULL,
  started INTEGER NOT NULL, confirmed INTEGER NOT NULL, cancelled INTEGER NOT NULL, confirmed_before_move INTEGER NOT NULL,
  handovers INTEGER NOT NULL, handovers_all_ack INTEGER NOT NULL, red_flags_added INTEGER NOT NULL, prefilled INTEGER NOT NULL,
  prefill_changed INTEGER NOT NULL, amended INTEGER NOT NULL,
  PRIMARY KEY (form, location, month, version, minutes)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS report_counts_month (
  form TEXT NOT NULL, location TEXT NOT NULL, month TEXT NOT NULL, version TEXT NOT NULL,
  measure TEXT NOT NULL, key TEXT NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (form, location, month, version, measure, key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS activity (
  id TEXT PRIMARY KEY,
  at TEXT NOT NULL,
  entry TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS activity_at ON activity (at);
`;

/** The group expression over a table whose date column is `date` (move_date, or month for monthly counts). */
function groupSql(by: FactQuery['by'], date: string, table = ''): string {
  switch (by) {
    case 'location': return `${table}location`;
    case 'version': return `${table}version`;
    case 'month': return `substr(${date}, 1, 7)`;
    case 'all': return "'all'";
    default: throw new TypeError(`cannot group by ${String(by)}`);
  }
}

/** Per-record figures summed per month (report_month), in this order; minutes -1 stands for "not confirmed". */
const SUMMED = ['confirmed', 'cancelled', 'confirmed_before_move', 'handovers', 'handovers_all_ack', 'red_flags_added', 'prefilled', 'prefill_changed', 'amended'] as const;
type FactsRow = { form: string; move_date: string; location: string; version: string; revision: number; minutes_to_confirm: number | null } & Record<(typeof SUMMED)[number], number>;
type Where = { where: string; params: string[] };

/** WHERE clause over form, locations and version, plus the given date range on `date`; every value is a bound parameter. */
export function factWhere(query: FactQuery, date: string, range: { from?: string; to?: string }, table = ''): Where {
  assertText(query.form, 'form');
  const [form, location, version] = ['form', 'location', 'version'].map((column) => table + column);
  const clauses = [`${form} = ?`];
  const params: string[] = [query.form];
  if (query.locations !== undefined) {
    assertTextList(query.locations, 'locations');
    clauses.push(query.locations.length ? `${location} IN (${query.locations.map(() => '?').join(', ')})` : '0');
    params.push(...query.locations);
  }
  if (query.excludeLocations?.length) {
    assertTextList(query.excludeLocations, 'excludeLocations');
    clauses.push(`${location} NOT IN (${query.excludeLocations.map(() => '?').join(', ')})`);
    params.push(...query.excludeLocations);
  }
  if (range.from !== undefined) { assertText(range.from, 'from'); clauses.push(`${date} >= ?`); params.push(range.from); }
  if (range.to !== undefined) { assertText(range.to, 'to'); clauses.push(`${date} <= ?`); params.push(range.to); }
  if (query.version !== undefined) { assertText(query.version, 'version'); clauses.push(`${version} = ?`); params.push(query.version); }
  return { where: clauses.join(' AND '), params };
}

const TOTAL_COLUMNS = `SUM(started) AS started, SUM(confirmed) AS confirmed, SUM(cancelled) AS cancelled,
  SUM(confirmed_before_move) AS confirmedBeforeMove, SUM(handovers) AS handovers, SUM(handovers_all_ack) AS handoversAllRedFlagsAcknowledged,
  SUM(red_flags_added) AS redFlagsAdded, SUM(prefilled) AS prefilledAnswers, SUM(prefill_changed) AS prefilledAnswersChanged,
  SUM(amended) AS answersAmendedAfterComplete`;
interface SqliteReportStore extends ReportStore {
  putReportFactsBatch(batch: ReportFacts[]): void;
  /** Inside a record change's transaction: derives the record's facts from its stored replay summary and writes both. */
  keepFactsOfChange(record: FormRecord, entry: TrailEntry, derive: FactsOfChange): void;
}

export function sqliteReportStore(db: Database): SqliteReportStore {
  db.exec(schema);
  const selectFacts = db.prepare<[string], FactsRow>(`SELECT form, move_date, location, version, revision, minutes_to_confirm, ${SUMMED.join(', ')}
    FROM report_facts WHERE record_id = ?`);
  const addMonth = db.prepare(`INSERT INTO report_month (form, location, month, version, minutes, started, ${SUMMED.join(', ')})
    VALUES (${Array(15).fill('?').join(', ')}) ON CONFLICT DO UPDATE SET started = started + excluded.started,
    ${SUMMED.map((c) => `${c} = ${c} + excluded.${c}`).join(', ')}`);
  const dropEmptyMonth = db.prepare('DELETE FROM report_month WHERE form = ? AND location = ? AND month = ? AND version = ? AND minutes = ? AND started = 0');
  const deleteFacts = db.prepare('DELETE FROM report_facts WHERE record_id = ?');
  const insertFacts = db.prepare(`INSERT INTO report_facts (form, location, move_date, version, record_id, revision, confirmed, cancelled,
    confirmed_before_move, minutes_to_confirm, handovers, handovers_all_ack, red_flags_added, prefilled, prefill_changed, amended)
    VALUES (@form, @location, @moveDate, @version, @recordId, @revision, @confirmed, @cancelled, @confirmedBeforeMove, @minutesToConfirm,
    @handovers, @handoversAllRedFlagsAcknowledged, @redFlagsAdded, @prefilledAnswers, @prefilledAnswersChanged, @answersAmendedAfterComplete)`);
  const updateFacts = db.prepare(`UPDATE report_facts SET revision = @revision, confirmed = @confirmed, cancelled = @cancelled,
    confirmed_before_move = @confirmedBeforeMove, minutes_to_confirm = @minutesToConfirm, handovers = @handovers,
    handovers_all_ack = @handoversAllRedFlagsAcknowledged, red_flags_added = @redFlagsAdded, prefilled = @prefilledAnswers,
    prefill_changed = @prefilledAnswersChanged, amended = @answersAmendedAfterComplete WHERE record_id = @recordId`);
  const selectCounts = db.prepare<[string], { counts: string }>('SELECT counts FROM report_fact_counts WHERE record_id = ?');
  const upsertCounts = db.prepare('INSERT INTO report_fact_counts (record_id, counts) VALUES (?, ?) ON CONFLICT DO UPDATE SET counts = excluded.counts');
  const addMonthCount = db.prepare(`INSERT INTO report_counts_month (form, location, month, version, measure, key, n) VALUES (?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT DO UPDATE SET n = n + excluded.n`);
  const dropEmptyMonthCount = db.prepare('DELETE FROM report_counts_month WHERE form = ? AND location = ? AND month = ? AND version = ? AND measure = ? AND key = ? AND n = 0');
  const stale = db.prepare<[string, number], { doc: string }>(`SELECT r.doc FROM records r LEFT JOIN report_facts f ON f.record_id = r.id
    WHERE r.id > ? AND (f.record_id IS NULL OR f.revision < r.revision) ORDER BY r.id LIMIT ?`);
  const selectReplay = db.prepare<[string], { summary: string }>('SELECT summary FROM report_replay WHERE record_id = ?');
  const upsertReplay = db.prepare('INSERT INTO report_replay (record_id, summary) VALUES (?, ?) ON CONFLICT DO UPDATE SET summary = excluded.summary');
  const insertActivity = db.prepare('INSERT INTO activity (id, at, entry) VALUES (?, ?, ?)');

  /** Monthly sums change by what the records put add and take back; summed per bucket first, so a batch writes each bucket once. */
  type Deltas = Map<string, number>;
  type MonthDeltas = Map<string, number[]>;
  function collectMonth(deltas: MonthDeltas, row: FactsRow, sign: number): void {
    const id = [row.form, row.location, row.move_date.slice(0, 7), row.version, String(row.minutes_to_confirm ?? -1)].join(SEP);
    const sums = deltas.get(id) ?? Array(SUMMED.length + 1).fill(0) as number[];
    sums[0]! += sign;
    SUMMED.forEach((column, i) => { sums[i + 1]! += sign * row[column]; });
    deltas.set(id, sums);
  }
  function applyMonths(deltas: MonthDeltas): void {
    for (const [id, sums] of deltas) {
      if (sums.every((n) => n === 0)) continue;
      const [form, location, month, version, minutes] = id.split(SEP) as [string, string, string, string, string];
      addMonth.run(form, location, month, version, Number(minutes), ...sums);
      if (sums[0]! < 0) dropEmptyMonth.run(form, location, month, version, Number(minutes));
    }
  }
  const asRow = (f: ReportFacts): FactsRow => ({
    form: f.form, move_date: f.moveDate, location: f.location, version: f.version, revision: f.revision, minutes_to_confirm: f.minutesToConfirm,
    confirmed: Number(f.confirmed), cancelled: Number(f.cancelled), confirmed_before_move: Number(f.confirmedBeforeMove), handovers: f.handovers,
    handovers_all_ack: f.handoversAllRedFlagsAcknowledged, red_flags_added: f.redFlagsAdded, prefilled: f.prefilledAnswers,
    prefill_changed: f.prefilledAnswersChanged, amended: f.answersAmendedAfterComplete,
  });
  const SEP = '\u0000';
  function collect(deltas: Deltas, bucket: string[], counts: KeyedCount[], sign: number): void {
    for (const c of counts) {
      const id = [...bucket, c.measure, c.key].join(SEP);
      deltas.set(id, (deltas.get(id) ?? 0) + sign * c.n);
    }
  }
  function applyCounts(deltas: Deltas): void {
    for (const [id, n] of deltas) {
      if (n === 0) continue;
      const key = id.split(SEP);
      addMonthCount.run(...key, n);
      if (n < 0) dropEmptyMonthCount.run(...key);
    }
  }
  function put(facts: ReportFacts, deltas: Deltas, months: MonthDeltas, replay?: ReplaySummary): void {
    const old = selectFacts.get(facts.recordId);
    const row = { ...facts, confirmed: Number(facts.confirmed), cancelled: Number(facts.cancelled), confirmedBeforeMove: Number(facts.confirmedBeforeMove) };
    const bucket = [facts.form, facts.location, facts.moveDate.slice(0, 7), facts.version];
    // Compact [measure, key, n] triples: read back only when the record changes again or its month is partly asked for.
    const counts = JSON.stringify(facts.counts.map((c) => [c.measure, c.key, c.n]));
    if (old) {
      if (old.revision >= facts.revision) return;
      collectMonth(months, old, -1);
      const oldCounts = selectCounts.get(facts.recordId)?.counts ?? '[]';
      const oldBucket = [old.form, old.location, old.move_date.slice(0, 7), old.version];
      // Most saves change neither the counts nor the bucket they are summed in: nothing to take back or rewrite.
      const countsKept = oldCounts === counts && oldBucket.join(SEP) === bucket.join(SEP);
      if (!countsKept) {
        const parsed = (JSON.parse(oldCounts) as [CountMeasure, string, number][]).map(([measure, key, n]) => ({ measure, key, n }));
        collect(deltas, oldBucket, parsed, -1);
      }
      // Same primary key: the row is rewritten in place rather than deleted and inserted (two B-trees each).
      if (old.form === facts.form && old.location === facts.location && old.move_date === facts.moveDate && old.version === facts.version) updateFacts.run(row);
      else {
        deleteFacts.run(facts.recordId);
        insertFacts.run(row);
      }
      if (!countsKept) {
        upsertCounts.run(facts.recordId, counts);
        collect(deltas, bucket, facts.counts, 1);
      }
    } else {
      insertFacts.run(row);
      upsertCounts.run(facts.recordId, counts);
      collect(deltas, bucket, facts.counts, 1);
    }
    collectMonth(months, asRow(facts), 1);
    if (replay) upsertReplay.run(facts.recordId, JSON.stringify(replay));
  }
  function putAll(batch: ReportFacts[], replay?: ReplaySummary): void {
    const deltas: Deltas = new Map();
    const months: MonthDeltas = new Map();
    for (const facts of batch) put(facts, deltas, months, replay);
    applyCounts(deltas);
    applyMonths(months);
  }
  const putBatch = db.transaction(putAll);

  return {
    async putReportFacts(facts, replay) {
      assertPlainData(facts, 'report facts');
      if (replay) assertPlainData(replay, 'replay summary');
      await groupCommitOf(db).run(() => putBatch([facts], replay));
    },
    putReportFactsBatch(batch) {
      putBatch.immediate(batch);
    },
    keepFactsOfChange(record, entry, derive) {
      const row = selectReplay.get(record.id);
      const kept = derive(record, entry, row ? JSON.parse(row.summary) as ReplaySummary : null);
      // Already inside the change's savepoint (sqlite.ts): no transaction of its own.
      if (kept) putAll([kept.facts], kept.replay);
    },
    async recordsWithStaleFacts(limit, afterId = '') {
      assertText(afterId, 'afterId');
      return stale.all(afterId, limit).map((row) => JSON.parse(row.doc) as FormRecord);
    },
    async reportFacts(query): Promise<FactAnswer> {
      // Whole months from the monthly sums, partial edge months from the records' facts: sums per group and whole minute.
      const plan = planPeriod(query.from, query.to);
      const group = groupSql(query.by, 'move_date');
      const totalParts: Where[] = [];
      const totalSelects: string[] = [];
      if (plan.months) {
        const part = factWhere(query, 'month', plan.months);
        totalSelects.push(`SELECT ${groupSql(query.by, 'month')} AS "group", minutes, started, ${SUMMED.join(', ')} FROM report_month WHERE ${part.where}`);
        totalParts.push(part);
      }
      for (const days of plan.days) {
        const part = factWhere(query, 'move_date', days);
        totalSelects.push(`SELECT ${group} AS "group", COALESCE(minutes_to_confirm, -1) AS minutes, 1 AS started, ${SUMMED.join(', ')} FROM report_facts WHERE ${part.where}`);
        totalParts.push(part);
      }
      const rows = totalSelects.length === 0 ? [] : db.prepare<string[], FactTotals & { minutes: number | null }>(`SELECT "group",
        NULLIF(minutes, -1) AS minutes, ${TOTAL_COLUMNS} FROM (${totalSelects.join(' UNION ALL ')}) GROUP BY 1, minutes ORDER BY 1, minutes`)
        .all(...totalParts.flatMap((p) => p.params));
      // Keyed counts the same way.
      const parts: Where[] = [];
      const selects: string[] = [];
      if (plan.months) {
        const part = factWhere(query, 'month', plan.months);
        selects.push(`SELECT ${groupSql(query.by, 'month')} AS "group", measure, key, n FROM report_counts_month WHERE ${part.where}`);
        parts.push(part);
      }
      for (const days of plan.days) {
        const part = factWhere(query, 'f.move_date', days, 'f.');
        selects.push(`SELECT ${groupSql(query.by, 'f.move_date', 'f.')} AS "group", c.value ->> '$[0]' AS measure,
          c.value ->> '$[1]' AS key, c.value ->> '$[2]' AS n FROM report_facts f JOIN report_fact_counts r ON r.record_id = f.record_id,
          json_each(r.counts) c WHERE ${part.where}`);
        parts.push(part);
      }
      const counts = selects.length === 0 ? [] : db.prepare<string[], { group: string; measure: CountMeasure; key: string; n: number }>(
        `SELECT "group", measure, key, SUM(n) AS n FROM (${selects.join(' UNION ALL ')}) GROUP BY 1, 2, 3 HAVING SUM(n) <> 0 ORDER BY 1, 2, 3`,
      ).all(...parts.flatMap((p) => p.params));
      return { ...foldMinuteRows(rows), counts };
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
