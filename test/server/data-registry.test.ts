// The server checks forms/locations.json, forms/rollout.json and forms/move-types.json against
// forms/schemas/ and against each other when it starts, and refuses to start naming the file and the field, rather than misread them.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFormsRegistry } from '../../server/forms-registry.ts';
import { FIXTURE_FORMS } from './support/server.ts';
import { failedStart } from './support/main-process.ts';
import { formsDir } from '../forms/load.ts';

const REAL_FORMS = formsDir;
const made: string[] = [];

/** A copy of the fixture forms folder with one data file changed. */
function formsWith(file: 'locations.json' | 'rollout.json' | 'move-types.json', change: (data: any) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'forms-registry-'));
  made.push(dir);
  cpSync(FIXTURE_FORMS, dir, { recursive: true });
  const data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  change(data);
  writeFileSync(join(dir, file), JSON.stringify(data));
  return dir;
}

function refusal(dir: string): string {
  try {
    loadFormsRegistry(dir);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the registry to refuse the folder');
}

test.after(() => { for (const dir of made) rmSync(dir, { recursive: true, force: true }); });

test('the committed forms/ and the test fixtures load: every form the rollout names', () => {
  const rollout = JSON.parse(readFileSync(join(REAL_FORMS, 'rollout.json'), 'utf8'));
  assert.equal(loadFormsRegistry(REAL_FORMS).list().map((f) => f.name).sort(), Object.keys(rollout.forms).sort());
  assert.ok(loadFormsRegistry(FIXTURE_FORMS).locations.length > 0);
  const real = loadFormsRegistry(REAL_FORMS);
  assert.is(real.moveType('court')?.title, 'Court appearance');
  assert.is(real.moveType('Court appearance'), undefined, 'a type is found by its code only');
});

test('move types that do not match their schema, or repeat a code, are refused naming the field; a missing file names the file', () => {
  const file = (dir: string) => join(dir, 'move-types.json');
  const wrong = formsWith('move-types.json', (m) => { m.moveTypes[0].const = 'Court Appearance'; delete m.moveTypes[1].title; });
  const message = refusal(wrong);
  assert.match(message, `${file(wrong)}#/moveTypes/0/const: "move-types.moveTypes[0].const" must match the pattern`);
  assert.match(message, `${file(wrong)}#/moveTypes/1: "move-types.moveTypes[1]" is missing "title"`);
  const repeated = formsWith('move-types.json', (m) => { m.moveTypes.push({ const: 'court', title: 'Crown court' }); });
  assert.match(refusal(repeated), `${file(repeated)}#/moveTypes/3/const: "court" is already the code of /moveTypes/0`);
  const missing = formsWith('move-types.json', () => {});
  unlinkSync(file(missing));
  assert.match(refusal(missing), `${file(missing)}#: the file is missing`);
});

test('a rollout that does not match its schema is refused, naming the file and every wrong field', () => {
  const dir = formsWith('rollout.json', (r) => {
    r.forms['escort-check'].default = '1.0';
    r.forms['escort-check'].rules[0].when.regoins = ['north'];
  });
  const message = refusal(dir);
  const file = join(dir, 'rollout.json');
  assert.match(message, `${dir} does not pass form-engine validate (2 problems):`);
  assert.match(message, `${file}#/forms/escort-check/default: "rollout.forms.escort-check.default" must match the pattern`);
  assert.match(message, `${file}#/forms/escort-check/rules/0/when/regoins: "rollout.forms.escort-check.rules[0].when" has no field "regoins" (did you mean "regions"?)`);
});

test('locations that do not match their schema are refused, naming the field', () => {
  const dir = formsWith('locations.json', (l) => { l.locations[1].kind = 'castle'; delete l.locations[2].name; });
  const message = refusal(dir);
  const file = join(dir, 'locations.json');
  assert.match(message, `${file}#/locations/1/kind: "locations.locations[1].kind" must be one of "prison", "police", "court", "hospital"`);
  assert.match(message, `${file}#/locations/2: "locations.locations[2]" is missing "name"`);
});

test('a region, location or version that does not exist is refused, naming where it is named', () => {
  assert.match(refusal(formsWith('locations.json', (l) => { l.locations[0].region = 'east'; })),
    /locations\.json#\/locations\/0\/region: "east" is not one of the regions: south, north/);
  const message = refusal(formsWith('rollout.json', (r) => {
    const rule = r.forms['escort-check'].rules[0];
    Object.assign(rule, { version: '3.0.0', descriptions: { xx: 'pilote' }, when: { regions: ['north', 'east'], locations: ['NOPE'] } });
  }));
  assert.match(message, /rollout\.json#\/forms\/escort-check\/rules\/0\/descriptions\/xx: "xx" is not a language the forms are translated into \(/);
  assert.match(message, /rollout\.json#\/forms\/escort-check\/rules\/0\/version: version "3\.0\.0" of form "escort-check" is not in .*escort-check\/ \(it has 1\.0\.0, 1\.1\.0\)/);
  assert.match(message, /rollout\.json#\/forms\/escort-check\/rules\/0\/when\/regions\/1: "east" is not a region in locations\.json/);
  assert.match(message, /rollout\.json#\/forms\/escort-check\/rules\/0\/when\/locations\/0: "NOPE" is not a location in locations\.json/);
});

test('npm start refuses to start on a broken rollout, with one line naming the file and field', async () => {
  const dir = formsWith('rollout.json', (r) => { r.forms['escort-check'].default = 'latest'; });
  const { code, output } = await failedStart({ FORMS_DIR: dir });
  assert.is(code, 1);
  assert.match(output, 'could not start:');
  assert.match(output, `${join(dir, 'rollout.json')}#/forms/escort-check/default`);
  assert.not.match(output, /    at /, 'no stack trace');
});

test.run();
