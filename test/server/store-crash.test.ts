// An acknowledged write to the embedded store survives `kill -9` of the process that made it, and a
// write cut off half-way leaves no torn record behind.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { FormRecord } from '../../engine/types.ts';
import { openSqliteStore, sqliteFileName } from '../../server/store/sqlite.ts';

const writer = fileURLToPath(new URL('./store-crash-writer.ts', import.meta.url));

interface Written { acknowledged: Map<string, number>; groups: number; writes: number }

/**
 * Runs the writer (`writers` of them at once in one process) until it has acknowledged `acks` writes,
 * then kills it with SIGKILL mid-stream.
 */
function writeThenKill(dir: string, acks: number, writers = 1): Promise<Written> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, dir, String(writers)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acknowledged = new Map<string, number>();
    const committed = { groups: 0, writes: 0 };
    let buffered = '';
    let errors = '';
    child.stderr.on('data', (chunk) => { errors += chunk; });
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        const [kind, a, b] = line.split(' ');
        if (kind === 'groups') Object.assign(committed, { groups: Number(a), writes: Number(b) });
        else acknowledged.set(a!, Math.max(Number(b), acknowledged.get(a!) ?? 0));
      }
      if (countAcks(acknowledged) >= acks) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ acknowledged, ...committed });
      else reject(new Error(`writer ended by itself (code ${code}): ${errors}`));
    });
  });
}

function countAcks(acknowledged: Map<string, number>): number {
  let total = 0;
  for (const revision of acknowledged.values()) total += revision;
  return total;
}

function assertNoTornRecord(dir: string): number {
  const db = new Database(join(dir, sqliteFileName), { readonly: true });
  const rows = db.prepare('SELECT id, revision, state, doc FROM records').all() as { id: string; revision: number; state: string; doc: string }[];
  const auditCounts = new Map((db.prepare('SELECT record_id, COUNT(*) AS n FROM audit GROUP BY record_id').all() as { record_id: string; n: number }[]).map((r) => [r.record_id, r.n]));
  db.close();
  for (const row of rows) {
    const record = JSON.parse(row.doc) as FormRecord;
    assert.is(record.id, row.id);
    assert.is(record.revision, row.revision, `indexed revision of ${row.id} matches its content`);
    assert.is(record.answers.progress!.count, record.revision, `record ${row.id}: content matches its revision`);
    assert.is(record.events.length, record.revision - 1, `record ${row.id}: one event per update`);
    assert.is(auditCounts.get(row.id), record.revision, `record ${row.id}: one audit entry per write`);
  }
  return rows.length;
}

async function assertAcknowledgedWritesKept(dir: string, acknowledged: Map<string, number>): Promise<void> {
  const store = await openSqliteStore(dir);
  for (const [id, revision] of acknowledged) {
    const record = await store.getRecord(id);
    assert.ok(record, `acknowledged record ${id} is stored`);
    assert.ok(record.revision >= revision, `record ${id} has revision ${record.revision}, acknowledged ${revision}`);
  }
  await store.close();
}

test('every write acknowledged before kill -9 is kept, and no record is torn, across two crashes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'per-store-crash-'));
  const first = (await writeThenKill(dir, 300)).acknowledged;
  assert.ok(first.size > 0);
  await assertAcknowledgedWritesKept(dir, first);
  const afterFirst = assertNoTornRecord(dir);
  assert.ok(afterFirst >= first.size);

  const second = (await writeThenKill(dir, 300)).acknowledged;
  await assertAcknowledgedWritesKept(dir, new Map([...first, ...second]));
  assert.ok(assertNoTornRecord(dir) >= first.size + second.size);
});

test('twenty writers at once share group commits, and kill -9 in the middle of them loses no acknowledged write', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'per-store-crash-group-'));
  let acknowledged = new Map<string, number>();
  for (const acks of [400, 700]) {
    const run = await writeThenKill(dir, acks, 20);
    assert.ok(run.writes / run.groups > 2, `writes were grouped (${run.writes} writes in ${run.groups} commits)`);
    acknowledged = new Map([...acknowledged, ...run.acknowledged]);
    await assertAcknowledgedWritesKept(dir, acknowledged);
    assert.ok(assertNoTornRecord(dir) >= acknowledged.size);
  }
});

test.run();
