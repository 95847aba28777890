// The embedded store against the shared contract, in a fresh temporary data directory.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../server/store/sqlite.ts';
import { registerStoreContract } from './store-contract.ts';
import { registerLoginDelayContract } from './store-login-delays-contract.ts';
import { registerPrefillCrossingContract } from './store-prefill-crossings-contract.ts';
import { registerRevisionContract } from './store-revision-contract.ts';
import { registerUpdateBaseContract } from './store-update-base-contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'per-store-sqlite-'));
registerStoreContract('SQLite', () => openSqliteStore(dir));
registerLoginDelayContract('SQLite', () => openSqliteStore(dir));
registerPrefillCrossingContract('SQLite', () => openSqliteStore(dir));
registerRevisionContract('SQLite', () => openSqliteStore(dir));
registerUpdateBaseContract('SQLite', () => openSqliteStore(dir));
