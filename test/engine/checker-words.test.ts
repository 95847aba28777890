// Every problem the definition checker reports is said by key (forms/locales/<lang>/checker.json) with
// params: over the checker tests' broken definitions, each problem's key, and the key of every phrase in its
// params, is in English and in Welsh with the same placeholders, all of them filled; its English message is
// that key said in English (so `form-engine validate` and the docs read as before); and no rule writes a
// literal English message any more.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDefinition } from '../../engine/check/index.ts';
import { compileProblem } from '../../engine/check/problem.ts';
import { problemsIn, sayProblem, sayWords, words } from '../../engine/check/words.ts';
import { createTranslator, type Messages } from '../../engine/i18n/translator.ts';
import type { DefinitionProblem, ProblemWords } from '../../engine/types.ts';
import { cases, example, parts } from '../fixtures/check/broken-examples.ts';
import { moreBroken } from '../fixtures/check/more-broken.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const messagesOf = (lang: string) => JSON.parse(readFileSync(join(root, 'forms/locales', lang, 'checker.json'), 'utf8')).messages as Messages;
const [english, welsh] = [messagesOf('en'), messagesOf('cy')];
const [inEnglish, inWelsh] = [createTranslator('en', english), createTranslator('cy', welsh)];

const brokenDefinitions: { name: string; definition: unknown }[] = [
  ...cases.map((c) => {
    const copy = structuredClone(example);
    c.mutate(parts(copy));
    return { name: c.name, definition: copy as unknown };
  }),
  ...moreBroken,
];
const reported = brokenDefinitions.flatMap(({ name, definition }) => checkDefinition(definition).map((problem) => ({ name, problem })));

/** The problem's words and every phrase within its params. */
function phrases(said: ProblemWords): ProblemWords[] {
  return [said, ...Object.values(said.params ?? {}).flatMap((value) => (typeof value === 'object' ? phrases(value) : []))];
}
const wordsOf = (problem: DefinitionProblem) => words(problem.code!, problem.params);

function placeholders(message: Messages[string] | undefined): string[] {
  const texts = message === undefined ? [] : typeof message === 'string' ? [message] : Object.values(message);
  return [...new Set(texts.flatMap((text) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)))].sort();
}

test('the broken definitions make the checker report many problems', () => {
  assert.ok(reported.length > 150, `${reported.length} problems`);
});

test('every problem has a key, and it and every phrase in its params are in English and Welsh with the same placeholders, all given', () => {
  const wrong: string[] = [];
  for (const { name, problem } of reported) {
    if (!problem.code) {
      wrong.push(`${name}: ${problem.pointer}: no code: ${problem.message}`);
      continue;
    }
    for (const { key, params } of phrases(wordsOf(problem))) {
      if (english[key] === undefined) wrong.push(`${name}: ${key} is not in English`);
      if (welsh[key] === undefined) wrong.push(`${name}: ${key} is not in Welsh`);
      const want = placeholders(english[key]);
      if (want.join() !== placeholders(welsh[key]).join()) wrong.push(`${name}: ${key} has other placeholders in Welsh`);
      const missing = want.filter((p) => params?.[p] === undefined);
      if (missing.length > 0) wrong.push(`${name}: ${key} is given no ${missing.join(', ')}`);
    }
  }
  assert.equal(wrong, []);
});

test('each message is its key said in English, and in Welsh it is said in full with the same pointer and code', () => {
  const problems = reported.map(({ problem }) => problem);
  const welshProblems = problemsIn(inWelsh, problems);
  problems.forEach((problem, i) => {
    assert.is(problem.message, sayProblem(inEnglish, problem), 'the English message is the key said in English: one text per problem');
    const cy = welshProblems[i]!;
    assert.equal([cy.pointer, cy.code], [problem.pointer, problem.code]);
    assert.not.match(cy.message, /\{\w+\}|checker\./, `said in full: ${cy.message}`);
  });
  const differ = welshProblems.filter((cy, i) => cy.message !== problems[i]!.message).length;
  assert.ok(differ > problems.length * 0.95, `${differ} of ${problems.length} problems read differently in Welsh`);
});

/**
 * Keys no broken definition here makes the checker say, each for a reason; the test below says each in
 * both languages, and fails once one is said by a broken definition (then it leaves this list).
 */
const SAID_ELSEWHERE: Record<string, Record<string, string | number>> = {
  // The server's, when a definition the checker passed still does not compile (said below through compileProblem).
  'checker.compile.failed': { detail: 'ajv could not compile it' },
  // The editor's preview shows it for a problem at the root pointer "".
  'checker.rootPointer': {},
  // A strict-mode warning ajv words in a way the checker does not recognise: shown as ajv wrote it.
  'checker.strict.unread': { detail: 'something ajv said' },
  // ajv errors no meta-schema of today's vocabulary or of JSON Schema raises on a definition: kept for a keyword that will.
  'checker.ajv.maxItems': { subject: '"x-list.items"', limit: 3 },
  'checker.ajv.minLength': { subject: '"x-list.itemTitle"', limit: 3 },
  'checker.ajv.pattern': { subject: '"x-list.itemTitle"', pattern: '^[a-z]+$' },
  'checker.ajv.date': { subject: '"x-form.from"' },
  'checker.ajv.notValid': {},
  'checker.ajv.theForm': {},
  'checker.type.null': {},
};

