// TranslationStore against every adapter: the embedded store always, MongoDB when MONGODB_URL names a server.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../server/store/sqlite.ts';
import { openMongoStore } from '../../server/store/mongo.ts';
import { registerTranslationContract } from './store-translations-contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'per-store-translations-'));
registerTranslationContract('SQLite', () => openSqliteStore(dir));

const url = process.env.MONGODB_URL;
if (url) registerTranslationContract('MongoDB', () => openMongoStore(url, `per-translations-${randomUUID().slice(0, 8)}`));
else console.log('MongoDB leg not run: MONGODB_URL is not set (see README)');
