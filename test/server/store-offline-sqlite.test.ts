// The embedded store's entry ids and device keys against the shared contract, in a fresh temporary data directory.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../server/store/sqlite.ts';
import { registerOfflineContract } from './store-offline-contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'per-offline-sqlite-'));
registerOfflineContract('SQLite', () => openSqliteStore(dir));
