// The embedded store's qualitative checks against the shared contract, in a fresh temporary data directory.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../server/store/sqlite.ts';
import { registerQualityCheckContract } from './store-quality-checks-contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'per-quality-sqlite-'));
registerQualityCheckContract('SQLite', () => openSqliteStore(dir));
