// The embedded store acknowledges a write only after an fsync of its write-ahead log that began after
// the write was committed; the fsync runs off the event loop, and writes committed while one runs share
// the next. (kill -9 survival is store-crash.test.ts; power loss cannot be staged here.)
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { openSqliteStore, sqliteFileName } from '../../server/store/sqlite.ts';
import { walSyncOf, walSyncsDone, walSyncTimes } from '../../server/store/sqlite-wal-sync.ts';
import { makeRecord } from './store-contract.ts';

const audit = { at: new Date().toISOString(), user: 'tester', action: 'answer', changes: [] };

test('a stored record is acknowledged after a WAL fsync, and reads back after the store is reopened', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'per-wal-sync-'));
  const store = await openSqliteStore(dir);
  const record = makeRecord();
  const before = walSyncsDone();
  walSyncTimes().reset();
  await store.insertRecord(record, audit);
  assert.ok(walSyncsDone() > before, 'the insert waited for an fsync of the log');
  // bench:api reports these times: the fsync the insert waited for was timed.
  assert.ok(walSyncTimes().count >= 1 && walSyncTimes().percentileMs(100) > 0, 'the fsync was timed');
  const updated = await store.updateRecord(record.id, { expectedRevision: 1, set: { 'answers.sectionOne.note': 'kept' }, unset: [], push: {}, audit });
  assert.is(updated!.revision, 2);
  await store.close();
  const reopened = await openSqliteStore(dir);
  assert.is((await reopened.getRecord(record.id))!.answers.sectionOne!.note, 'kept');
  await reopened.close();
});

test('writes asking while an fsync runs share the next one: three asks, two fsyncs, each after its ask', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'per-wal-sync-')), sqliteFileName);
  writeFileSync(`${path}-wal`, 'frames');
  const wal = walSyncOf(path)!;
  const before = walSyncsDone();
  const order: string[] = [];
  await Promise.all(['first', 'second', 'third'].map((name) => wal.durable().then(() => order.push(`${name} after fsync ${walSyncsDone() - before}`))));
  assert.equal(order, ['first after fsync 1', 'second after fsync 2', 'third after fsync 2']);
  await wal.close();
});

test('a database without a log file to open is left to SQLite to sync (no flusher)', () => {
  assert.is(walSyncOf(join(tmpdir(), 'per-wal-sync-missing', sqliteFileName)), null);
});

test.run();
