// The engine's example answers, for every definition in the forms folder: complete by the engine's own
// check, and a record filled with them section by section can be confirmed. `form-engine example`
// prints the same answers.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { checkAnswers, confirmationBlockers, exampleAnswers } from '../../engine/node.ts';
import { confirmed, confirmer, filled, form } from './lifecycle.ts';
import { definitionFiles, readJson, root } from './load.ts';
import { allQuestions, visibleMandatory } from './walk.ts';
import { join } from 'node:path';

const TODAY = '2026-12-05';
const files = definitionFiles();

test('the forms folder has definitions to generate for', () => {
  assert.ok(files.length > 0);
});

for (const { form: name, version, definition } of files) {
  const id = `${name}/${version}`;
  const compiled = form(name, version);
  const answers = exampleAnswers(definition, { today: TODAY });

  test(`${id}: the example answers are complete and valid, and the record can be confirmed by its confirming roles`, () => {
    assert.equal(checkAnswers(compiled, answers, { now: `${TODAY}T12:00:00Z` }), { invalid: [], incomplete: [] });
    const record = filled(compiled, answers, 'example', `${TODAY}T08:00:00Z`);
    assert.equal(confirmationBlockers(compiled, record, confirmer(compiled).roles), []);
    assert.is(confirmed(compiled, answers, 'example', `${TODAY}T08:00:00Z`).state, 'confirmed');
  });

  test(`${id}: every section is answered, and every list has an item`, () => {
    assert.equal(Object.keys(answers), Object.keys(definition.properties));
    for (const q of allQuestions(definition).filter((x) => x.schema['x-kind'] === 'list' && !x.list)) {
      const value = answers[q.section]![q.key];
      if (value !== undefined) assert.ok(Array.isArray(value) && value.length >= Math.max(q.schema.minItems ?? 1, 1), `${q.section}/${q.key}`);
    }
    const mandatory = visibleMandatory(definition, answers);
    assert.ok(mandatory.length > 0, 'it answers mandatory questions');
  });
}

test('form-engine example prints the same answers as JSON, and refuses a broken definition with its problems', () => {
  const bin = join(root, readJson<{ bin: Record<string, string> }>(join(root, 'package.json')).bin['form-engine']!);
  const { path, definition } = files.at(-1)!;
  const run = spawnSync(process.execPath, [bin, 'example', path, '--today', TODAY], { cwd: root, encoding: 'utf8' });
  assert.is(run.status, 0, run.stderr);
  assert.equal(JSON.parse(run.stdout), exampleAnswers(definition, { today: TODAY }));
  const wrong = spawnSync(process.execPath, [bin, 'example', path, '--today', '5 December'], { cwd: root, encoding: 'utf8' });
  assert.is(wrong.status, 2);
  assert.match(wrong.stderr, '--today must be a date like 2026-12-01');
});

test.run();
