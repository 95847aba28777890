/**
 * The definition cache (server/definitions/definition-cache.ts) on every form in forms/: validators read
 * back from the cache answer exactly as freshly compiled ones, whole record and section by section, and
 * an entry is used only for the definition and engine it was made for.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileForm, type AnswersValidator, type CompiledForm } from '../../engine/node.ts';
import { definitionCache } from '../../server/definitions/definition-cache.ts';
import { engineCodeVersion } from '../../server/definitions/engine-version.ts';
import { definitionFiles } from '../forms/load.ts';
import { answerSets } from '../engine/answer-sets.ts';

const work = mkdtempSync(join(tmpdir(), 'per-definition-cache-unit-'));
test.after(() => rmSync(work, { recursive: true, force: true }));

const files = definitionFiles();
const outcome = (validate: AnswersValidator, data: unknown) => ({ valid: validate(data), errors: validate.errors ?? null });

test('validators read from the cache answer exactly as compiled ones, on every form in forms/, whole and by section', () => {
  const dir = join(work, 'every-form');
  const writer = definitionCache(dir);
  for (const file of files) writer.compile(file.definition);
  assert.equal(writer.stats().validators, { cached: 0, compiled: files.length });
  const reader = definitionCache(dir);
  for (const file of files) {
    const fresh = compileForm(file.definition);
    const cached: CompiledForm = reader.compile(file.definition);
    assert.is.not(cached.validate, fresh.validate);
    for (const [name, answers] of answerSets(fresh)) {
      const at = `${file.form} ${file.version}, ${name}`;
      assert.equal(outcome(cached.validate, answers), outcome(fresh.validate, answers), at);
      for (const [section, validate] of fresh.sectionValidators!) {
        const sectionAnswers = (answers as Record<string, unknown>)[section];
        assert.equal(outcome(cached.sectionValidators!.get(section)!, sectionAnswers), outcome(validate, sectionAnswers), `${at}, section ${section}`);
      }
    }
  }
  assert.equal(reader.stats().validators, { cached: files.length, compiled: 0 });
  assert.equal(reader.stats().checks, { cached: files.length, made: 0 }, 'each check was read too');
});

test('an entry that verifies but was made for another definition is not used', () => {
  const dir = join(work, 'swapped');
  const [a, b] = files;
  const first = definitionCache(dir);
  first.compile(a!.definition);
  first.compile(b!.definition);
  const names = readdirSync(dir).filter((name) => name.startsWith('validator-'));
  // Each file given the other's (intact) content, as a mix-up on disk would.
  const texts = names.map((name) => readFileSync(join(dir, name), 'utf8'));
  names.forEach((name, i) => writeFileSync(join(dir, name), texts[1 - i]!));
  const second = definitionCache(dir);
  const form = second.compile(a!.definition);
  assert.equal(second.stats().validators, { cached: 0, compiled: 1 });
  assert.is(second.stats().rebuilt, 1);
  assert.equal(form.model.name, a!.definition['x-form'].name);
});

test('a definition with problems is refused every time and never kept as passed', () => {
  const dir = join(work, 'broken');
  const broken = { ...files[0]!.definition, 'x-form': { ...files[0]!.definition['x-form'], name: '' } };
  const cache = definitionCache(dir);
  assert.ok(cache.check(broken).length > 0);
  assert.ok(definitionCache(dir).check(broken).length > 0);
  assert.throws(() => definitionCache(dir).compile(broken), /problem/);
});

test('any change to the engine\'s code gives a new code version, so no old entry is met', () => {
  const engine = join(work, 'engine');
  cpSync(fileURLToPath(new URL('../../engine/vocabulary', import.meta.url)), join(engine, 'vocabulary'), { recursive: true });
  const before = engineCodeVersion(engine);
  assert.is(engineCodeVersion(engine), before, 'the same code, the same version');
  const keyword = join(engine, 'vocabulary', 'x-errors.ts');
  writeFileSync(keyword, `${readFileSync(keyword, 'utf8')}\n// changed\n`);
  assert.is.not(engineCodeVersion(engine), before);
});

test('an unwritable cache directory is reported once and the server compiles on', () => {
  const blocked = join(work, 'not-a-directory');
  writeFileSync(blocked, 'a file where the cache directory should be');
  const heard: string[] = [];
  const cache = definitionCache(blocked, { onUnwritten: (error) => heard.push(error.message) });
  for (const file of files.slice(0, 2)) assert.ok(cache.compile(file.definition).validate);
  assert.is(heard.length, 1);
  assert.ok(cache.stats().unwritten >= 2);
});

test.run();
