// The MongoDB store against the definitions registry contract. Needs a real server: MONGODB_URL (see
// docs/storage.md). Each run uses a fresh database, dropped at the end.
import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { test } from 'uvu';
import { openMongoStore } from '../../server/store/mongo.ts';
import { registerDefinitionsContract } from './store-definitions-contract.ts';

const url = process.env.MONGODB_URL;
if (url) {
  const dbName = `per-definitions-${randomUUID().slice(0, 8)}`;
  registerDefinitionsContract('MongoDB', () => openMongoStore(url, dbName));
  process.once('beforeExit', () => void MongoClient.connect(url).then(async (client) => {
    await client.db(dbName).dropDatabase();
    await client.close();
  }));
} else {
  console.log('MongoDB leg not run: MONGODB_URL is not set (see README)');
  test.run();
}
