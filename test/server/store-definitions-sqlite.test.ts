// The embedded store against the definitions registry contract, in a fresh temporary data directory.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../server/store/sqlite.ts';
import { registerDefinitionsContract } from './store-definitions-contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'per-store-definitions-'));
registerDefinitionsContract('SQLite', () => openSqliteStore(dir));
