import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { formEngine, tempFolder, workedExample } from './cli-helpers.ts';

const locations = { $schema: './schemas/locations.schema.json', regions: [], locations: [] };

test('a folder of good definitions passes, and other JSON files are skipped', () => {
  const dir = tempFolder({ 'forms/escort-check/1.0.0.json': workedExample(), 'forms/locations.json': locations });
  const run = formEngine(dir, 'validate', 'forms');
  assert.is(run.status, 0, run.stdout + run.stderr);
  assert.equal(run.lines, ['1 definition checked (1 other JSON file skipped): no problems']);
});

test('each problem is a file#pointer line, with a summary, and the exit status is 1', () => {
  const broken = workedExample();
  broken.titel = 'Escort check';
  broken.properties.risk.properties.violent['x-kind'] = 'yesno';
  const dir = tempFolder({ 'forms/escort-check/1.0.0.json': broken, 'forms/other/1.0.0.json': { ...workedExample(), 'x-form': { ...workedExample()['x-form'], name: 'other' } } });
  const run = formEngine(dir, 'validate', 'forms');
  assert.is(run.status, 1);
  assert.equal(run.lines, [
    'forms/escort-check/1.0.0.json#/properties/risk/properties/violent/x-kind: unknown question kind "yesno" (did you mean "yesNo"?); the kinds are yesNo, singleChoice, multipleChoice, text, longText, number, date, dateTime, list',
    'forms/escort-check/1.0.0.json#/titel: unknown keyword "titel" (did you mean "title"?)',
    '2 definitions checked: 2 problems in 1 file',
  ]);
});

test('a single file is checked even without x-form', () => {
  const dir = tempFolder({ 'locations.json': locations });
  const run = formEngine(dir, 'validate', 'locations.json');
  assert.is(run.status, 1);
  assert.ok(run.lines.includes('locations.json#: missing "x-form": the form\'s name, version, confirmRoles, entryRoles and cancelRoles'), run.stdout);
});

test('two files claiming the same name and version are reported', () => {
  const dir = tempFolder({ 'forms/escort-check/1.0.0.json': workedExample(), 'drafts/escort-check-copy.json': workedExample() });
  const run = formEngine(dir, 'validate', '.');
  assert.is(run.status, 1);
  assert.ok(run.lines.includes('forms/escort-check/1.0.0.json#/x-form: form "escort-check" version "1.0.0" is also defined in drafts/escort-check-copy.json; each version must have exactly one file'), run.stdout);
});

test('problems of one file come in the order of the file, cross-file checks included; a bad version gets no path advice', () => {
  const broken = workedExample();
  broken['x-form'].version = '1.0';
  broken['x-form'].prefillFrom = ['sahs'];
  delete broken.title;
  const dir = tempFolder({ 'forms/escort-check/1.0.json': broken });
  const run = formEngine(dir, 'validate', 'forms');
  assert.is(run.status, 1);
  assert.equal(run.lines, [
    'forms/escort-check/1.0.json#: missing "title": the form\'s title as staff see it',
    'forms/escort-check/1.0.json#/x-form/version: version "1.0" is not a semantic version like "1.0.0"',
    'forms/escort-check/1.0.json#/x-form/prefillFrom/0: "prefillFrom" names form "sahs", which is not in this folder',
    '1 definition checked: 3 problems in 1 file',
  ]);
});

test('a definition whose path does not match forms/<name>/<version>.json is reported', () => {
  const dir = tempFolder({ 'forms/escort/1.0.1.json': workedExample() });
  const run = formEngine(dir, 'validate', 'forms');
  assert.is(run.status, 1);
  assert.match(run.stdout, 'forms/escort/1.0.1.json#/x-form: this file declares form "escort-check" version "1.0.0", so it must be at forms/escort-check/1.0.0.json');
});

test('in a folder, prefillFrom must name a form that is there', () => {
  const sash = { ...workedExample(), 'x-form': { ...workedExample()['x-form'], name: 'sash' } };
  const prefilled = workedExample();
  prefilled['x-form'].prefillFrom = ['sash', 'sahs'];
  const dir = tempFolder({ 'forms/escort-check/1.0.0.json': prefilled, 'forms/sash/1.0.0.json': sash });
  const run = formEngine(dir, 'validate', 'forms');
  assert.is(run.status, 1);
  assert.equal(run.lines, [
    'forms/escort-check/1.0.0.json#/x-form/prefillFrom/1: "prefillFrom" names form "sahs", which is not in this folder (did you mean "sash"?)',
    '2 definitions checked: 1 problem in 1 file',
  ]);
});

test('a file that is not JSON is a problem, not a crash', () => {
  const dir = tempFolder({ 'forms/broken/1.0.0.json': '{ "x-form": ' });
  const run = formEngine(dir, 'validate', 'forms');
  assert.is(run.status, 1);
  assert.match(run.lines[0], /^forms\/broken\/1\.0\.0\.json#: the file is not valid JSON at line 1 column 13: Unexpected end of JSON input$/);
  assert.is(run.lines[1], '1 definition checked: 1 problem in 1 file');
});

test('usage errors exit 2 with a clear message on stderr', () => {
  const dir = tempFolder({});
  const cases: [string[], string][] = [
    [[], 'say what to do: validate, types, example, diff, impact or export'],
    [['check', 'forms'], 'unknown command "check": use validate, types, example, diff, impact or export'],
    [['validate'], 'validate needs a file or folder'],
    [['validate', 'missing'], 'no such file or folder: missing'],
    [['validate', '.', 'extra'], 'give one file or folder'],
    [['types', '.'], 'types needs --out <dir>'],
    [['validate', '.', '--colour'], "Unknown option '--colour'"],
  ];
  for (const [args, message] of cases) {
    const run = formEngine(dir, ...args);
    assert.is(run.status, 2, args.join(' '));
    assert.match(run.stderr, message);
    assert.match(run.stderr, 'form-engine --help');
    assert.is(run.stdout, '');
  }
});

test('--help explains both commands', () => {
  const run = formEngine(tempFolder({}), '--help');
  assert.is(run.status, 0);
  assert.match(run.stdout, 'form-engine validate <file-or-folder>');
  assert.match(run.stdout, 'form-engine types <file-or-folder> --out <dir>');
});

test.run();
