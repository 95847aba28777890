// The confirmed-records cursor against every store: SQLite always, MongoDB when MONGODB_URL is set.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { MongoClient } from 'mongodb';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { openMongoStore } from '../../server/store/mongo.ts';
import { openSqliteStore, sqliteFileName } from '../../server/store/sqlite.ts';
import { makeRecord } from './store-contract.ts';
import { registerConfirmedRecordsContract } from './store-confirmed-contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'per-store-confirmed-'));
registerConfirmedRecordsContract('SQLite', () => openSqliteStore(dir));

const url = process.env.MONGODB_URL;
if (url) {
  const dbName = `per-confirmed-${randomUUID().slice(0, 8)}`;
  registerConfirmedRecordsContract('MongoDB', () => openMongoStore(url, dbName));
  let dropped = false;
  process.on('beforeExit', () => {
    if (dropped) return;
    dropped = true;
    void MongoClient.connect(url).then(async (client) => {
      await client.db(dbName).dropDatabase();
      await client.close();
    });
  });
} else {
  console.log('MongoDB leg not run: MONGODB_URL is not set (see README)');
}

// A data directory made before the index existed gets it on start, with its records intact.
const older = mkdtempSync(join(tmpdir(), 'per-store-confirmed-old-'));
test('SQLite: a file without the confirmed-records index gets it on start and keeps its records', async () => {
  const first = await openSqliteStore(older);
  await first.insertRecord(makeRecord({ id: 'kept', form: 'old-form', state: 'confirmed', confirmed: { at: '2026-09-02T10:00:00.000Z', by: 'prison' } }), { at: '2026-09-02T10:00:00.000Z', user: 'prison', action: 'create', changes: [] });
  await first.close();
  const db = new Database(join(older, sqliteFileName));
  db.exec('DROP INDEX records_form_confirmed');
  db.close();
  const reopened = await openSqliteStore(older);
  const ids: string[] = [];
  for await (const batch of reopened.confirmedRecords({ form: 'old-form', since: '2026-09-01' })) ids.push(...batch.map((r) => r.id));
  await reopened.close();
  assert.equal(ids, ['kept']);
  const check = new Database(join(older, sqliteFileName), { readonly: true });
  const index = check.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'records_form_confirmed'").get();
  check.close();
  assert.ok(index, 'the index is created on start');
});
test.run();
