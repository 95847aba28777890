import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { checkDefinition } from '../../engine/check/index.ts';
import type { DefinitionProblem } from '../../engine/types.ts';

type Json = Record<string, any>;
const example: Json = JSON.parse(readFileSync(new URL('../../docs/examples/escort-check/1.0.0.json', import.meta.url), 'utf8'));

const R = '/properties/risk';
const V = `${R}/properties/violent`;
const H = '/properties/health';
const MED = `${H}/allOf/0/then/properties/medication`;

/** Named places in a fresh copy of the worked example, for the mutations below. */
function parts(d: Json) {
  const risk = d.properties.risk;
  const health = d.properties.health;
  const violentRule = risk.allOf[0];
  const medication = health.allOf[0].then.properties.medication;
  return {
    d, risk, health, violentRule, medication,
    violent: risk.properties.violent,
    observation: risk.properties.observation,
    riskTo: risk.properties.riskTo,
    heightCm: risk.properties.heightCm,
    violentDetails: violentRule.then.properties.violentDetails,
    weaponWhen: violentRule.then.allOf[0].then.properties.weaponWhen,
    riskToStaffDetails: risk.allOf[1].then.properties.riskToStaffDetails,
    riskToRule: risk.allOf[1],
    item: medication.items,
  };
}

interface Case { name: string; mutate: (p: ReturnType<typeof parts>) => void; pointer: string; message: string }

