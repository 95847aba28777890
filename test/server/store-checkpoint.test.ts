// The embedded store's write-ahead log is copied into the database file by a worker thread, not by a
// commit on the event loop: a few hundred writes (far under SQLite's own 1,000-page automatic
// checkpoint) reach the database file while the store stays open, and survive a reopen.
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { openSqliteStore, sqliteFileName } from '../../server/store/sqlite.ts';
import { startCheckpointer } from '../../server/store/sqlite-checkpointer.ts';
import { groupCommitOf } from '../../server/store/sqlite-group-commit.ts';
import { waitUntil } from '../support/wait-until.ts';
import { makeRecord } from './store-contract-support.ts';

const audit = { at: new Date().toISOString(), user: 'tester', action: 'create', changes: [] };

test('records written to an open store reach the database file itself, not only its log', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'per-checkpoint-'));
  const store = await openSqliteStore(dir);
  const file = join(dir, sqliteFileName);
  const before = statSync(file).size;
  const records = Array.from({ length: 200 }, () => makeRecord());
  await Promise.all(records.map((record) => store.insertRecord(record, audit)));
  await waitUntil(() => statSync(file).size > before + 100 * 1024, 'the records to be copied from the log into the database file');
  await store.close();
  const reopened = await openSqliteStore(dir);
  for (const record of records) assert.ok(await reopened.getRecord(record.id), `record ${record.id} is kept`);
  await reopened.close();
});

test('under writes that never pause, the log is started again from its beginning, so it stays small', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'per-checkpoint-'));
  const store = await openSqliteStore(dir);
  const log = join(dir, `${sqliteFileName}-wal`);
  let largest = 0;
  // About 150 MB of log if it were never started again (each group of fifty inserts adds about 0.6 MB).
  for (let group = 0; group < 240; group++) {
    await Promise.all(Array.from({ length: 50 }, () => store.insertRecord(makeRecord(), audit)));
    largest = Math.max(largest, statSync(log).size);
  }
  await store.close();
  assert.ok(largest < 80 * 1024 * 1024, `the log reached ${(largest / 1024 / 1024).toFixed(0)} MB`);
});

test('a connection being checkpointed by the worker never checkpoints in its own commits', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'per-checkpoint-'));
  const db = new Database(join(dir, sqliteFileName));
  db.pragma('journal_mode = WAL');
  const checkpointer = startCheckpointer(db, { everyMs: 20 });
  assert.is(db.pragma('wal_autocheckpoint', { simple: true }), 0);
  db.exec('CREATE TABLE t (n INTEGER)');
  db.prepare('INSERT INTO t VALUES (1)').run();
  const done = checkpointer.done();
  await waitUntil(() => checkpointer.done() > done, 'a checkpoint by the worker');
  await checkpointer.close();
  assert.is(db.pragma('wal_autocheckpoint', { simple: true }), 0, 'closing the worker on purpose does not turn automatic checkpoints back on');
  db.close();
});

test('writes held for a quiet checkpoint are committed when the store closes meanwhile', async () => {
  const db = new Database(join(mkdtempSync(join(tmpdir(), 'per-checkpoint-')), sqliteFileName));
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE t (n INTEGER)');
  const checkpointer = startCheckpointer(db, { everyMs: 20, quietAfterPages: 0 });
  const commits = groupCommitOf(db);
  commits.holdWhile(() => checkpointer.quietMoment());
  const insert = db.prepare('INSERT INTO t VALUES (?)');
  await commits.run(() => insert.run(1));
  const done = checkpointer.done();
  await waitUntil(() => checkpointer.done() > done, 'a background checkpoint that sees the log');
  const held = commits.run(() => insert.run(2));
  await new Promise((resolve) => setImmediate(resolve));
  assert.ok(checkpointer.quietMoment(), 'the second write waits for a quiet checkpoint');
  await checkpointer.close();
  await held;
  assert.is((db.prepare('SELECT COUNT(*) AS n FROM t').get() as { n: number }).n, 2);
  await commits.close();
  db.close();
});

test.run();
