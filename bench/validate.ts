// Validation cost of the engine against plain ajv compiled from the same schema, on a generated
// 250-question definition with follow-ups and a complete record, and of peers (rjsf's validator-ajv8,
// SurveyJS core) on the same form. Batches alternate; prints medians as a table.
import { performance } from 'node:perf_hooks';
import { createAjv } from '../engine/ajv.ts';
import { createRequire } from 'node:module';
import { checkAnswers, compileDefinition, compileForm, formFromValidatorSource, type Answers } from '../engine/node.ts';
import { peers } from './validate-peers.ts';

const SECTIONS = 10;
const BASE_PER_SECTION = 20;
const FOLLOW_UPS_PER_SECTION = 5;

type Json = Record<string, unknown>;

function question(kind: number, n: string): { schema: Json; answer: unknown } {
  const title = `Question ${n}`;
  switch (kind % 6) {
    case 0: return { schema: { 'x-kind': 'yesNo', title, type: 'string', enum: ['yes', 'no'], 'x-errors': { required: `Select yes or no for ${n}` }, 'x-flags': [{ values: ['yes'], level: 'warning', label: `Flag ${n}` }] }, answer: 'no' };
    case 1: return { schema: { 'x-kind': 'singleChoice', title, type: 'string', oneOf: [{ const: 'a', title: 'A' }, { const: 'b', title: 'B' }, { const: 'c', title: 'C' }], 'x-errors': { required: `Select an option for ${n}` } }, answer: 'b' };
    case 2: return { schema: { 'x-kind': 'text', title, type: 'string', maxLength: 200, 'x-errors': { required: `Enter ${n}` } }, answer: 'Some text' };
    case 3: return { schema: { 'x-kind': 'number', title, type: 'integer', minimum: 0, maximum: 1000, 'x-errors': { required: `Enter ${n}` } }, answer: 42 };
    case 4: return { schema: { 'x-kind': 'date', title, type: 'string', format: 'date', 'x-errors': { required: `Enter ${n}` } }, answer: '2025-03-03' };
    default: return { schema: { 'x-kind': 'multipleChoice', title, type: 'array', uniqueItems: true, items: { type: 'string', oneOf: [{ const: 'x', title: 'X' }, { const: 'y', title: 'Y' }] }, 'x-errors': { required: `Select ${n}` } }, answer: ['x', 'y'] };
  }
}

function generate(version: string): { definition: Json; answers: Answers; questions: number } {
  const properties: Json = {};
  const answers: Answers = {};
  let questions = 0;
  for (let s = 0; s < SECTIONS; s++) {
    const sectionKey = `section${s}`;
    const sectionProps: Json = {};
    const sectionAnswers: Record<string, unknown> = {};
    const required: string[] = [];
    for (let q = 0; q < BASE_PER_SECTION; q++) {
      const key = `s${s}q${q}`;
      const { schema, answer } = question(q, key);
      sectionProps[key] = schema;
      sectionAnswers[key] = q % 6 === 0 ? 'yes' : answer;
      required.push(key);
      questions++;
    }
    // Each follow-up hangs off a yes/no question answered "yes", so every one is open and answered.
    const allOf = [];
    for (let f = 0; f < FOLLOW_UPS_PER_SECTION; f++) {
      const opener = `s${s}q${(f * 6) % BASE_PER_SECTION - ((f * 6) % BASE_PER_SECTION) % 6}`;
      const key = `s${s}f${f}`;
      const { schema, answer } = question(2, key);
      allOf.push({
        if: { properties: { [opener]: { const: 'yes' } }, required: [opener] },
        then: { properties: { [key]: schema }, required: [key] },
      });
      sectionAnswers[key] = answer;
      questions++;
    }
    properties[sectionKey] = {
      type: 'object', title: `Section ${s}`,
      'x-section': { editRoles: ['prison'], requiredForConfirmation: true },
      properties: sectionProps, required, allOf, unevaluatedProperties: false,
    };
    answers[sectionKey] = sectionAnswers as Answers[string];
  }
  const definition = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Bench form',
    'x-form': { name: 'bench', version, confirmRoles: ['prison'], entryRoles: ['prison', 'escort'], cancelRoles: ['prison'] },
    type: 'object', additionalProperties: false, properties,
  };
  return { definition, answers, questions };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Microseconds per call of one batch of `batch` calls. */
function batchUs(fn: () => unknown, batch: number): number {
  const start = performance.now();
  for (let i = 0; i < batch; i++) fn();
  return ((performance.now() - start) * 1000) / batch;
}

/**
 * Median per-call time in microseconds of `a` and of `b`. Both are warmed up first, then their batches
 * alternate (the one going first alternates too), so JIT warm-up, GC and machine load weigh on both alike
 * rather than on whichever was timed first.
 */
