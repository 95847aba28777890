// An answer keyword (engine/vocabulary/x-*.ts) is the one home of what it means: the checker runs its
// definition rule and places it where its module says, checkboxes tick by its tickedAfter, and no other
// engine, server or component file names it.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../../engine/check/checker.ts';
import { checkDefinition } from '../../engine/check/index.ts';
import { ANSWER_KEYWORDS } from '../../engine/vocabulary/answer-keywords.ts';
import { tickedAfter } from '../../engine/vocabulary/x-exclusive.ts';
import { example } from '../fixtures/check/broken-examples.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sources = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
});

test('the checker runs every answer keyword\'s own definition rule', () => {
  for (const keyword of ANSWER_KEYWORDS) if (keyword.rule) assert.ok(RULES.includes(keyword.rule), String(keyword.definition.keyword));
});

test('no file outside engine/vocabulary names an answer keyword in code', () => {
  const names = ANSWER_KEYWORDS.map((k) => String(k.definition.keyword));
  const found = ['engine', 'server', 'web-components'].flatMap((dir) => sources(join(root, dir)))
    .filter((path) => !relative(root, path).startsWith(join('engine', 'vocabulary')))
    .flatMap((path) => names.filter((name) => new RegExp(`['"\`]${name}['"\`]`).test(readFileSync(path, 'utf8'))).map((name) => `${relative(root, path)}: ${name}`));
  assert.equal(found, []);
});

test('an exclusive choice is ticked on its own; ticking another unticks it', () => {
  const choices = [{ value: 'a' }, { value: 'b' }, { value: 'none', exclusive: true as const }];
  assert.equal(tickedAfter(choices, ['a'], 'b', true), ['a', 'b']);
  assert.equal(tickedAfter(choices, ['a', 'b'], 'none', true), ['none']);
  assert.equal(tickedAfter(choices, ['none'], 'a', true), ['a']);
  assert.equal(tickedAfter(choices, ['a', 'b'], 'a', false), ['b']);
});

test('each answer keyword is refused away from its home, in the words of its module', () => {
  for (const keyword of ANSWER_KEYWORDS) {
    const name = String(keyword.definition.keyword);
    const misplaced = structuredClone(example) as Record<string, unknown>;
    misplaced[name] = true;
    const problems = checkDefinition(misplaced);
    assert.ok(problems.some((p) => p.message === `"${name}" belongs ${keyword.home.place}, not here`), `${name}: ${JSON.stringify(problems)}`);
  }
});

test.run();
