// The MongoDB store against the shared contract. Needs a real server: MONGODB_URL, e.g.
// MONGODB_URL='mongodb://127.0.0.1:27017/?replicaSet=rs0' (see docs/storage.md). Each run uses a fresh
// database, dropped at the end.
import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { test } from 'uvu';
import { openMongoStore } from '../../server/store/mongo.ts';
import { registerStoreContract } from './store-contract.ts';
import { registerLoginDelayContract } from './store-login-delays-contract.ts';
import { registerPrefillCrossingContract } from './store-prefill-crossings-contract.ts';
import { registerRevisionContract } from './store-revision-contract.ts';
import { registerUpdateBaseContract } from './store-update-base-contract.ts';

const url = process.env.MONGODB_URL;
if (url) {
  const dbName = `per-contract-${randomUUID().slice(0, 8)}`;
  registerStoreContract('MongoDB', () => openMongoStore(url, dbName));
  registerLoginDelayContract('MongoDB', () => openMongoStore(url, dbName));
  registerPrefillCrossingContract('MongoDB', () => openMongoStore(url, dbName));
  registerRevisionContract('MongoDB', () => openMongoStore(url, dbName));
  registerUpdateBaseContract('MongoDB', () => openMongoStore(url, dbName));
  process.on('beforeExit', () => void dropDatabase(url, dbName));
} else {
  console.log('MongoDB leg not run: MONGODB_URL is not set (see README)');
  test.run();
}

let dropped = false;
async function dropDatabase(url: string, dbName: string): Promise<void> {
  if (dropped) return;
  dropped = true;
  const client = await MongoClient.connect(url);
  await client.db(dbName).dropDatabase();
  await client.close();
}