const cases: Case[] = [
  // unknown keywords, anywhere, with the nearest known keyword
  { name: 'unknown keyword at the root', mutate: ({ d }) => { d.titel = 'Escort'; }, pointer: '/titel', message: 'unknown keyword "titel" (did you mean "title"?)' },
  { name: 'unknown keyword in a section', mutate: ({ risk }) => { risk.descripton = 'x'; }, pointer: `${R}/descripton`, message: '(did you mean "description"?)' },
  { name: 'unknown keyword in a question', mutate: ({ violent }) => { violent.requird = true; }, pointer: `${V}/requird`, message: 'unknown keyword "requird" (did you mean "required"?)' },
  { name: 'unknown keyword in an if', mutate: ({ violentRule }) => { violentRule.if.requird = ['violent']; }, pointer: `${R}/allOf/0/if/requird`, message: 'unknown keyword "requird"' },
  { name: 'unknown keyword in a then', mutate: ({ violentRule }) => { violentRule.then.propertes = {}; }, pointer: `${R}/allOf/0/then/propertes`, message: '(did you mean "properties"?)' },
  { name: 'unknown keyword in a list item', mutate: ({ item }) => { item.requied = []; }, pointer: `${MED}/items/requied`, message: 'unknown keyword "requied"' },
  { name: 'misspelt vocabulary keyword', mutate: ({ violent }) => { violent['x-eror'] = {}; }, pointer: `${V}/x-eror`, message: '(did you mean "x-errors"?)' },
  // keywords in the wrong place
  { name: 'x-section on a question', mutate: ({ violent }) => { violent['x-section'] = { editRoles: ['prison'], requiredForConfirmation: true }; }, pointer: `${V}/x-section`, message: '"x-section" belongs on a section' },
  { name: 'else in a follow-up rule', mutate: ({ violentRule }) => { violentRule.else = { properties: {} }; }, pointer: `${R}/allOf/0/else`, message: 'write a second "if"/"then"' },
  { name: 'keyword a kind does not use', mutate: ({ violent }) => { violent.maxLength = 3; }, pointer: `${V}/maxLength`, message: '"maxLength" is not used by a yesNo question' },
  // question kinds and their schemas
  { name: 'unknown question kind', mutate: ({ violent }) => { violent['x-kind'] = 'yesno'; }, pointer: `${V}/x-kind`, message: 'unknown question kind "yesno" (did you mean "yesNo"?)' },
  { name: 'question without a kind', mutate: ({ heightCm }) => { delete heightCm['x-kind']; }, pointer: `${R}/properties/heightCm`, message: 'question "heightCm" needs "x-kind"' },
  { name: 'question without a title', mutate: ({ heightCm }) => { delete heightCm.title; }, pointer: `${R}/properties/heightCm`, message: 'needs a "title"' },
  { name: 'yesNo with another enum', mutate: ({ violent }) => { violent.enum = ['yes', 'no', 'maybe']; }, pointer: `${V}/enum`, message: 'a yesNo question needs "enum": ["yes", "no"]' },
  { name: 'singleChoice of the wrong type', mutate: ({ observation }) => { observation.type = 'array'; }, pointer: `${R}/properties/observation/type`, message: 'a singleChoice question needs "type": "string"' },
  { name: 'choice listed twice', mutate: ({ observation }) => { observation.oneOf[1].const = 'standard'; }, pointer: `${R}/properties/observation/oneOf/1/const`, message: 'choice "standard" is listed twice' },
  { name: 'choice without a title', mutate: ({ observation }) => { delete observation.oneOf[2].title; }, pointer: `${R}/properties/observation/oneOf/2`, message: 'a choice needs a "title"' },
  { name: 'multipleChoice without uniqueItems', mutate: ({ riskTo }) => { delete riskTo.uniqueItems; }, pointer: `${R}/properties/riskTo`, message: '"uniqueItems": true' },
  { name: 'number as a string', mutate: ({ heightCm }) => { heightCm.type = 'string'; }, pointer: `${R}/properties/heightCm/type`, message: 'a number question needs "type": "number" or "integer"' },
  { name: 'date with the date-time format', mutate: ({ weaponWhen }) => { weaponWhen.format = 'date-time'; }, pointer: `${R}/allOf/0/then/allOf/0/then/properties/weaponWhen/format`, message: 'a date question needs "format": "date"' },
  { name: 'list without x-list', mutate: ({ medication }) => { delete medication['x-list']; }, pointer: MED, message: 'needs "x-list"' },
  { name: 'text without maxLength', mutate: ({ riskToStaffDetails }) => { delete riskToStaffDetails.maxLength; }, pointer: `${R}/allOf/1/then/properties/riskToStaffDetails`, message: 'needs "maxLength"' },
  { name: 'longText without maxLength', mutate: ({ violentDetails }) => { delete violentDetails.maxLength; }, pointer: `${R}/allOf/0/then/properties/violentDetails`, message: 'needs "maxLength"' },
  { name: 'pattern without maxLength', mutate: ({ riskToStaffDetails }) => { riskToStaffDetails.pattern = '^[A-Z]+$'; delete riskToStaffDetails.maxLength; }, pointer: `${R}/allOf/1/then/properties/riskToStaffDetails/pattern`, message: '"pattern" needs a "maxLength" beside it' },
  { name: 'pattern that is not a regular expression', mutate: ({ riskToStaffDetails }) => { riskToStaffDetails.pattern = '([A-Z]'; }, pointer: `${R}/allOf/1/then/properties/riskToStaffDetails/pattern`, message: 'not a valid regular expression' },
  // follow-up conditions
  { name: 'condition on a value the question cannot take', mutate: ({ violentRule }) => { violentRule.if.properties.violent.const = 'maybe'; }, pointer: `${R}/allOf/0/if/properties/violent/const`, message: 'the condition tests "maybe", which question "violent" cannot take (it can be "yes" or "no")' },
  { name: 'enum condition with an impossible value', mutate: ({ violentRule }) => { violentRule.if.properties.violent = { enum: ['yes', 'Y'] }; }, pointer: `${R}/allOf/0/if/properties/violent/enum/1`, message: 'tests "Y"' },
  { name: 'contains condition with an impossible value', mutate: ({ riskToRule }) => { riskToRule.if.properties.riskTo.contains.const = 'children'; }, pointer: `${R}/allOf/1/if/properties/riskTo/contains/const`, message: 'it can be "staff" or "women"' },
  { name: 'condition on an unknown question', mutate: ({ violentRule }) => { violentRule.if = { properties: { violnt: { const: 'yes' } }, required: ['violnt'] }; }, pointer: `${R}/allOf/0/if/properties/violnt`, message: 'tests "violnt", which is not a question in section "risk" (did you mean "violent"?)' },
  { name: 'condition on a question of another section', mutate: ({ violentRule }) => { violentRule.if = { properties: { takesMedication: { const: 'yes' } }, required: ['takesMedication'] }; }, pointer: `${R}/allOf/0/if/properties/takesMedication`, message: 'not a question in section "risk"' },
  { name: 'condition the engine cannot read', mutate: ({ violentRule }) => { violentRule.if.properties.violent = { minLength: 2 }; }, pointer: `${R}/allOf/0/if/properties/violent`, message: 'the engine cannot read this test of question "violent"' },
  { name: 'if with more than properties and required', mutate: ({ violentRule }) => { violentRule.if.anyOf = [{ required: ['violent'] }]; }, pointer: `${R}/allOf/0/if/anyOf`, message: '"anyOf" is not used in an "if"' },
  { name: 'if that does not require what it tests', mutate: ({ violentRule }) => { delete violentRule.if.required; }, pointer: `${R}/allOf/0/if`, message: 'its "required" does not list "violent"' },
  { name: 'contains on a yes/no question', mutate: ({ violentRule }) => { violentRule.if.properties.violent = { type: 'array', contains: { const: 'yes' } }; }, pointer: `${R}/allOf/0/if/properties/violent`, message: '"contains" tests a ticked box' },
  { name: 'const on a multiple-choice question', mutate: ({ riskToRule }) => { riskToRule.if.properties.riskTo = { const: 'staff' }; }, pointer: `${R}/allOf/1/if/properties/riskTo`, message: 'test a ticked box with' },
  { name: 'condition on its own follow-up', mutate: ({ violentRule }) => { violentRule.if = { properties: { weaponUsed: { const: 'yes' } }, required: ['weaponUsed'] }; }, pointer: `${R}/allOf/0/if/properties/weaponUsed`, message: 'one of its own follow-up questions' },
  { name: 'follow-up rule without then', mutate: ({ riskToRule }) => { delete riskToRule.then; }, pointer: `${R}/allOf/1`, message: 'needs a "then"' },
  // flags
  { name: 'flag on a value the question cannot take', mutate: ({ violent }) => { violent['x-flags'][0].values = ['Yes']; }, pointer: `${V}/x-flags/0/values/0`, message: 'the flag names "Yes", which question "violent" cannot take' },
  { name: 'flag on a text question', mutate: ({ violentDetails }) => { violentDetails['x-flags'] = [{ values: ['x'], level: 'alert', label: 'X' }]; }, pointer: `${R}/allOf/0/then/properties/violentDetails/x-flags`, message: 'flags are raised only by' },
  // keys
  { name: 'duplicate question key across sections', mutate: ({ risk }) => { risk.properties.takesMedication = { 'x-kind': 'yesNo', title: 'Meds?', type: 'string', enum: ['yes', 'no'] }; }, pointer: `${H}/properties/takesMedication`, message: 'question key "takesMedication" is used twice in the form (also at /properties/risk/properties/takesMedication)' },
  { name: 'duplicate question key in a follow-up', mutate: ({ riskToRule }) => { riskToRule.then.properties.violentDetails = riskToRule.then.properties.riskToStaffDetails; }, pointer: `${R}/allOf/1/then/properties/violentDetails`, message: 'question key "violentDetails" is used twice' },
  { name: 'duplicate field in a list item', mutate: ({ item }) => { item.allOf[0].then.properties.name = item.properties.name; }, pointer: `${MED}/items/allOf/0/then/properties/name`, message: 'used twice in an item of list "medication"' },
  { name: 'question key not camelCase', mutate: ({ risk }) => { risk.properties.height_cm = risk.properties.heightCm; delete risk.properties.heightCm; }, pointer: `${R}/properties/height_cm`, message: 'a key must start with a lower-case letter and contain only letters and digits' },
  // messages
  { name: 'mandatory question without a required message', mutate: ({ violent }) => { delete violent['x-errors']; }, pointer: V, message: 'question "violent" is mandatory, so it needs "x-errors": { "required"' },
  { name: 'mandatory follow-up without a required message', mutate: ({ weaponWhen }) => { delete weaponWhen['x-errors'].required; }, pointer: `${R}/allOf/0/then/allOf/0/then/properties/weaponWhen`, message: 'is mandatory' },
  { name: 'mandatory item field without a required message', mutate: ({ item }) => { delete item.properties.name['x-errors']; }, pointer: `${MED}/items/properties/name`, message: 'field "name" of list "medication" is mandatory' },
  { name: 'error message for an unknown rule', mutate: ({ violent }) => { violent['x-errors'].requird = 'Select'; }, pointer: `${V}/x-errors/requird`, message: '(did you mean "required"?)' },
  { name: 'required naming an undeclared question', mutate: ({ risk }) => { risk.required.push('violnt'); }, pointer: `${R}/required/2`, message: '"required" names "violnt", which is not a question' },
  // sections and root
  { name: 'empty section', mutate: ({ health }) => { health.properties = {}; health.required = []; health.allOf = []; }, pointer: `${H}/properties`, message: 'section "health" is empty' },
  { name: 'section without x-section', mutate: ({ health }) => { delete health['x-section']; }, pointer: H, message: 'section "health" needs "x-section"' },
  { name: 'section without unevaluatedProperties', mutate: ({ health }) => { delete health.unevaluatedProperties; }, pointer: H, message: 'needs "unevaluatedProperties": false' },
  { name: 'section with additionalProperties', mutate: ({ health }) => { health.additionalProperties = false; }, pointer: `${H}/additionalProperties`, message: 'use "unevaluatedProperties": false' },
  { name: 'section name not camelCase', mutate: ({ d }) => { d.properties['health-care'] = d.properties.health; delete d.properties.health; }, pointer: '/properties/health-care', message: 'section name "health-care"' },
  { name: 'root without x-form', mutate: ({ d }) => { delete d['x-form']; }, pointer: '', message: 'missing "x-form"' },
  { name: 'root without additionalProperties', mutate: ({ d }) => { delete d.additionalProperties; }, pointer: '', message: '"additionalProperties" must be false' },
  { name: 'root with another $schema', mutate: ({ d }) => { d.$schema = 'http://json-schema.org/draft-07/schema#'; }, pointer: '/$schema', message: '"$schema" must be "https://json-schema.org/draft/2020-12/schema"' },
  { name: 'version that is not semver', mutate: ({ d }) => { d['x-form'].version = '1.0'; }, pointer: '/x-form/version', message: 'version "1.0" is not a semantic version' },
  // lists
  { name: 'itemKey naming a field not in the item', mutate: ({ medication }) => { medication['x-list'].itemKey = 'dose'; }, pointer: `${MED}/x-list/itemKey`, message: '"itemKey" names "dose", which is not a field of the list\'s items (they have "name", "neededWhileMoving")' },
  { name: 'list item without unevaluatedProperties', mutate: ({ item }) => { delete item.unevaluatedProperties; }, pointer: `${MED}/items`, message: 'the items of list "medication" need "unevaluatedProperties": false' },
  // vocabulary values (every problem, not only the first)
  { name: 'x-form without confirmRoles', mutate: ({ d }) => { delete d['x-form'].confirmRoles; }, pointer: '/x-form', message: '"x-form" is missing "confirmRoles"' },
  { name: 'x-form name with capitals', mutate: ({ d }) => { d['x-form'].name = 'Escort'; }, pointer: '/x-form/name', message: '"x-form.name" must start with a lower-case letter' },
  { name: 'unknown role', mutate: ({ health }) => { health['x-section'].editRoles = ['nurse']; }, pointer: `${H}/x-section/editRoles/0`, message: '"x-section.editRoles[0]" must be one of "policy", "prison"' },
  { name: 'unknown flag level', mutate: ({ violent }) => { violent['x-flags'][0].level = 'red'; }, pointer: `${V}/x-flags/0/level`, message: 'must be one of "alert", "warning", "attention", "information"' },
  { name: 'x-list field misspelt', mutate: ({ medication }) => { medication['x-list'].itemTitel = 'Medicine'; }, pointer: `${MED}/x-list/itemTitel`, message: 'has no field "itemTitel" (did you mean "itemTitle"?)' },
  // ajv itself: meta-schema and strict mode
  { name: 'maxLength that is not a number', mutate: ({ violentDetails }) => { violentDetails.maxLength = '2000'; }, pointer: `${R}/allOf/0/then/properties/violentDetails/maxLength`, message: '"maxLength" must be a whole number' },
  { name: 'contains without type array (strict mode)', mutate: ({ riskToRule }) => { delete riskToRule.if.properties.riskTo.type; }, pointer: `${R}/allOf/1/if/properties/riskTo`, message: '"contains" needs "type": "array" beside it' },
];

