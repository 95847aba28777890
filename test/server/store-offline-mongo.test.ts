// The MongoDB store's entry ids and device keys against the shared contract; needs MONGODB_URL (see README).
import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { test } from 'uvu';
import { openMongoStore } from '../../server/store/mongo.ts';
import { registerOfflineContract } from './store-offline-contract.ts';

const url = process.env.MONGODB_URL;
if (url) {
  const dbName = `per-offline-${randomUUID().slice(0, 8)}`;
  registerOfflineContract('MongoDB', () => openMongoStore(url, dbName));
  // beforeExit fires again once the drop's own work is done: drop once.
  process.once('beforeExit', () => void MongoClient.connect(url).then(async (client) => {
    await client.db(dbName).dropDatabase();
    await client.close();
  }));
} else {
  console.log('MongoDB leg not run: MONGODB_URL is not set (see README)');
  test.run();
}
