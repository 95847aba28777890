// The MongoDB store's reports against the shared report contract. Needs MONGODB_URL (see docs/storage.md).
import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { test } from 'uvu';
import { openMongoStore } from '../../server/store/mongo.ts';
import { registerReportStoreContract } from './store-reports-contract.ts';

const url = process.env.MONGODB_URL;
if (url) {
  const dbName = `per-reports-${randomUUID().slice(0, 8)}`;
  registerReportStoreContract('MongoDB', () => openMongoStore(url, dbName));
  process.once('beforeExit', () => void MongoClient.connect(url).then(async (client) => {
    await client.db(dbName).dropDatabase();
    await client.close();
  }));
} else {
  console.log('MongoDB leg not run: MONGODB_URL is not set (see README)');
  test.run();
}