function describeAll(problems: DefinitionProblem[]): string {
  return problems.map((p) => `  ${p.pointer}: ${p.message}`).join('\n') || '  (none)';
}

function hasProblem(problems: DefinitionProblem[], pointer: string, message: string): boolean {
  return problems.some((p) => p.pointer === pointer && p.message.includes(message));
}

test('the worked example has no problems', () => {
  assert.equal(checkDefinition(example), []);
});

for (const c of cases) {
  test(`reports: ${c.name}`, () => {
    const copy = structuredClone(example);
    c.mutate(parts(copy));
    const problems = checkDefinition(copy);
    assert.ok(hasProblem(problems, c.pointer, c.message),
      `expected ${c.pointer}: …${c.message}… among:\n${describeAll(problems)}`);
  });
}

test('reports every problem of a definition with many at once', () => {
  const copy = structuredClone(example);
  const names = ['unknown keyword at the root', 'unknown keyword in a then', 'choice listed twice', 'date with the date-time format',
    'pattern without maxLength', 'condition on a value the question cannot take', 'flag on a text question',
    'duplicate field in a list item', 'mandatory item field without a required message', 'required naming an undeclared question',
    'section without unevaluatedProperties', 'version that is not semver', 'itemKey naming a field not in the item', 'unknown role',
    'unknown flag level', 'maxLength that is not a number', 'contains without type array (strict mode)'];
  const picked = cases.filter((c) => names.includes(c.name));
  assert.is(picked.length, names.length);
  for (const c of picked) c.mutate(parts(copy));
  const problems = checkDefinition(copy);
  const missing = picked.filter((c) => !hasProblem(problems, c.pointer, c.message));
  assert.equal(missing.map((c) => c.name), [], `missing among:\n${describeAll(problems)}`);
});

