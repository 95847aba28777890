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

for (const [file, data] of [['locations.schema.json', 'locations.json'], ['rollout.schema.json', 'rollout.json']]) {
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

test('rollout: each rule gives its version where and when it applies (unless an earlier rule does), and the default applies elsewhere', () => {
  const [data, { locations: all }] = [rollout(), locations()];
  for (const [form, { default: fallback, rules }] of Object.entries(data.forms)) {
    rules.forEach((rule, i) => {
      const where = all.filter((l) => (rule.when.regions === undefined && rule.when.locations === undefined)
        || rule.when.regions?.includes(l.region) || rule.when.locations?.includes(l.code));
      const days = [rule.when.from, rule.when.until].filter((d): d is string => d !== undefined);
      for (const location of where) {
        for (const day of days.length ? days : ['2027-01-10']) {
          const earlier = rules.slice(0, i).find((r) => chooseVersion({ forms: { [form]: { default: '0.0.0', rules: [r] } } }, locations(), form, location.code, day) !== '0.0.0');
          assert.is(chooseVersion(data, locations(), form, location.code, day), (earlier ?? rule).version, `${form} from ${location.code} on ${day}`);
        }
      }
      if (rule.when.from) {
        const before = new Date(Date.parse(`${rule.when.from}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
        const only = { forms: { [form]: { default: fallback, rules: [rule] } } };
        assert.is(chooseVersion(only, locations(), form, (where[0] ?? all[0]!).code, before), fallback, `${form}: not before ${rule.when.from}`);
      }
    });
    const unmatched = all.find((l) => rules.every((r) => r.when.regions !== undefined || r.when.locations !== undefined ? !(r.when.regions?.includes(l.region) || r.when.locations?.includes(l.code)) : false));
    if (unmatched) assert.is(chooseVersion(data, locations(), form, unmatched.code, '2027-01-10'), fallback, `${form} from ${unmatched.code}`);
  }
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
  const [form, home] = [Object.keys(r.forms)[0]!, l.locations[0]!.code];
  assert.throws(() => chooseVersion(r, l, 'no-such-form', home, '2027-01-10'), /No rollout for form "no-such-form"/);
  assert.throws(() => chooseVersion(r, l, '__proto__', home, '2027-01-10'), /No rollout for form "__proto__"/);
  assert.throws(() => chooseVersion(r, l, form, 'XYZ', '2027-01-10'), /Unknown location "XYZ"/);
  assert.throws(() => chooseVersion(r, l, form, home, 'next Tuesday'), /Date of the move "next Tuesday"/);
});

test.run();
