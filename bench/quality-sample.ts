/**
 * bench:quality-sample: how long a qualitative-check draw takes inside the embedded store as the
 * records grow. Records (copies of one confirmed record from the fixtures, each with its own id, move
 * and sending location among the South Central locations) are written straight into the records table
 * in one transaction, then the store draws 20 records from one location's month, the way a forum
 * member does. Prints a table: the draw time at each size and its growth against the first size.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore, sqliteFileName } from '../server/store/sqlite.ts';
import { makeRecord } from '../test/server/store-contract.ts';

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const LOCATIONS = ['WIN', 'IWI', 'BLI', 'SOTPIC', 'PMPIC', 'BSKPIC', 'NPTPIC', 'WINCC', 'SOTMC', 'PMCC'];
const dir = mkdtempSync(join(tmpdir(), 'per-bench-sample-'));
const store = await openSqliteStore(dir);
const db = new Database(join(dir, sqliteFileName));
const insert = db.prepare(`INSERT INTO records (id, form, move_id, person_id, from_location, to_location, state, confirmed_at, revision, created_at, doc)
  VALUES (@id, @form, @move_id, @person_id, @from_location, @to_location, @state, @confirmed_at, @revision, @created_at, @doc)`);

let seeded = 0;
const seed = db.transaction((until: number) => {
  for (; seeded < until; seeded++) {
    const from = LOCATIONS[seeded % LOCATIONS.length]!;
    const date = new Date(Date.UTC(2025, 0, 1) + (seeded % 730) * 86_400_000).toISOString().slice(0, 10);
    const record = makeRecord({ form: 'per', from, state: 'confirmed', confirmed: { at: `${date}T08:00:00.000Z`, by: 'prison' } });
    record.move = { ...record.move, from, date };
    insert.run({ id: record.id, form: 'per', move_id: record.move.id, person_id: record.person.id, from_location: from, to_location: record.move.to,
      state: 'confirmed', confirmed_at: record.confirmed!.at, revision: 1, created_at: record.createdAt, doc: JSON.stringify(record) });
  }
});

const results: { records: number; frame: number; ms: number }[] = [];
for (const size of SIZES) {
  seed(size);
  const frame = { form: 'per', location: 'WIN', from: '2026-06-01', to: '2026-06-30' };
  await store.drawSample(frame, 'warm-up', 20);
  const runs = 5;
  const start = performance.now();
  let drawn = 0;
  for (let i = 0; i < runs; i++) drawn = (await store.drawSample(frame, `seed-${i}`, 20)).length;
  const ms = (performance.now() - start) / runs;
  const frameSize = (await store.drawSample(frame, 'count', 1_000_000)).length;
  results.push({ records: size, frame: frameSize, ms });
  console.log(`${size.toLocaleString('en-GB')} records: ${drawn} drawn from a frame of ${frameSize} in ${ms.toFixed(1)} ms`);
}
console.log('\n| records | frame (one location, one month) | draw of 20 (ms) | growth vs first size |');
console.log('|---|---|---|---|');
for (const r of results) console.log(`| ${r.records.toLocaleString('en-GB')} | ${r.frame} | ${r.ms.toFixed(1)} | ${(r.ms / results[0]!.ms).toFixed(2)}x time for ${(r.records / results[0]!.records).toFixed(0)}x records |`);
db.close();
await store.close();
rmSync(dir, { recursive: true, force: true });