test('problems read in the order of the definition', () => {
  const copy = structuredClone(example);
  copy.titel = 'x';
  copy.properties.health['x-section'].editRoles = ['nurse'];
  copy.properties.risk.properties.violent['x-kind'] = 'yesno';
  const pointers = checkDefinition(copy).map((p) => p.pointer);
  assert.equal(pointers, [`${V}/x-kind`, `${H}/x-section/editRoles/0`, '/titel']);
});

test('list item fields may reuse keys used elsewhere in the form', () => {
  const copy = structuredClone(example);
  const { item } = parts(copy);
  item.properties.violent = { 'x-kind': 'text', title: 'Violent', type: 'string', maxLength: 10 };
  assert.equal(checkDefinition(copy), []);
});

test('a condition on several answers and an enum of values is accepted', () => {
  const copy = structuredClone(example);
  const { violentRule } = parts(copy);
  violentRule.if = {
    properties: { violent: { const: 'yes' }, observation: { enum: ['every15', 'constant'] } },
    required: ['violent', 'observation'],
  };
  assert.equal(checkDefinition(copy), []);
});

test('something that is not an object is one problem at the root', () => {
  assert.equal(checkDefinition([]), [{ pointer: '', message: 'a form definition must be a JSON object' }]);
  assert.equal(checkDefinition('form'), [{ pointer: '', message: 'a form definition must be a JSON object' }]);
});

test.run();
