/**
 * Sustained save throughput of the API: PATCH a section at 50 connections with autocannon, each
 * request editing a record nobody else is saving, with the revision it last read (so every request is a
 * real, conflict-free save: engine decision, revision-checked store update with audit), once answered
 * with the view model (save-full) and once without it (save-minimal, Prefer: return=minimal).
 * A bare Express JSON route on the same machine in the same run is the yardstick. On a shared machine
 * the yardstick itself swings with other work, so bare and save runs alternate in short rounds
 * (BENCH_ROUNDS, default 5, of BENCH_SECONDS each, default 5): each round's ratio compares runs made
 * seconds apart, and the median of the rounds' ratios is the figure, printed with every round's and
 * the load average before and after.
 */
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import express from 'express';
import { groupCommitTotals } from '../server/store/sqlite-group-commit.ts';
import { walSyncsDone, walSyncTimes } from '../server/store/sqlite-wal-sync.ts';
import type { Store } from '../server/store/types.ts';
import type { SaveCounts } from './api-counts.ts';
import { printScale, scaleRounds, seedRecords } from './api-scale.ts';
import { printRounds, type Round, type Row } from './api-rounds.ts';
import { CONNECTIONS, listen, saveRequests, saveServer, type BenchRecord } from './api-save-server.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SCALE_RECORDS = Number(process.env.SCALE_RECORDS ?? 100_000);
const SMALL_RECORDS = 1_000;
const QUIET_MS = 200;

async function run(name: string, options: autocannon.Options): Promise<Row> {
  const result = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options });
  return {
    name,
    requests: result.requests.total,
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/**
 * A reply cut off when the last run ended left its record's revision unknown here, and its save may
 * still be on its way to the store (a request read but not yet handled): read every revision until
 * none has moved for QUIET_MS, so the next run starts from stored revisions and meets no 409.
 */
async function readSettledRevisions(records: BenchRecord[], store: Pick<Store, 'getRecord'>): Promise<void> {
  let lastSum = -1;
  for (;;) {
    for (const record of records) record.revision = (await store.getRecord(record.id))!.revision;
    const sum = records.reduce((total, r) => total + r.revision, 0);
    if (sum === lastSum) return;
    lastSum = sum;
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
  }
}

/** The two answers a save may give: with its view model, or without it (Prefer: return=minimal). */
const SAVE_KINDS = [
  { name: 'save-full', headers: {} },
  { name: 'save-minimal', headers: { prefer: 'return=minimal' } },
] as const;

async function main() {
  const loadBefore = loadavg();
  const bare = express();
  bare.use(express.json({ limit: '100kb' }));
  bare.patch('/records/:id/sections/:section', (req, res) => { res.json({ id: req.params.id, answers: req.body.answers }); });
  const bareServer = await listen(bare);
  const api = await saveServer();
  const records: BenchRecord[] = api.records.map((r) => ({ ...r, height: 180 }));
  const firstRevisions = records.reduce((sum, r) => sum + r.revision, 0);
  const groupsBefore = groupCommitTotals();
  const syncsBefore = walSyncsDone();
  walSyncTimes().reset();
  const rounds: Round[] = [];
  const work = new Map<string, SaveCounts>(SAVE_KINDS.map((k) => [k.name, { whole: 0, section: 0, reads: 0, writes: 0 }]));
  for (let round = 0; round < ROUNDS; round++) {
    const bareRow = await run('bare', {
      url: `${bareServer.url}/records/r1/sections/risk`, method: 'PATCH',
      headers: { 'content-type': 'application/json' }, body: JSON.stringify({ answers: { heightCm: 170 }, revision: 1 }),
    });
    // The two saves take turns going first, so neither always follows the bare run.
    const kinds = round % 2 ? [...SAVE_KINDS].reverse() : SAVE_KINDS;
    const saves = new Map<string, Row>();
    for (const kind of kinds) {
      await readSettledRevisions(records, api.store);
      const before = api.work();
      saves.set(kind.name, await run(kind.name, {
        url: api.url,
        headers: { 'content-type': 'application/json', cookie: api.cookie, ...kind.headers },
        requests: saveRequests([...records]),
      }));
      const after = api.work();
      const sum = work.get(kind.name)!;
      for (const key of ['whole', 'section', 'reads', 'writes'] as const) sum[key] += after[key] - before[key];
    }
    rounds.push({ bare: bareRow, saves: SAVE_KINDS.map((k) => saves.get(k.name)!) });
  }
  bareServer.server.closeAllConnections();
  bareServer.server.close();
  const loadAfter = loadavg();
  const repliesOf = (name: string) => rounds.reduce((sum, r) => sum + r.saves.find((s) => s.name === name)!.requests, 0);
  const saveRequestsTotal = SAVE_KINDS.reduce((sum, k) => sum + repliesOf(k.name), 0);
  const stored = records.reduce((sum, r) => sum + r.revision, 0) - firstRevisions;
  const groupsAfter = groupCommitTotals();
  const syncs = walSyncsDone() - syncsBefore;
  const commits = groupsAfter.groups - groupsBefore.groups;
  const writesPerCommit = (groupsAfter.writes - groupsBefore.writes) / Math.max(commits, 1);
  const fsyncMs = [50, 90, 99, 100].map((p) => walSyncTimes().percentileMs(p).toFixed(1)).join(' / ');

  // Scale: a second store, seeded with SCALE_RECORDS, against the first with SMALL_RECORDS.
  const large = await saveServer(false);
  const scaleServerOf = async (server: typeof api) => ({ url: server.url, cookie: server.cookie, store: server.store, template: (await server.store.getRecord(server.records[0]!.id))! });
  const [smallScale, largeScale] = [await scaleServerOf(api), await scaleServerOf(large)];
  await seedRecords(api.store, smallScale.template, 0, SMALL_RECORDS);
  const seedStart = performance.now();
  await seedRecords(large.store, largeScale.template, 0, SCALE_RECORDS);
  const seedSeconds = (performance.now() - seedStart) / 1000;
  const scaleRows = await scaleRounds({ server: smallScale, size: SMALL_RECORDS }, { server: largeScale, size: SCALE_RECORDS }, ROUNDS, Math.min(SECONDS, 5));
  await api.close();
  await large.close();

  printRounds(rounds, loadBefore, loadAfter);
  console.log(`\n${stored} new revisions stored for ${saveRequestsTotal} save replies (each a real save, not a no-op); ${commits} commits held the record and report-fact writes, ${writesPerCommit.toFixed(1)} writes each, made durable by ${syncs} WAL fsyncs off the event loop`);
  // A save is acknowledged only after its group's fsync: the disk's tail is in every save's p99, never in bare's.
  console.log(`WAL fsync time p50 / p90 / p99 / max: ${fsyncMs} ms (a save waits for one, and for the one in flight when its group committed)`);
  for (const kind of SAVE_KINDS) {
    const done = work.get(kind.name)!;
    const each = (n: number) => (n / Math.max(repliesOf(kind.name), 1)).toFixed(2);
    console.log(`per ${kind.name} request: ${each(done.whole)} whole-record validations, ${each(done.section)} single-section validations, ${each(done.reads)} record reads, ${each(done.writes)} record writes`);
  }
  printScale(scaleRows);
  console.log(`\n${SCALE_RECORDS} records seeded in ${seedSeconds.toFixed(1)} s (SCALE_RECORDS sets the larger size)`);
}

await main();
