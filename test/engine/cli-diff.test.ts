/** `form-engine diff`: the real command on the fixture pair, in each format, and on files it cannot compare. */
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { diffDefinitions } from '../../engine/diff/index.ts';
import { formEngine, tempFolder, workedExample } from './cli-helpers.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const FROM = 'test/fixtures/steering/steering-check/1.0.0.json';
const TO = 'test/fixtures/steering/steering-check/2.0.0.json';
const read = (path: string) => JSON.parse(readFileSync(`${root}${path}`, 'utf8'));

test('text: counts, then each section with its changes as sentences', () => {
  const run = formEngine(root, 'diff', FROM, TO);
  assert.is(run.status, 0, run.stderr);
  assert.is(run.lines[0], 'Steering check (2026) (steering-check): changes from version 1.0.0 to 2.0.0');
  assert.ok(run.lines.includes('38 changes:'));
  const risk = run.lines.indexOf('Risk');
  assert.ok(risk > 0);
  assert.is(run.lines[risk + 1], "  - 'Are they known to spit at staff?' is now mandatory (was optional).");
  assert.ok(run.lines.includes("  - 'Describe the weapon' is now asked and mandatory when 'Are they violent or dangerous?' is Yes (was asked and mandatory when 'Have they used a weapon?' is Yes)."));
});

test('--format json is the list of changes with pointers; --format markdown is for papers', () => {
  const json = formEngine(root, 'diff', FROM, TO, '--format', 'json');
  assert.is(json.status, 0, json.stderr);
  assert.equal(JSON.parse(json.stdout), diffDefinitions(read(FROM), read(TO)));
  const markdown = formEngine(root, 'diff', FROM, TO, '--format', 'markdown');
  assert.is(markdown.status, 0);
  assert.match(markdown.stdout, '# Steering check (2026) (steering-check): changes from version 1.0.0 to 2.0.0\n\n| Change | Count |');
  assert.match(markdown.stdout, '\n## Self-harm\n\n- New section ');
});

test('a file that is not JSON, or not a sound definition, is named and nothing is compared', () => {
  const broken = workedExample();
  delete broken['x-form'].confirmRoles;
  const dir = tempFolder({ 'not-json.json': '{ "title": ', 'broken.json': broken, 'good.json': workedExample() });
  const notJson = formEngine(dir, 'diff', 'good.json', 'not-json.json');
  assert.is(notJson.status, 1);
  assert.match(notJson.stderr, /^not-json\.json: the file is not valid JSON/m);
  assert.match(notJson.stderr, 'Nothing compared');
  assert.is(notJson.stdout, '');
  const invalid = formEngine(dir, 'diff', 'broken.json', 'good.json');
  assert.is(invalid.status, 1);
  assert.match(invalid.stderr, /^broken\.json#\/x-form: .*confirmRoles/m);
  const same = formEngine(dir, 'diff', 'good.json', 'good.json');
  assert.equal([same.status, same.lines.at(-1)], [0, 'No changes.']);
});

test('wrong usage exits 2 and says what is wrong', () => {
  for (const [args, message] of [
    [['diff', FROM, 'missing.json'], 'no such file: missing.json'],
    [['diff', FROM, TO, '--format', 'pdf'], '--format must be one of text, json, markdown, not "pdf"'],
  ] as const) {
    const run = formEngine(root, ...args);
    assert.is(run.status, 2, args.join(' '));
    assert.match(run.stderr, message);
  }
});

test.run();
