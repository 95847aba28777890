/**
 * `npm start` keeps checked definitions and their compiled validators under DATA_DIR (or
 * DEFINITION_CACHE_DIR) and says at start what it read from there: a restart reads everything, a
 * damaged entry is rebuilt and the server still refuses what the definition refuses, and a changed
 * definition under the same name and version is compiled afresh, its changed rule enforced.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Client } from './support/client.ts';
import { startMain } from './support/main-process.ts';
import { FIXTURE_FORMS } from './support/server.ts';
import { createRecord, save } from './support/records.ts';
import { readCacheEntry } from '../../server/definitions/cache-entries.ts';

const work = mkdtempSync(join(tmpdir(), 'per-definition-cache-'));
const formsDir = join(work, 'forms');
const cacheDir = join(work, 'cache');
cpSync(FIXTURE_FORMS, formsDir, { recursive: true });
test.after(() => rmSync(work, { recursive: true, force: true }));

const definitionCount = readdirSync(formsDir, { recursive: true }).filter((f) => /\/\d+\.\d+\.\d+\.json$/.test(String(f))).length;
const validatorFiles = () => readdirSync(cacheDir).filter((name) => name.startsWith('validator-'));

/** Starts on `dataDir`, returns the cache line it logged and the heights a new record's risk section accepts of `heights`. */
async function startAndSave(dataDir: string, heights: number[]): Promise<{ line: string; accepted: number[] }> {
  const server = await startMain({ DATA_DIR: dataDir, FORMS_DIR: formsDir, DEFINITION_CACHE_DIR: cacheDir });
  try {
    const line = /"msg":"(definition cache: [^"]*)"/.exec(server.output())?.[1] ?? '';
    const client = new Client(server.url);
    assert.is((await client.post('/api/session', { username: 'prison', password: 'demo' })).status, 201);
    const accepted: number[] = [];
    for (const height of heights) {
      const record = await createRecord(client);
      const res = await save(client, record.id, 'risk', { heightCm: height }, record.revision);
      if (res.status === 200) accepted.push(height);
      else {
        assert.is(res.status, 422, `height ${height}: ${res.text}`);
        assert.equal(res.body.fields.map((f: { field: string }) => f.field), ['/risk/heightCm']);
      }
    }
    return { line, accepted };
  } finally {
    await server.kill();
  }
}

const dataDir = join(work, 'data');

test('a restart reads every check and validator from the cache, and validates as before', async () => {
  const first = await startAndSave(dataDir, [180, 251]);
  assert.match(first.line, new RegExp(`^definition cache: 0 of ${definitionCount} validators and 0 of \\d+ checks`));
  assert.equal(first.accepted, [180]);
  assert.is(validatorFiles().length, definitionCount);
  const second = await startAndSave(dataDir, [180, 251]);
  assert.match(second.line, new RegExp(`^definition cache: ${definitionCount} of ${definitionCount} validators and (\\d+) of \\1 checks read from the cache$`));
  assert.equal(second.accepted, [180]);
});

test('damaged entries (one cut short, one with a changed byte) are rebuilt and the server still validates correctly', async () => {
  const [cut, changed] = validatorFiles();
  truncateSync(join(cacheDir, cut!), 200);
  const text = readFileSync(join(cacheDir, changed!), 'utf8');
  const body = text.indexOf('\n') + 1;
  // The height bound in the code changed, as a flipped bit might: trusted, it would accept 251.
  writeFileSync(join(cacheDir, changed!), text.slice(0, body) + text.slice(body).replaceAll('250', '950'));
  const third = await startAndSave(dataDir, [180, 251]);
  assert.match(third.line, new RegExp(`^definition cache: 0 of ${definitionCount} validators .*, 2 damaged or unusable entries rebuilt$`));
  assert.equal(third.accepted, [180]);
  for (const name of validatorFiles()) assert.ok(typeof readCacheEntry(cacheDir, name) === 'object', `${name} verifies again`);
});

test('a definition changed under the same name and version gets a fresh validator: its changed rule is enforced', async () => {
  const path = join(formsDir, 'escort-check', '1.0.0.json');
  writeFileSync(path, readFileSync(path, 'utf8').replace('"maximum": 250', '"maximum": 170'));
  // A new store: a published version never changes, so the changed file could not be imported into the old one.
  const fourth = await startAndSave(join(work, 'data-changed'), [170, 180]);
  assert.match(fourth.line, new RegExp(`^definition cache: ${definitionCount - 1} of ${definitionCount} validators`));
  assert.equal(fourth.accepted, [170]);
});

test.run();
