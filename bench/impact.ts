/**
 * Impact over many records: `versionImpact` streaming the store's confirmed records in batches, against
 * the same work on every record loaded into memory first (what streaming avoids). Both run in this
 * process on the same SQLite store of BENCH_RECORDS (default 5000) confirmed records of the oldest
 * version of the first form with several, re-checked against the newest. Printed: time, records per
 * second, and the most memory held at once (live heap after a full GC, sampled after each batch:
 * npm run bench:impact passes --expose-gc).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRecord, type FormRecord } from '../engine/index.ts';
import { impactOf } from '../engine/impact/index.ts';
import { loadFormsRegistry } from '../server/forms-registry.ts';
import { openSqliteStore } from '../server/store/sqlite.ts';
import { versionImpact } from '../server/steering/impact.ts';
import { parseSince } from '../server/steering/since.ts';

const RECORDS = Number(process.env.BENCH_RECORDS ?? 5000);
const root = fileURLToPath(new URL('..', import.meta.url));
const forms = loadFormsRegistry(join(root, 'forms'));
const form = forms.list().find((f) => f.versions.length > 1)!;
const older = forms.get(form.name, form.versions[0]!)!;
const newest = forms.get(form.name, form.versions.at(-1)!)!;
const fixture = join(root, `test/fixtures/records/${form.name}-${older.version}.json`);
const answers = JSON.parse(readFileSync(fixture, 'utf8')) as FormRecord['answers'];

const dir = mkdtempSync(join(tmpdir(), 'per-bench-impact-'));
const store = await openSqliteStore(dir);
const at = '2026-09-15T10:00:00.000Z';
for (let n = 0; n < RECORDS; n++) {
  const record = createRecord(older.compiled, {
    id: `bench-${n}`, move: { id: `M-${n}`, type: 'court', from: 'WIN', to: 'WINCC', date: '2026-09-15' },
    person: { id: `P-${n}`, name: 'Alex Example', dateOfBirth: '1990-04-01' },
  }, { user: 'prison', roles: ['prison'] }, at);
  await store.insertRecord({ ...record, answers, state: 'confirmed', confirmed: { at, by: 'prison' } }, { at, user: 'prison', action: 'create', changes: [] });
}
const since = parseSince('2026-09-01');
const gc = (globalThis as { gc?: () => void }).gc;

async function measure(name: string, work: (sample: () => void) => Promise<number>) {
  gc?.();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const sample = () => {
    gc?.();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  };
  const started = performance.now();
  const records = await work(sample);
  const ms = performance.now() - started;
  return { name, records, ms, perSecond: (records / ms) * 1000, heapMb: (peak - base) / 1048576 };
}

const streamed = await measure('streamed in batches (versionImpact)', async (sample) => {
  const counting = { confirmedRecords: (q: Parameters<typeof store.confirmedRecords>[0]) => (async function* () {
    for await (const batch of store.confirmedRecords(q)) { yield batch; sample(); }
  })() };
  return (await versionImpact(counting, forms, newest, since)).records;
});
const loaded = await measure('all records loaded first', async (sample) => {
  const all: FormRecord[] = [];
  for await (const batch of store.confirmedRecords({ form: form.name, since: since.instant, exceptVersion: newest.version })) all.push(...batch);
  sample();
  return (await impactOf(newest.compiled, all.map((record) => ({ record, form: older.compiled })))).records;
});
await store.close();
rmSync(dir, { recursive: true, force: true });

const rows = [['way', 'records', 'seconds', 'records/s', 'most heap held (MB)'],
  ...[streamed, loaded].map((r) => [r.name, String(r.records), (r.ms / 1000).toFixed(2), r.perSecond.toFixed(0), r.heapMb.toFixed(1)])];
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
console.log(`\nImpact of ${form.name} ${newest.version} on ${RECORDS} confirmed ${older.version} records (SQLite)\n`);
rows.forEach((row, i) => {
  console.log(`| ${row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(' | ')} |`);
  if (i === 0) console.log(`|${widths.map((w, c) => (c === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
});
console.log(`\nheap held, loaded / streamed: ${(loaded.heapMb / Math.max(streamed.heapMb, 0.1)).toFixed(1)}x`);
