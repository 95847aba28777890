// TranslationStore against every adapter: the embedded store always, MongoDB when MONGODB_URL names a server.
// Then: a store file from before translations were kept gains their tables on start, losing nothing it held.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { openSqliteStore, sqliteFileName } from '../../server/store/sqlite.ts';
import { openMongoStore } from '../../server/store/mongo.ts';
import { versionSubject } from '../../server/store/translations.ts';
import { registerTranslationContract } from './store-translations-contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'per-store-translations-'));
registerTranslationContract('SQLite', () => openSqliteStore(dir));

const url = process.env.MONGODB_URL;
if (url) registerTranslationContract('MongoDB', () => openMongoStore(url, `per-translations-${randomUUID().slice(0, 8)}`));
else console.log('MongoDB leg not run: MONGODB_URL is not set (see README)');

test('an older SQLite file gains the translation tables on start with its data kept', async () => {
  const older = mkdtempSync(join(tmpdir(), 'per-store-translations-older-'));
  const first = await openSqliteStore(older);
  await first.setUserLanguage('priya', 'cy');
  await first.close();
  const db = new Database(join(older, sqliteFileName));
  db.exec('DROP TABLE translations; DROP TABLE translation_events');
  db.close();
  const reopened = await openSqliteStore(older);
  assert.is(await reopened.userLanguage('priya'), 'cy');
  const saved = await reopened.putTranslation(versionSubject('per', '2.0.0'), { language: 'cy', review: 'draft', strings: {} }, { at: '2026-01-01T09:00:00.000Z', user: 'priya', changes: [] }, 0);
  assert.is(saved?.revision, 1);
  await reopened.close();
});
test.run();
