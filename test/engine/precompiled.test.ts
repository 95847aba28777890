import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { checkAnswers, compileForm, DefinitionError, formFromPrecompiled, validatorModuleSource, type Answers } from '../../engine/node.ts';
import { loadDefinition } from './helpers.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outDir = `${root}test/output/engine-precompiled/`;
mkdirSync(outDir, { recursive: true });

const samples: Answers[] = [
  {},
  { safety: { aggressive: 'yes', armed: 'yes', armedWith: 'other', supervision: 'medium', groups: ['children'] }, care: { medicated: 'yes' } },
  { safety: { aggressive: 'no', supervision: 'low', armed: 'no', notes: '😀'.repeat(100), code: 'abc', weightKg: 301 }, care: { medicated: 'no', nextCheck: '2025-13-01T00:00:00Z' } },
  { care: { medicated: 'yes', medicines: [{ label: 'A', urgent: 'yes' }, { label: 'A', urgent: 'no', dueAt: 'soon' }] }, property: { bags: [{ contents: 'x' }] }, extra: {} } as Answers,
  { safety: { aggressive: 'no', supervision: 'low' }, care: { medicated: 'no', lastReview: '2024-02-29' } },
];

test('compileForm throws the definition checker\'s problems as a DefinitionError', () => {
  for (const broken of [[], 'form', null]) {
    try {
      compileForm(broken);
      assert.unreachable('a broken definition compiled');
    } catch (error) {
      assert.instance(error, DefinitionError);
      assert.ok((error as DefinitionError).problems.length > 0);
      assert.equal((error as DefinitionError).problems[0]!.pointer, '');
    }
  }
});

test('compileForm caches by name and version, and recompiles changed content', () => {
  const definition = loadDefinition('fixture-move', '1.0.0');
  const first = compileForm(definition);
  assert.is(compileForm(definition), first);
  assert.is(compileForm(loadDefinition('fixture-move', '1.0.0')), first, 'an equal copy is the same form');
  const changed = loadDefinition('fixture-move', '1.0.0') as { title: string };
  changed.title = 'Changed';
  assert.is(compileForm(changed).model.title, 'Changed');
});

test('the standalone validator module gives the same results as compileForm, in Node and bundled by esbuild', async () => {
  const definition = loadDefinition('fixture-move', '1.0.0');
  const source = validatorModuleSource(definition);
  const imports = [...source.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
  assert.ok(imports.length > 0);
  for (const name of imports) assert.match(name!, /^(ajv\/dist\/runtime\/|ajv-formats\/dist\/formats)/, `only runtime helpers: ${name}`);
  assert.not.match(source, /require\(/);
  writeFileSync(`${outDir}validator.js`, source);
  const nodeModule = await import(`${outDir}validator.js`);

  const bundle = await build({ entryPoints: [`${outDir}validator.js`], bundle: true, format: 'esm', platform: 'browser', write: false, absWorkingDir: root });
  const code = bundle.outputFiles[0]!.text;
  assert.not.match(code, /new Function|\beval\(/);
  writeFileSync(`${outDir}validator.bundle.mjs`, code);
  const bundled = await import(`${outDir}validator.bundle.mjs`);

  const compiled = compileForm(definition);
  for (const validate of [nodeModule.default, bundled.default]) {
    const precompiled = formFromPrecompiled(definition, validate);
    for (const answers of samples) assert.equal(checkAnswers(precompiled, answers), checkAnswers(compiled, answers));
  }
});

test('the browser entry bundles without ajv\'s compiler or generated code', async () => {
  const bundle = await build({ entryPoints: [`${root}engine/index.ts`], bundle: true, format: 'esm', platform: 'browser', write: false, metafile: true });
  const inputs = Object.keys(bundle.metafile!.inputs);
  assert.equal(inputs.filter((path) => path.includes('node_modules')), []);
  assert.not.match(bundle.outputFiles[0]!.text, /new Function|\beval\(/);
});

test('the worked example in the docs compiles and accepts its sample record', () => {
  const example = JSON.parse(readFileSync(`${root}docs/examples/escort-check/1.0.0.json`, 'utf8'));
  const form = compileForm(example);
  const check = checkAnswers(form, {
    risk: { violent: 'yes', violentDetails: 'Assaulted an officer', weaponUsed: 'no', observation: 'standard' },
    health: { takesMedication: 'yes', medication: [{ name: 'Sertraline', neededWhileMoving: 'no' }] },
  });
  assert.equal(check, { invalid: [], incomplete: [] });
});

test.run();
