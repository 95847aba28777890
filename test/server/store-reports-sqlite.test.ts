// The embedded store's reports against the shared report contract, in a fresh temporary data directory.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../server/store/sqlite.ts';
import { registerReportStoreContract } from './store-reports-contract.ts';

registerReportStoreContract('SQLite', () => openSqliteStore(mkdtempSync(join(tmpdir(), 'per-store-reports-'))));
