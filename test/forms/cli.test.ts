// The forms as a policy team checks them: `form-engine validate forms` passes, and the answer types
// `form-engine types` generates from them compile and accept the engine's complete example records
// (and refuse an answer outside the choices).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answersTypeName } from '../../server/cli/generate-types.ts';
import { exampleAnswers } from '../../engine/index.ts';
import { definitionFiles, formsDir, readJson, root } from './load.ts';
import { allQuestions } from './walk.ts';

const bin = join(root, readJson<{ bin: Record<string, string> }>(join(root, 'package.json')).bin['form-engine']!);
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

function run(file: string, args: string[]) {
  const result = spawnSync(process.execPath, [file, ...args], { cwd: root, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function typecheck(file: string) {
  return run(tsc, ['--noEmit', '--strict', '--allowImportingTsExtensions', '--module', 'NodeNext', '--moduleResolution', 'NodeNext',
    '--target', 'ES2022', '--skipLibCheck', '--types', 'node', '--typeRoots', join(root, 'node_modules', '@types'), file]);
}

test('form-engine validate forms: every definition checked, no problems, exit 0', () => {
  const { status, output } = run(bin, ['validate', formsDir]);
  assert.is(status, 0, output);
  assert.match(output, `${definitionFiles().length} definitions checked`);
  assert.match(output, 'no problems');
});

test('form-engine types forms: the generated answer types compile and accept every complete example record', () => {
  const dir = mkdtempSync(join(tmpdir(), 'form-types-'));
  try {
    const { status, output } = run(bin, ['types', formsDir, '--out', dir]);
    assert.is(status, 0, output);
    const imports: string[] = [];
    const records: string[] = [];
    definitionFiles().forEach(({ form, version, definition }, i) => {
      const typeName = answersTypeName(form, version);
      imports.push(`import type { ${typeName} } from './${form}-${version}.ts';`);
      records.push(`export const record${i}: ${typeName} = ${JSON.stringify(exampleAnswers(definition))};`);
    });
    writeFileSync(join(dir, 'records.ts'), [...imports, ...records].join('\n') + '\n');
    const good = typecheck(join(dir, 'records.ts'));
    assert.is(good.status, 0, good.output);

    const { form, version, definition } = definitionFiles().find((f) => allQuestions(f.definition).some((q) => !q.list && q.schema['x-kind'] === 'yesNo'))!;
    const yesNo = allQuestions(definition).find((q) => !q.list && q.schema['x-kind'] === 'yesNo')!;
    const typeName = answersTypeName(form, version);
    writeFileSync(join(dir, 'wrong.ts'), `import type { ${typeName} } from './${form}-${version}.ts';\n` +
      `export const wrong: ${typeName} = { ${yesNo.section}: { ${yesNo.key}: 'maybe' } };\n`);
    const wrong = typecheck(join(dir, 'wrong.ts'));
    assert.is.not(wrong.status, 0, 'an answer outside the choices does not compile');
    assert.match(wrong.output, 'maybe');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
