/**
 * The definitions registry lives in the store: two servers on one store serve what either published
 * and follow the same rollout; a forms folder whose file differs from the published version of the same
 * name and version stops the start; `form-engine export` writes the registry back to files a server
 * can start from.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { definitionHash } from '../../server/definitions/hash.ts';
import { FIXTURE_FORMS, startServer, type TestServer } from './support/server.ts';
import { failedStart } from './support/main-process.ts';
import { newMove, newPerson } from './support/records.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const made: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};
/** A server whose store is in a data directory this test keeps after the server closes. */
const onKeptStore = (dataDir: string, formsDir?: string) => startServer(formsDir ? { formsDir } : {}, {}, { dataDir, mongodbDatabase: 'unused' } as TestServer);
const fixture = (version: string) => JSON.parse(readFileSync(join(FIXTURE_FORMS, 'escort-check', `${version}.json`), 'utf8'));

/** The fixture's 1.1.0 as a new form of another name. */
function newForm(name: string, version = '1.0.0') {
  const definition = fixture('1.1.0');
  definition['x-form'] = { ...definition['x-form'], name, version };
  definition.title = `New form ${name}`;
  return definition;
}

async function publish(store: { publishVersion: (v: any) => Promise<boolean> }, definition: any) {
  const text = JSON.stringify(definition);
  await store.publishVersion({ name: definition['x-form'].name, version: definition['x-form'].version, hash: definitionHash(text), definition: text, publishedAt: new Date().toISOString(), publishedBy: 'policy2' });
}

test('a version published through one server is listed, served and used for new records by another on the same store', async () => {
  const first = await startServer();
  const second = await startServer({}, {}, first);
  try {
    const prison = await second.login('prison');
    assert.not.ok((await prison.get('/api/forms')).body.some((f: any) => f.name === 'road-check'));
    await publish(first.store, newForm('road-check'));
    const listed = (await prison.get('/api/forms')).body.find((f: any) => f.name === 'road-check');
    assert.equal(listed, { name: 'road-check', title: 'New form road-check', versions: ['1.0.0'], mayCreate: true });
    assert.is((await prison.get('/api/forms/road-check/versions/1.0.0')).body.title, 'New form road-check');
    // The first version of a new form is its default everywhere.
    const created = await prison.post('/api/records', { form: 'road-check', move: newMove(), person: newPerson() });
    assert.is(created.status, 201, created.text);
    assert.is(created.body.version, '1.0.0');
  } finally {
    await second.close();
    await first.close();
  }
});

test('a rollout changed in the store decides the version of the next record on every server', async () => {
  const first = await startServer();
  const second = await startServer({}, {}, first);
  try {
    const prison = await second.login('prison');
    assert.is((await prison.post('/api/records', { form: 'escort-check', move: newMove(), person: newPerson() })).body.version, '1.0.0');
    const current = (await first.store.getRollout())!;
    const rollout = JSON.parse(current.rollout);
    rollout.forms['escort-check'].rules.unshift({ version: '1.1.0', when: { locations: ['WIN'] } });
    await first.store.putRollout({ rollout: JSON.stringify(rollout), at: new Date().toISOString(), by: 'policy2', reason: 'pilot at WIN' }, current.revision);
    assert.is((await prison.post('/api/records', { form: 'escort-check', move: newMove(), person: newPerson() })).body.version, '1.1.0');
    assert.equal((await first.store.rolloutHistory()).map((r) => r.by), ['forms/rollout.json', 'policy2']);
  } finally {
    await second.close();
    await first.close();
  }
});

test('a forms file that differs from the published version of the same name and version stops the start, naming it', async () => {
  const dataDir = tempDir('data-');
  await (await onKeptStore(dataDir)).close();
  const changed = { ...fixture('1.0.0'), title: 'Changed after publishing' };
  const forms = tempDir('forms-changed-');
  cpSync(FIXTURE_FORMS, forms, { recursive: true });
  writeFileSync(join(forms, 'escort-check', '1.0.0.json'), JSON.stringify(changed, null, 2));
  const { code, output } = await failedStart({ DATA_DIR: dataDir, FORMS_DIR: forms });
  assert.is(code, 1);
  assert.match(output, /escort-check\/1\.0\.0\.json differs from escort-check 1\.0\.0 already published/);
  assert.match(output, /give your change a new version number/);
});

test('form-engine export writes the published versions and the rollout; a server starts from them unchanged', async () => {
  const dataDir = tempDir('data-');
  const server = await onKeptStore(dataDir);
  await publish(server.store, newForm('road-check'));
  await server.close();
  const out = tempDir('forms-export-');
  const run = spawnSync(process.execPath, [join(root, 'server/cli/form-engine.js'), 'export', '--out', out], { cwd: root, encoding: 'utf8', env: { ...process.env, DATA_DIR: dataDir, MONGODB_URL: '' } });
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, /wrote road-check\/1\.0\.0\.json/);
  assert.match(run.stdout, /4 files written/);
  const rollout = JSON.parse(readFileSync(join(out, 'rollout.json'), 'utf8'));
  assert.equal(rollout.forms['road-check'], { default: '1.0.0', rules: [] });
  assert.equal(JSON.parse(readFileSync(join(out, 'escort-check', '1.1.0.json'), 'utf8')), fixture('1.1.0'));
  for (const file of ['locations.json', 'move-types.json']) cpSync(join(FIXTURE_FORMS, file), join(out, file));
  // The exported files are the same versions: a server on the same store starts from them.
  const again = await onKeptStore(dataDir, out);
  try {
    const prison = await again.login('prison');
    assert.equal((await prison.get('/api/forms')).body.map((f: any) => f.name).sort(), ['escort-check', 'road-check']);
  } finally {
    await again.close();
  }
});

test.after(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
test.run();
