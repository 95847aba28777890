// The confirmed-records cursor against every store: SQLite always, MongoDB when MONGODB_URL is set.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { openMongoStore } from '../../server/store/mongo.ts';
import { openSqliteStore } from '../../server/store/sqlite.ts';
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
