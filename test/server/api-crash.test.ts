/**
 * `npm start`'s server killed with SIGKILL in the middle of writes, then started again on the same
 * data directory: every write it acknowledged is there, nothing is half-written, and sessions survive
 * (they live in the store, not in the process).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Client } from './support/client.ts';
import { startMain } from './support/main-process.ts';
import { createRecord, newMove } from './support/records.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'per-crash-'));

test.after(() => rmSync(dataDir, { recursive: true, force: true }));

test('kill -9 during writes: after a restart every acknowledged write is there and nothing is torn', async () => {
  const first = await startMain({ DATA_DIR: dataDir });
  const client = new Client(first.url);
  assert.is((await client.post('/api/session', { username: 'prison', password: 'demo' })).status, 201);

  const WRITERS = 8;
  const records = await Promise.all(Array.from({ length: WRITERS }, () => createRecord(client, newMove())));
  /** Per record: the last height acknowledged, and the one in flight when the server died. */
  const acked = new Map<string, number | undefined>();
  const inFlight = new Map<string, number | undefined>();
  const createdAfter: string[] = [];
  let stop = false;
  let acknowledgements = 0;

  const writer = async (record: { id: string; revision: number }) => {
    let revision = record.revision;
    for (let height = 100; !stop && height < 250; height++) {
      inFlight.set(record.id, height);
      try {
        const res = await client.patch(`/api/records/${record.id}/sections/risk`, { answers: { heightCm: height }, revision });
        if (res.status !== 200) throw new Error(`save answered ${res.status}`);
        acked.set(record.id, height);
        revision = res.body.record.revision;
        acknowledgements++;
      } catch {
        return; // the server is gone
      }
    }
  };
  const creator = async () => {
    while (!stop) {
      try { createdAfter.push((await createRecord(client, newMove())).id); acknowledgements++; } catch { return; }
    }
  };
  const work = Promise.all([...records.map(writer), creator()]);
  while (acknowledgements < 150) await new Promise((resolve) => setTimeout(resolve, 10));
  await first.kill();
  stop = true;
  await work;

  const second = await startMain({ DATA_DIR: dataDir });
  try {
    const after = new Client(second.url);
    after.cookie = client.cookie;
    assert.is((await after.get('/api/session')).status, 200, 'the session survived the crash');
    for (const record of records) {
      const res = await after.get(`/api/records/${record.id}`);
      assert.is(res.status, 200);
      const height = res.body.answers.risk?.heightCm;
      const allowed = [acked.get(record.id), inFlight.get(record.id)];
      assert.ok(allowed.includes(height), `record ${record.id}: stored ${height}, acknowledged ${allowed[0]}, in flight ${allowed[1]}`);
    }
    for (const id of createdAfter) assert.is((await after.get(`/api/records/${id}`)).status, 200, `acknowledged record ${id} exists`);
    const auditor = new Client(second.url);
    assert.is((await auditor.post('/api/session', { username: 'auditor', password: 'demo' })).status, 201);
    for (const record of records) {
      const stored = (await after.get(`/api/records/${record.id}`)).body;
      const trail = (await auditor.get(`/api/records/${record.id}/audit`)).body;
      assert.is(trail.length, stored.revision, 'one audit entry per revision: no change without its audit, or the reverse');
    }
    const current = (await after.get(`/api/records/${records[0]!.id}`)).body;
    const res = await after.patch(`/api/records/${records[0]!.id}/sections/risk`, { answers: { violent: 'no' }, revision: current.revision });
    assert.is(res.status, 200, 'the restarted server takes writes');
  } finally {
    await second.kill();
  }
});

test.run();