function compare(a: () => unknown, b: () => unknown, rounds: number, batch: number, batchB = batch): [number, number] {
  for (let i = 0; i < 5; i++) { batchUs(a, batch); batchUs(b, batchB); }
  const [samplesA, samplesB]: number[][] = [[], []];
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) { samplesA.push(batchUs(a, batch)); samplesB.push(batchUs(b, batchB)); }
    else { samplesB.push(batchUs(b, batchB)); samplesA.push(batchUs(a, batch)); }
  }
  return [median(samplesA), median(samplesB)];
}

const { definition, answers, questions } = generate('1.0.0');
const form = compileForm(definition);
const plain = createAjv().compile(definition);

if (!plain(answers)) throw new Error(`the generated record should be valid: ${JSON.stringify(plain.errors?.[0])}`);
const check = checkAnswers(form, answers);
if (check.invalid.length + check.incomplete.length > 0) throw new Error('the engine should find the generated record complete');

const ROUNDS = 200;
const BATCH = 500;
const [plainUs, engineUs] = compare(() => plain(answers), () => checkAnswers(form, answers), ROUNDS, BATCH);

// Compile times: a new version each run, so the engine's cache is not hit.
const COMPILES = 15;
let n = 0;
const [plainCompileUs, engineCompileUs] = compare(
  () => createAjv().compile(generate(`1.0.${++n}`).definition),
  () => compileForm(generate(`2.0.${++n}`).definition),
  COMPILES, 1,
);
const [plainCompileMs, engineCompileMs] = [plainCompileUs / 1000, engineCompileUs / 1000];

// What a server restarted on its definition cache does instead of compiling: turn the cached standalone
// code back into validators. Each copy differs by a comment, so V8 cannot reuse an earlier evaluation.
const cachedSource = compileDefinition(definition, { checked: true, source: true }).source!;
const requireRuntime = createRequire(import.meta.url);
const [plainCompileAgainUs, loadUs] = compare(
  () => createAjv().compile(generate(`3.0.${++n}`).definition),
  () => formFromValidatorSource(definition, `${cachedSource}\n// ${++n}`, requireRuntime),
  COMPILES, 1,
);
const [plainCompileAgainMs, loadMs] = [plainCompileAgainUs / 1000, loadUs / 1000];

const rows: [string, string, string, string][] = [
  ['measure', 'plain ajv', 'engine', 'engine / ajv'],
  ['validate complete record (µs, median)', plainUs.toFixed(2), engineUs.toFixed(2), (engineUs / plainUs).toFixed(2)],
  ['compile definition (ms, median)', plainCompileMs.toFixed(1), engineCompileMs.toFixed(1), (engineCompileMs / plainCompileMs).toFixed(2)],
  ['validators read from the definition cache instead (ms, median)', plainCompileAgainMs.toFixed(1), loadMs.toFixed(1), (loadMs / plainCompileAgainMs).toFixed(2)],
];
// Peers, each against plain ajv in its own alternating run: about 5 ms a batch and 2 s a peer, whatever its speed.
for (const peer of peers(definition, answers)) {
  const estimate = batchUs(peer.validate, 3);
  const peerBatch = Math.max(1, Math.round(5000 / estimate));
  const rounds = Math.max(5, Math.min(ROUNDS, Math.round(2e6 / (estimate * peerBatch))));
  const [ajvUs, peerUs] = compare(() => plain(answers), peer.validate, rounds, Math.max(1, Math.round(5000 / plainUs)), peerBatch);
  rows.push([`validate complete record (µs, median): ${peer.name}`, ajvUs.toFixed(2), peerUs.toFixed(2), (peerUs / ajvUs).toFixed(2)]);
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
console.log(`${questions} questions in ${SECTIONS} sections (${SECTIONS * FOLLOW_UPS_PER_SECTION} follow-ups open); ${ROUNDS} alternating batches of ${BATCH} validations each after warm-up; ${COMPILES} compiles each; peers each timed against plain ajv in their own alternating batches (the "engine" column then holds the peer)`);
for (const [i, row] of rows.entries()) {
  console.log(`| ${row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(' | ')} |`);
  if (i === 0) console.log(`|${widths.map((w, c) => (c === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|')}|`);
}
const verdict = (ratio: number, target: number) => `${ratio.toFixed(2)}x, target ${target.toFixed(2)}x: ${ratio <= target ? 'met' : 'NOT met'}`;
console.log(`issue 13 targets: validate complete record ${verdict(engineUs / plainUs, 1)}; compile ${verdict(engineCompileMs / plainCompileMs, 1.2)}, or from the definition cache ${verdict(loadMs / plainCompileAgainMs, 1.2)}`);
