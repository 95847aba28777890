// A data-only change keeps every test green: a copy of the forms folder gains a new form (a fixture) and
// a new minor version of a form with one more question and its follow-up, piloted in one location; the
// form tests and the server tests that read the forms folder run against the copy (FORMS_DIR) and pass,
// with no test edited, and they exercise the new form and version.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import type { Rollout } from '../engine/rollout.ts';
import { isDefinitionFile } from './forms/load.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const writeJson = (path: string, data: unknown) => writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);

const dir = mkdtempSync(join(tmpdir(), 'data-only-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

/** The copy: forms/ plus the fixture form, plus the next minor version of the form with the most versions. */
function makeCopy(): { newForm: string; form: string; version: string; location: string } {
  cpSync(join(root, 'forms'), dir, { recursive: true });
  const newForm = 'escort-kit-check';
  mkdirSync(join(dir, newForm));
  cpSync(join(root, 'test/fixtures/data-only', newForm, '1.0.0.json'), join(dir, newForm, '1.0.0.json'));
  const rollout = readJson(join(dir, 'rollout.json')) as Rollout;
  rollout.forms[newForm] = { default: '1.0.0', rules: [] };

  const versionsOf = (name: string) => readdirSync(join(dir, name)).filter(isDefinitionFile).map((f) => f.replace(/\.json$/, '')).sort(semver.compare);
  const form = Object.keys(rollout.forms).sort((a, b) => versionsOf(b).length - versionsOf(a).length)[0]!;
  const newest = versionsOf(form).at(-1)!;
  const version = semver.inc(newest, 'minor')!;
  const definition = readJson(join(dir, form, `${newest}.json`));
  definition['x-form'].version = version;
  const section = Object.values<any>(definition.properties)[0];
  section.properties.knownToSpitAtStaff = {
    'x-kind': 'yesNo', title: 'Are they known to spit at staff?', type: 'string', enum: ['yes', 'no'],
    'x-errors': { required: 'Select yes if they are known to spit at staff' },
  };
  section.required = [...(section.required ?? []), 'knownToSpitAtStaff'];
  section.allOf = [...(section.allOf ?? []), {
    if: { properties: { knownToSpitAtStaff: { const: 'yes' } }, required: ['knownToSpitAtStaff'] },
    then: {
      properties: { knownToSpitAtStaffDetails: { 'x-kind': 'longText', title: 'Give details', type: 'string', maxLength: 2000, 'x-errors': { required: 'Enter details of when they spat at staff' } } },
      required: ['knownToSpitAtStaffDetails'],
    },
  }];
  writeJson(join(dir, form, `${version}.json`), definition);

  // The pilot: one location (where the demo accounts work, so the web pages would show it), from a day in the future.
  const location = readJson(join(root, 'server/demo-accounts.json')).homeLocation as string;
  rollout.forms[form]!.rules.unshift({ version, description: 'Data-only test pilot', when: { locations: [location], from: '2027-01-04' } });
  writeJson(join(dir, 'rollout.json'), rollout);
  return { newForm, form, version, location };
}

/** The server test files that read the forms folder under test; the others use their own fixture folder. */
function serverFilesReadingTheFormsFolder(): string[] {
  return readdirSync(join(root, 'test/server')).filter((f) => f.endsWith('.test.ts'))
    .filter((f) => /forms\/load\.ts/.test(readFileSync(join(root, 'test/server', f), 'utf8')))
    .map((f) => `test/server/${f}`);
}

function run(filter: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'test/run.ts', filter], {
    cwd: root, encoding: 'utf8', env: { ...process.env, FORMS_DIR: dir }, maxBuffer: 64 * 1024 * 1024,
  });
  // Shown only on failure; renamed so that this file's own tally does not count the inner runs.
  return { status: result.status, output: `${result.stdout}${result.stderr}`.replace(/(Total|Passed):/g, 'inner $1 -') };
}

/** What the test helpers discover under FORMS_DIR=<copy>: form/version ids of the form tests, form names of the server's registry. */
function discovered(): { definitions: string[]; served: string[] } {
  const script = `import { definitionFiles, formsDir } from './test/forms/load.ts';
import { loadFormsRegistry } from './server/forms-registry.ts';
console.log(JSON.stringify({ definitions: definitionFiles().map((f) => f.form + '/' + f.version),
  served: loadFormsRegistry(formsDir).list().flatMap((f) => f.versions.map((v) => f.name + ' ' + v)) }));`;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', env: { ...process.env, FORMS_DIR: dir } });
  assert.is(result.status, 0, result.stderr);
  return JSON.parse(result.stdout);
}

test('the copied folder with a new form and a piloted new version passes form-engine validate', () => {
  const { newForm, form, version } = makeCopy();
  const result = spawnSync(process.execPath, [join(root, 'server/cli/form-engine.js'), 'validate', dir], { cwd: root, encoding: 'utf8' });
  assert.is(result.status, 0, result.stdout);
  assert.ok(readdirSync(join(dir, newForm)).length === 1 && readdirSync(join(dir, form)).includes(`${version}.json`));
  assert.not.ok(readdirSync(join(dir, form)).includes(`${version}.cy.json`), 'the new version has no translation, and validate accepts it');
});

test('the form tests pass against the copy, and cover the new form and version', () => {
  const { newForm, form, version } = { newForm: 'escort-kit-check', ...newest() };
  const { definitions } = discovered();
  assert.ok(definitions.includes(`${newForm}/1.0.0`) && definitions.includes(`${form}/${version}`), definitions.join(', '));
  const { status, output } = run('test/forms/');
  assert.is(status, 0, output.slice(-4000));
  assert.match(output, / 0 failed\n?$/);
});

test('the server tests that read the forms folder pass against the copy, which the server serves with the new form and version', () => {
  const files = serverFilesReadingTheFormsFolder();
  assert.ok(files.length > 0);
  const { form, version } = newest();
  const { served } = discovered();
  assert.ok(served.includes('escort-kit-check 1.0.0') && served.includes(`${form} ${version}`), served.join(', '));
  for (const file of files) {
    const { status, output } = run(file);
    assert.is(status, 0, `${file}:\n${output.slice(-4000)}`);
  }
});

/** The form and version the copy added (the highest minor version with the data-only pilot rule). */
function newest(): { form: string; version: string } {
  const rollout = readJson(join(dir, 'rollout.json')) as Rollout;
  const [form, entry] = Object.entries(rollout.forms).find(([, e]) => e.rules.some((r) => r.description === 'Data-only test pilot'))!;
  return { form, version: entry.rules.find((r) => r.description === 'Data-only test pilot')!.version };
}

test.run();