test('every key of checker.json is said by a broken definition here, or is one of the few said elsewhere, in both languages', () => {
  const used = new Set(reported.flatMap(({ problem }) => phrases(wordsOf(problem)).map((p) => p.key)));
  const unused = Object.keys(english).filter((key) => !used.has(key));
  assert.equal(unused.sort(), Object.keys(SAID_ELSEWHERE).sort());
  for (const [key, params] of Object.entries(SAID_ELSEWHERE)) {
    for (const t of [inEnglish, inWelsh]) assert.not.match(sayWords(t, words(key, params)), /\{\w+\}|checker\./, key);
  }
  const compile = compileProblem(new Error('strict mode: unknown keyword'));
  assert.is(compile.message, 'the schema cannot be compiled: strict mode: unknown keyword');
  assert.is(sayProblem(inWelsh, compile), 'ni ellir crynhoi’r sgema: strict mode: unknown keyword');
});

// A message written as text rather than a key: `message: '…'`, a problem(…) or keywordProblem(…) call given
// words (a quoted text with a space in it), a line that opens with quoted words (a call's next line), words
// given back by an arrow or after `??`, or a vocabulary module's `problem: (name) => '…'`.
const LITERAL_MESSAGES = [
  /\bmessage: ['"`]/,
  /\b(?:problem|keywordProblem)\(.*['"`][^'"`]*[A-Za-z]+ [A-Za-z]+[^'"`]*['"`]/,
  /^\s*`[^`]*[A-Za-z]+ [a-z]+ [a-z]+/,
  /^\s*'[^']*[A-Za-z]+ [a-z]+ [a-z]+/,
  /(?:=>|\?\?) ['`][^'`]*[A-Za-z]+ [a-z]+ [a-z]+/,
  /\bproblem: \([^)]*\) => ['"`]/,
];

function tsFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? tsFiles(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

function literalsIn(files: string[]): string[] {
  return files.flatMap((file) => readFileSync(join(root, file), 'utf8').split('\n').flatMap((line, i) => {
    const code = line.trim();
    if (code.startsWith('//') || code.startsWith('*') || code.startsWith('/*')) return [];
    return LITERAL_MESSAGES.some((pattern) => pattern.test(line)) ? [`${file}:${i + 1}: ${code.slice(0, 140)}`] : [];
  }));
}

test('no rule of the checker, and no vocabulary module\'s check, writes a problem\'s message as literal text', () => {
  // standalone.ts writes the source of a generated module for the bundle, not messages.
  const files = [...tsFiles('engine/check'), ...tsFiles('engine/vocabulary')].filter((f) => !f.endsWith('standalone.ts'));
  assert.ok(files.some((f) => f.endsWith('conditions.ts')) && files.some((f) => f.endsWith('x-exclusive.ts')));
  assert.equal(literalsIn(files), []);
});

test('the literal check finds a literal message when there is one, and passes a keyed one', () => {
  const literal = [
    "problems.push(problem(pointer, 'a follow-up rule needs an \"if\": the answers that show it'));",
    '    `the condition tests ${JSON.stringify(value)}, which ${questionName(question)} cannot take`)]));',
    '    message: `unknown keyword "${keyword}"${didYouMean(keyword, knownKeywords)}`,',
    '      problem: (name) => `${name} has an "exclusive" message but none of its choices has it`,',
    "  return [keywordProblem(q.pointer, 'x-flags', `flags are raised only by choice questions`)];",
    '    `${questionName(q)} is marked "x-prefill", but the list is not: mark list "${q.scope.name}" too`)];',
    '  uniqueItemKey: (name) => `${name} has a "uniqueItemKey" message but its "x-list" has no "itemKey"`,',
    '    SPECIAL[rule]?.(questionName(q)) ?? `${questionName(q)} has a "${rule}" message but no "${rule}" rule`,',
  ];
  for (const line of literal) assert.ok(LITERAL_MESSAGES.some((pattern) => pattern.test(line)), line);
  const keyed = [
    "problems.push(problem(pointer, 'checker.conditions.noIf'));",
    "    'checker.conditions.impossibleValue', { value: JSON.stringify(value), name: questionName(question) })",
    "      problem: (name) => words('checker.xExclusive.message', { name }),",
    "  return [keywordProblem(q.pointer, 'x-flags', 'checker.flags.notChoice', { kind: String(q.kind) })];",
  ];
  for (const line of keyed) assert.not.ok(LITERAL_MESSAGES.some((pattern) => pattern.test(line)), line);
});

test.run();
