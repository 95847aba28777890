// The embedded store's entry ids against the shared contract, in a fresh temporary data directory.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../server/store/sqlite.ts';
import { registerEntryIdContract } from './store-entry-ids-contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'per-entry-ids-sqlite-'));
registerEntryIdContract('SQLite', () => openSqliteStore(dir));
