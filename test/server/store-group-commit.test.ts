// Group commit in the embedded store: writes issued together share one transaction, yet each keeps
// its own outcome: a revision race still has exactly one winner, and one refused write neither fails
// nor undoes the others of its group. Over HTTP, many users saving the same answer at once: one 200.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { openSqliteStore } from '../../server/store/sqlite.ts';
import { groupCommitTotals } from '../../server/store/sqlite-group-commit.ts';
import { DuplicateError, type RecordUpdate } from '../../server/store/types.ts';
import { makeRecord } from './store-contract.ts';
import { startServer } from './support/server.ts';
import { createRecord, save } from './support/records.ts';

const audit = { at: new Date().toISOString(), user: 'tester', action: 'answer', changes: [] };
const setNote = (expectedRevision: number, note: string): RecordUpdate => ({
  expectedRevision, set: { 'answers.sectionOne.note': note }, unset: [], push: {}, audit,
});

test('ten updates from the same revision issued together: one commit holds them, exactly one wins', async () => {
  const store = await openSqliteStore(mkdtempSync(join(tmpdir(), 'per-group-commit-')));
  const record = makeRecord();
  await store.insertRecord(record, audit);
  const before = groupCommitTotals();
  const results = await Promise.all(Array.from({ length: 10 }, (_, i) => store.updateRecord(record.id, setNote(1, `note ${i}`))));
  const after = groupCommitTotals();
  assert.is(after.groups - before.groups, 1, 'the ten writes shared one commit');
  const winners = results.filter((r) => r !== null);
  assert.is(winners.length, 1);
  const stored = await store.getRecord(record.id);
  assert.is(stored!.revision, 2);
  assert.equal(stored!.answers.sectionOne!.note, winners[0]!.answers.sectionOne!.note);
  assert.is((await store.auditTrail(record.id)).length, 2, 'one audit entry for the insert, one for the winner');
  await store.close();
});

test('a refused write in a group rejects alone: the writes around it are stored', async () => {
  const store = await openSqliteStore(mkdtempSync(join(tmpdir(), 'per-group-commit-')));
  const first = makeRecord({ moveId: 'M1' });
  const duplicate = makeRecord({ moveId: 'M1' });
  const other = makeRecord({ moveId: 'M2' });
  const before = groupCommitTotals();
  const outcomes = await Promise.allSettled([first, duplicate, other].map((r) => store.insertRecord(r, audit)));
  assert.is(groupCommitTotals().groups - before.groups, 1, 'the three inserts shared one commit');
  assert.equal(outcomes.map((o) => o.status), ['fulfilled', 'rejected', 'fulfilled']);
  assert.instance((outcomes[1] as PromiseRejectedResult).reason, DuplicateError);
  assert.ok(await store.getRecord(first.id));
  assert.ok(await store.getRecord(other.id));
  assert.is(await store.getRecord(duplicate.id), null, 'nothing of the refused insert is stored');
  assert.is((await store.auditTrail(duplicate.id)).length, 0, 'not even its audit entry');
  await store.close();
});

test('eight saves of the same answer from the same revision at once over HTTP: one 200, seven 409s', async () => {
  const server = await startServer();
  try {
    const prison = await server.login('prison');
    for (let round = 0; round < 5; round++) {
      const record = await createRecord(prison);
      const heights = [150, 151, 152, 153, 154, 155, 156, 157];
      const replies = await Promise.all(heights.map((heightCm) => save(prison, record.id, 'risk', { heightCm }, record.revision)));
      assert.equal(replies.map((r) => r.status).sort(), [200, 409, 409, 409, 409, 409, 409, 409]);
      const winner = replies.find((r) => r.status === 200)!.body.record.answers.risk.heightCm;
      for (const loser of replies.filter((r) => r.status === 409)) assert.equal(loser.body.theirs, { '/risk/heightCm': winner });
      const stored = (await prison.get(`/api/records/${record.id}`)).body;
      assert.is(stored.answers.risk.heightCm, winner);
      assert.is(stored.revision, record.revision + 1);
    }
  } finally {
    await server.close();
  }
});

test.run();
