// The move queries against the embedded store, and against MongoDB when MONGODB_URL is set.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../server/store/sqlite.ts';
import { openMongoStore } from '../../server/store/mongo.ts';
import { registerMoveStoreContract } from './store-moves-contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'per-store-moves-'));
registerMoveStoreContract('SQLite', () => openSqliteStore(dir));
const url = process.env.MONGODB_URL;
if (url) registerMoveStoreContract('MongoDB', () => openMongoStore(url, `per-moves-${randomUUID().slice(0, 8)}`));
else console.log('MongoDB leg not run: MONGODB_URL is not set (see README)');
