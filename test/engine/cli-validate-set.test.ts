// `form-engine validate <forms folder>` checks the folder as one set (definitions, rollout, locations,
// move types) and the server refuses to start on exactly the problems it lists.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFormsRegistry } from '../../server/forms-registry.ts';
import { formsDir } from '../forms/load.ts';
import { formEngine, tempFolder } from './cli-helpers.ts';

/** A copy of the forms folder under test, as `<temp>/forms`, with `change` applied to its data. */
function formsCopy(change: (dir: string) => void = () => {}): string {
  const root = tempFolder({});
  cpSync(formsDir, join(root, 'forms'), { recursive: true });
  change(join(root, 'forms'));
  return root;
}

const editJson = (path: string, edit: (data: any) => void) => {
  const data = JSON.parse(readFileSync(path, 'utf8'));
  edit(data);
  writeFileSync(path, JSON.stringify(data, null, 2));
};
const firstForm = (dir: string) => Object.keys(JSON.parse(readFileSync(join(dir, 'rollout.json'), 'utf8')).forms)[0]!;

/** validate's problem lines, and the server's refusal of the same folder: they must list the same problems. */
function bothReport(root: string): string[] {
  const run = formEngine(root, 'validate', 'forms');
  assert.is(run.status, 1, run.stdout);
  const lines = run.lines.slice(0, -1);
  let refusal = '';
  try {
    loadFormsRegistry(join(root, 'forms'));
  } catch (error) {
    refusal = (error as Error).message;
  }
  const refused = refusal.split('\n').slice(1).map((l) => l.trim().slice(root.length + 1));
  assert.equal(refused, lines, 'the server refuses with exactly what validate reports');
  return lines;
}

test('the forms folder under test passes as a set, and the server loads it', () => {
  const root = formsCopy();
  const run = formEngine(root, 'validate', 'forms');
  assert.is(run.status, 0, run.stdout);
  assert.match(run.lines.at(-1)!, /definitions? checked \(\d+ other JSON files skipped\): no problems/);
  assert.ok(loadFormsRegistry(join(root, 'forms')).list().length > 0);
});

test('a rollout that is not JSON: the problem names the line and column', () => {
  const root = formsCopy((dir) => {
    const text = readFileSync(join(dir, 'rollout.json'), 'utf8');
    writeFileSync(join(dir, 'rollout.json'), text.replace(/\}\s*$/, ',\n}\n'));
  });
  const lines = bothReport(root);
  const last = readFileSync(join(root, 'forms', 'rollout.json'), 'utf8').split('\n').length - 1;
  assert.equal(lines, [`forms/rollout.json#: the file is not valid JSON at line ${last} column 1: Expected double-quoted property name`]);
});

test('a rule naming an unknown location and region, a version that does not exist and a date that is not a date', () => {
  let form = '';
  const root = formsCopy((dir) => {
    form = firstForm(dir);
    editJson(join(dir, 'rollout.json'), (r) => {
      r.forms[form].rules.unshift({ version: '9.9.9', when: { locations: ['NOWHERE'], regions: ['atlantis'], from: '2027-01-01' } });
    });
  });
  assert.equal(bothReport(root), [
    `forms/rollout.json#/forms/${form}/rules/0/version: version "9.9.9" of form "${form}" is not in ${form}/ (it has ${versionsOf(join(root, 'forms', form))})`,
    `forms/rollout.json#/forms/${form}/rules/0/when/regions/0: "atlantis" is not a region in locations.json`,
    `forms/rollout.json#/forms/${form}/rules/0/when/locations/0: "NOWHERE" is not a location in locations.json`,
  ]);
  const impossible = formsCopy((dir) => editJson(join(dir, 'rollout.json'), (r) => { r.forms[form].rules.unshift({ version: r.forms[form].default, when: { from: '2027-02-29' } }); }));
  assert.equal(bothReport(impossible), [`forms/rollout.json#/forms/${form}/rules/0/when/from: "rollout.forms.${form}.rules[0].when.from" must be a real calendar date written like 2026-12-01`]);
});

function versionsOf(dir: string): string {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort((a, b) => a.localeCompare(b)).map((f) => f.replace(/\.json$/, '')).join(', ');
}

test('a form without a rollout, and a rollout without a form, are reported where they are', () => {
  let form = '';
  const root = formsCopy((dir) => {
    form = firstForm(dir);
    editJson(join(dir, 'rollout.json'), (r) => { r.forms.ghost = r.forms[form]; delete r.forms[form]; });
  });
  const lines = bothReport(root);
  assert.ok(lines.some((l) => new RegExp(`^forms/${form}/[^#]+#/x-form/name: form "${form}" is not in rollout\\.json, so the server would not offer it`).test(l)), lines.join('\n'));
  assert.ok(lines.includes(`forms/rollout.json#/forms/ghost: form "ghost" has no definition: there is no ghost/<version>.json in the forms folder`), lines.join('\n'));
});

test('a location in an unknown region, a repeated location code and a missing move-types.json', () => {
  const root = formsCopy((dir) => {
    editJson(join(dir, 'locations.json'), (l) => { l.locations[0].region = 'atlantis'; l.locations.push({ ...l.locations[1] }); });
  });
  const lines = bothReport(root);
  const count = JSON.parse(readFileSync(join(root, 'forms', 'locations.json'), 'utf8')).locations.length;
  assert.ok(lines.some((l) => l.startsWith('forms/locations.json#/locations/0/region: "atlantis" is not one of the regions: ')), lines.join('\n'));
  assert.ok(lines.some((l) => l.startsWith(`forms/locations.json#/locations/${count - 1}/code: `) && l.includes('is already the code of /locations/1')), lines.join('\n'));
});

test.run();
