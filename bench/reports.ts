/**
 * bench:reports: the time of a region-by-month quality report (one region, every month, the whole
 * period) on the embedded store at 10k, 100k and 1M records, and its growth. Records are valid PER
 * records made through the engine (bench/reports-seed.ts), copied to many moves over two years and
 * every location, on the version the rollout gives each move, and written straight into the store in
 * batches with their report facts, as the server keeps them. Audit rows are not written for the
 * copies (reports never read them; their facts come from the templates' trails). Seeding time is
 * printed too, and the same report over a period that starts and ends mid-month (whose edge days are
 * summed from per-record facts, not monthly sums). BENCH_SIZES overrides the sizes ("10000,100000").
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { pino } from 'pino';
import type { ReportFacts } from '../engine/reports/facts.ts';
import { configFromEnv } from '../server/config.ts';
import { loadFormsRegistry } from '../server/forms-registry.ts';
import { qualityReport } from '../server/reports/quality.ts';
import { openSqliteStore, sqliteFileName } from '../server/store/sqlite.ts';
import { sqliteReportStore } from '../server/store/sqlite-reports.ts';
import { templates } from './reports-seed.ts';

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const FORM = 'per';
const DAYS = 730;
const START = Date.UTC(2025, 0, 1);
const BATCH = 10_000;
const formsDir = fileURLToPath(new URL('../forms', import.meta.url));

const dir = mkdtempSync(join(tmpdir(), 'per-bench-reports-'));
const forms = loadFormsRegistry(formsDir);
const config = { ...configFromEnv({ DATA_DIR: dir, FORMS_DIR: formsDir }), reportMinCount: 5 };
const store = await openSqliteStore(dir);
const context = { store, forms, config, logger: pino({ level: 'silent' }) };
// Seeding uses its own connection without waiting for the disk on every batch: only the timed reports matter.
const db = new Database(join(dir, sqliteFileName));
db.pragma('journal_mode = WAL');
db.pragma('synchronous = OFF');
const reports = sqliteReportStore(db);
const insertRecord = db.prepare(`INSERT INTO records (id, form, move_id, person_id, from_location, to_location, state, confirmed_at, revision, created_at, doc)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);

const byVersion = templates(forms, FORM);
const locations = forms.locations;
const region = forms.location(process.env.BENCH_HOME ?? 'WIN')!.region;

let seeded = 0;
/** Adds records `seeded`..`until`, in order of move date then location, as a day's moves arrive. */
function seedUpTo(until: number): void {
  const count = until - seeded;
  const insertBatch = db.transaction((from: number, to: number) => {
    const facts: ReportFacts[] = [];
    for (let i = from; i < to; i++) {
      const k = seeded + i;
      const day = Math.floor((i / count) * DAYS);
      const date = new Date(START + day * 86_400_000).toISOString().slice(0, 10);
      const location = locations[k % locations.length]!;
      const to = locations[(k * 7 + 3) % locations.length]!;
      const move = { id: `m${k}`, type: 'court', from: location.code, to: to.code, date };
      const version = forms.versionFor(FORM, move)!.version;
      const lives = byVersion.get(version)!;
      const template = lives[k % lives.length]!;
      const createdAt = new Date(Date.parse(`${date}T06:00:00Z`) - (k % 3) * 86_400_000).toISOString();
      const minutes = (k * 37) % 600;
      const confirmedAt = template.record.confirmed ? new Date(Date.parse(createdAt) + minutes * 60_000).toISOString() : undefined;
      const record = {
        ...template.record, id: `r${k}`, move, person: { ...template.record.person, id: `p${k % 200_000}` }, createdAt, updatedAt: confirmedAt ?? createdAt,
        ...(confirmedAt ? { confirmed: { ...template.record.confirmed!, at: confirmedAt } } : {}),
      };
      insertRecord.run(record.id, FORM, move.id, record.person.id, move.from, move.to, record.state, confirmedAt ?? null, record.revision, createdAt, JSON.stringify(record));
      facts.push({
        ...template.facts, recordId: record.id, location: move.from, moveDate: date,
        minutesToConfirm: template.facts.confirmed ? minutes : null,
        confirmedBeforeMove: template.facts.confirmed && confirmedAt!.slice(0, 10) <= date,
      });
    }
    reports.putReportFactsBatch(facts);
  });
  for (let from = 0; from < count; from += BATCH) insertBatch(from, Math.min(count, from + BATCH));
  seeded = until;
}

const regionLocations = locations.filter((l) => l.region === region).map((l) => l.code);
const wholeMonths = { form: FORM, by: 'month' as const, locations: regionLocations };
/** The same report over a period starting and ending mid-month: its edge days are read from per-record facts. */
const midMonths = { ...wholeMonths, from: new Date(START + 14 * 86_400_000).toISOString().slice(0, 10), to: new Date(START + (DAYS - 16) * 86_400_000).toISOString().slice(0, 10) };

async function timeReport(query: typeof wholeMonths | typeof midMonths): Promise<{ ms: number; rows: number }> {
  await qualityReport(context, query);
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    rows = (await qualityReport(context, query)).rows.length;
    times.push(performance.now() - start);
  }
  return { ms: times.sort((a, b) => a - b)[2]!, rows };
}

// A stopped run still removes its (large) temporary store.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => { rmSync(dir, { recursive: true, force: true }); process.exit(130); });

const results: { records: number; seedSeconds: number; reportMs: number; midMs: number; rows: number }[] = [];
try {
  for (const size of SIZES) {
    const start = performance.now();
    seedUpTo(size);
    const seedSeconds = (performance.now() - start) / 1000;
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.exec('ANALYZE');
    const { ms, rows } = await timeReport(wholeMonths);
    const mid = await timeReport(midMonths);
    results.push({ records: size, seedSeconds, reportMs: ms, midMs: mid.ms, rows });
    console.log(`seeded ${size.toLocaleString('en-GB')} records (+${seedSeconds.toFixed(1)} s); report ${ms.toFixed(1)} ms; mid-month period ${mid.ms.toFixed(1)} ms`);
  }
  console.log(`\nRegion-by-month quality report (${region}, ${FORM}, every month of ${DAYS} days), median of 5, embedded store\n`);
  console.log(`| records | seeding (s) | report (ms) | rows | growth vs first size (time / records) | ${midMonths.from} to ${midMonths.to} (ms) |`);
  console.log('|---:|---:|---:|---:|---|---:|');
  const first = results[0]!;
  for (const r of results) {
    console.log(`| ${r.records.toLocaleString('en-GB')} | ${r.seedSeconds.toFixed(1)} | ${r.reportMs.toFixed(1)} | ${r.rows} | ${(r.reportMs / first.reportMs).toFixed(2)}x time for ${(r.records / first.records).toFixed(0)}x records | ${r.midMs.toFixed(1)} |`);
  }
  const last = results.at(-1)!;
  console.log(`\nTarget: under 1000 ms at 1,000,000 records: ${last.records >= 1_000_000 ? (last.reportMs < 1000 ? 'met' : 'NOT met') : 'not measured at that size'}`);
} finally {
  db.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
