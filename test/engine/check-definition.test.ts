import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkDefinition } from '../../engine/check/index.ts';
import type { DefinitionProblem } from '../../engine/types.ts';
import { cases, example, H, parts, V } from '../fixtures/check/broken-examples.ts';

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
  // violentDetails is carried over, so the answers its condition tests must be too.
  copy.properties.risk.properties.observation['x-prefill'] = true;
  assert.equal(checkDefinition(copy), []);
});

test('any value anywhere in the definition gives problems with pointers, never an exception', () => {
  const paths: string[][] = [];
  const collect = (value: unknown, path: string[]) => {
    paths.push(path);
    if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collect(v, [...path, k]);
  };
  collect(example, []);
  // Every fourth place, so the test stays quick; the places differ in kind (keywords, schemas, lists, values).
  for (const path of paths.filter((p, i) => p.length > 0 && i % 4 === 0)) {
    for (const value of [null, 7, [], { a: 1 }]) {
      const copy = structuredClone(example);
      let parent: any = copy;
      for (const key of path.slice(0, -1)) parent = parent[key];
      parent[path[path.length - 1]] = structuredClone(value);
      const problems = checkDefinition(copy);
      for (const p of problems) assert.ok(/^(\/|$)/.test(p.pointer) && p.message.length > 0, `${path.join('/')} = ${JSON.stringify(value)}: ${JSON.stringify(p)}`);
    }
  }
});

test('something that is not an object is one problem at the root', () => {
  assert.equal(checkDefinition([]), [{ pointer: '', code: 'checker.notAnObject', message: 'a form definition must be a JSON object' }]);
  assert.equal(checkDefinition('form'), [{ pointer: '', code: 'checker.notAnObject', message: 'a form definition must be a JSON object' }]);
});

test.run();
