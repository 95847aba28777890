/**
 * The browser definition checker, as the browser gets it: the bundle web-components/build.ts builds
 * (ajv standalone code generated at build time), written to test/output and imported here in Node.
 * It must find what `form-engine validate` finds, except what only the strict-mode compile finds.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkDefinition } from '../../engine/check/index.ts';
import type { DefinitionProblem } from '../../engine/types.ts';
import { buildBrowserChecker, buildComponents } from '../../web-components/build.ts';
import { definitionFiles } from '../forms/load.ts';
import { cases, example, parts } from '../fixtures/check/broken-examples.ts';

const outDir = fileURLToPath(new URL('../output/check-browser/', import.meta.url));
mkdirSync(outDir, { recursive: true });
const bundle = await buildBrowserChecker();
writeFileSync(`${outDir}form-engine-check.mjs`, bundle.code);
const browser = (await import(`${outDir}form-engine-check.mjs`)) as typeof import('../../engine/check/browser.ts');

/**
 * The broken examples where `form-engine validate` says more than the browser: each also breaks a
 * JSON Schema strict-mode rule, which only compiling the definition finds. Only the last one's
 * expected problem comes from the compile alone; the others' expected problems are found in the browser too.
 */
const STRICT_COMPILE_CASES = [
  'number as a string', 'pattern that is not a regular expression', 'condition the engine cannot read',
  'if with more than properties and required', 'follow-up rule without then', 'required naming an undeclared question',
  'contains without type array (strict mode)',
];
const STRICT_COMPILE_ONLY = ['contains without type array (strict mode)'];
const FROM_THE_COMPILE = /JSON Schema strict mode|the definition is not a valid JSON Schema|unknown format/;

function broken(mutate: (p: ReturnType<typeof parts>) => void): Record<string, unknown> {
  const copy = structuredClone(example);
  mutate(parts(copy));
  return copy;
}

const key = (p: DefinitionProblem) => `${p.pointer}: ${p.message}`;

test('the strict-compile list names broken examples that exist', () => {
  for (const name of STRICT_COMPILE_CASES) assert.ok(cases.some((c) => c.name === name), name);
});

for (const c of cases) {
  if (STRICT_COMPILE_CASES.includes(c.name)) continue;
  test(`same problems as form-engine validate: ${c.name}`, () => {
    const definition = broken(c.mutate);
    assert.equal(browser.checkDefinition(definition), checkDefinition(definition));
  });
}

for (const name of STRICT_COMPILE_CASES) {
  test(`the same problems but the strict-mode ones: ${name}`, () => {
    const c = cases.find((x) => x.name === name)!;
    const definition = broken(c.mutate);
    const inNode = checkDefinition(definition);
    const inBrowser = browser.checkDefinition(definition);
    const onlyInNode = inNode.filter((p) => !inBrowser.some((b) => key(b) === key(p)));
    assert.ok(onlyInNode.length > 0, 'validate finds more (else take the case off the list)');
    for (const p of onlyInNode) assert.match(p.message, FROM_THE_COMPILE, key(p));
    assert.equal(inBrowser, inNode.filter((p) => !onlyInNode.includes(p)), 'the rest, in the same order');
    const found = inBrowser.some((p) => p.pointer === c.pointer && p.message.includes(c.message));
    assert.is(found, !STRICT_COMPILE_ONLY.includes(name), 'the expected problem is found in the browser unless only the compile finds it');
  });
}

test('the worked example and every definition in forms/ have no problems in the browser either', () => {
  assert.equal(browser.checkDefinition(example), []);
  for (const { form, version, definition } of definitionFiles()) assert.equal(browser.checkDefinition(definition), [], `${form}/${version}`);
});

test('what is not a definition gets the same answer', () => {
  for (const value of [null, [], 'form', 3, {}, { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', properties: { a: 1 } }]) {
    assert.equal(browser.checkDefinition(value), checkDefinition(value), JSON.stringify(value));
  }
});

test('the browser checker bundle generates no code (the CSP forbids eval) and is kept out of the components bundle', async () => {
  assert.not.match(bundle.code, /new Function|\beval\(/);
  // ajv's runtime helpers hold their own require() as text, for generating code: only calls matter.
  assert.not.match(bundle.code, /(^|[^'"\w.])require\(|\bfrom\s*["']/, 'self-contained: ajv runtime helpers are inlined');
  const components = await buildComponents();
  assert.not.match(components.code, /new Function|\beval\(/);
  assert.not.match(components.code, /\$dynamicAnchor/, 'the meta-schema validator is only in the checker bundle');
  assert.ok(components.code.includes('form-engine-check.js'), 'the components bundle imports the checker by its file name');
});

test.run();
