// forms/locations.json and forms/rollout.json: valid against their schemas, consistent with each other
// and with the definitions, and the rollout picks the piloted PER version where and when the data says.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createAjv } from '../../engine/ajv.ts';
import { chooseVersion, type Rollout } from '../../engine/rollout.ts';
import { definitionFiles, formsDir, locations, readJson, rollout } from './load.ts';

function schemaValidator(file: string) {
  const ajv = createAjv();
  return ajv.compile(readJson(join(formsDir, 'schemas', file)));
}

for (const [file, data] of [['locations.schema.json', 'locations.json'], ['rollout.schema.json', 'rollout.json'], ['roles.schema.json', 'roles.json'], ['entries.schema.json', 'entries.json']]) {
  test(`${data} is valid against schemas/${file} and names it`, () => {
    const json = readJson<Record<string, unknown>>(join(formsDir, data));
    const validate = schemaValidator(file);
    assert.ok(validate(json), JSON.stringify(validate.errors, null, 2));
    assert.is(json.$schema, `./schemas/${file}`);
  });
}

test('the location schema refuses a location of an unknown kind or without a region', () => {
  const validate = schemaValidator('locations.schema.json');
  const region = [{ code: 'south-central', name: 'South Central' }];
  assert.not.ok(validate({ regions: region, locations: [{ code: 'WIN', name: 'HMP Winchester', kind: 'castle', region: 'south-central' }] }));
  assert.not.ok(validate({ regions: region, locations: [{ code: 'WIN', name: 'HMP Winchester', kind: 'prison' }] }));
});

test('the rollout schema refuses a rule without a version or with a date that is not a date', () => {
  const validate = schemaValidator('rollout.schema.json');
  assert.not.ok(validate({ forms: { per: { default: '1.0.0', rules: [{ when: { from: '2026-12-01' } }] } } }));
  assert.not.ok(validate({ forms: { per: { default: '1.0.0', rules: [{ version: '2.0.0', when: { from: '1 December' } }] } } }));
});

test('locations: at least 20, unique codes, every region known, every kind and the Winchester pilot site present', () => {
  const { regions, locations: all } = locations();
  assert.ok(all.length >= 20, `${all.length} locations`);
  assert.is(new Set(all.map((l) => l.code)).size, all.length, 'location codes are unique');
  assert.is(new Set(regions.map((r) => r.code)).size, regions.length, 'region codes are unique');
  const regionCodes = new Set(regions.map((r) => r.code));
  for (const l of all) assert.ok(regionCodes.has(l.region), `${l.code} is in unknown region ${l.region}`);
  assert.equal([...new Set(all.map((l) => l.kind))].sort(), ['court', 'hospital', 'police', 'prison']);
  assert.ok(regions.length >= 4, 'several regions');
  assert.equal(all.find((l) => l.code === 'WIN'), { code: 'WIN', name: 'HMP Winchester', kind: 'prison', region: 'south-central' });
});

test('rollout: every form and every version it names exists as a definition, every region and location is known', () => {
  const { regions, locations: all } = locations();
  const files = new Set(definitionFiles().map((d) => `${d.form}/${d.version}`));
  const forms = new Set(definitionFiles().map((d) => d.form));
  const data = rollout();
  assert.equal(Object.keys(data.forms).sort(), [...forms].sort(), 'every form has a rollout');
  for (const [form, { default: fallback, rules }] of Object.entries(data.forms)) {
    assert.ok(files.has(`${form}/${fallback}`), `${form} default ${fallback} exists`);
    for (const rule of rules) {
      assert.ok(existsSync(join(formsDir, form, `${rule.version}.json`)), `${form} ${rule.version} exists`);
      for (const r of rule.when.regions ?? []) assert.ok(regions.some((x) => x.code === r), `region ${r} is known`);
      for (const c of rule.when.locations ?? []) assert.ok(all.some((x) => x.code === c), `location ${c} is known`);
    }
  }
});

function expectVersions(r: Rollout, cases: [form: string, from: string, date: string, version: string][]): void {
  const l = locations();
  for (const [form, from, date, version] of cases) assert.is(chooseVersion(r, l, form, from, date), version, `${form} from ${from} on ${date}`);
}

test('rollout: PER 2.0.0 for a move from Winchester from the pilot date, 1.0.0 before it and elsewhere', () => {
  expectVersions(rollout(), [
    ['per', 'WIN', '2026-12-01', '2.0.0'],
    ['per', 'WIN', '2027-03-15T09:30:00Z', '2.0.0'],
    ['per', 'SOTPIC', '2027-01-10', '2.0.0'], // every South Central location is in the pilot
    ['per', 'WIN', '2026-11-30', '1.0.0'],
    ['per', 'LEI', '2027-01-10', '1.0.0'],
    ['per', 'CFI', '2027-01-10', '1.0.0'],
    ['sash', 'WIN', '2027-01-10', '1.0.0'],
    ['per-local', 'WIN', '2027-01-10', '1.0.0'],
  ]);
});

test('rollout: rules are read in order, by location or region, between from and until inclusive', () => {
  const rules = [
    { version: '3.0.0', when: { locations: ['LEI'], from: '2027-01-01', until: '2027-01-31' } },
    { version: '2.0.0', when: { regions: ['yorkshire'] } },
  ];
  expectVersions({ forms: { per: { default: '1.0.0', rules } } }, [
    ['per', 'LEI', '2027-01-01', '3.0.0'],
    ['per', 'LEI', '2027-01-31', '3.0.0'],
    ['per', 'LEI', '2027-02-01', '2.0.0'],
    ['per', 'WDI', '2027-01-15', '2.0.0'],
    ['per', 'WIN', '2027-01-15', '1.0.0'],
  ]);
});

test('rollout: a clear error for an unknown form, location or date', () => {
  const [r, l] = [rollout(), locations()];
  assert.throws(() => chooseVersion(r, l, 'escort-check', 'WIN', '2027-01-10'), /No rollout for form "escort-check"/);
  assert.throws(() => chooseVersion(r, l, '__proto__', 'WIN', '2027-01-10'), /No rollout for form "__proto__"/);
  assert.throws(() => chooseVersion(r, l, 'per', 'XYZ', '2027-01-10'), /Unknown location "XYZ"/);
  assert.throws(() => chooseVersion(r, l, 'per', 'WIN', 'next Tuesday'), /Date of the move "next Tuesday"/);
});

test.run();
