// `form-engine validate <forms folder>` checks the folder as one set (definitions, rollout, locations,
// move types) and the server refuses to start on exactly the problems it lists.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFormsRegistry } from '../../server/forms-registry.ts';
import { validate } from '../../server/cli/validate.ts';
import { isDefinitionFile } from '../forms/load.ts';
import { formEngine } from './cli-helpers.ts';
import { bothReport, editJson, formsCopy } from './forms-copy.ts';

const firstForm = (dir: string) => Object.keys(JSON.parse(readFileSync(join(dir, 'rollout.json'), 'utf8')).forms)[0]!;

test('the forms folder under test passes as a set, and the server loads it', () => {
  const root = formsCopy();
  const run = formEngine(root, 'validate', 'forms');
  assert.is(run.status, 0, run.stdout);
  assert.match(run.lines.at(-1)!, /definitions? checked(, with \d+ translations?)? \(\d+ other JSON files skipped\): no problems/);
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
  return readdirSync(dir).filter(isDefinitionFile).sort((a, b) => a.localeCompare(b)).map((f) => f.replace(/\.json$/, '')).join(', ');
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

test('a definition anywhere but <name>/<version>.json in a forms folder is reported, and the server does not start', () => {
  let form = '';
  const root = formsCopy((dir) => {
    form = firstForm(dir);
    const [file] = readdirSync(join(dir, form)).filter(isDefinitionFile);
    const definition = JSON.parse(readFileSync(join(dir, form, file!), 'utf8'));
    definition['x-form'].version = '9.0.0';
    mkdirSync(join(dir, 'drafts', 'december'), { recursive: true });
    writeFileSync(join(dir, 'drafts', 'december', 'next.json'), JSON.stringify(definition));
  });
  const run = validate(join(root, 'forms'));
  assert.equal(run.problems.map((p) => [p.path.slice(root.length + 1), p.pointer, p.message]), [
    ['forms/drafts/december/next.json', '/x-form', `this file declares form "${form}" version "9.0.0": in a forms folder it must be at ${form}/9.0.0.json directly in the folder`],
  ]);
  assert.throws(() => loadFormsRegistry(join(root, 'forms')), /drafts\/december\/next\.json#\/x-form/);
});

test.run();
