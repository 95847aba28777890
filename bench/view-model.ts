/**
 * npm run bench:view-model — what building a record's view model costs (what every record read and
 * every save answered in full does), for every form version in forms/, on a new record (every
 * mandatory answer missing: the most errors and confirmation blockers) and on the complete record of
 * test/fixtures/records where there is one. The yardstick is the engine's whole-record check of the
 * same answers (the view model makes one): batches alternate, medians are printed as a table.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildViewModel, checkAnswers, compileForm, createRecord, type FormRecord } from '../engine/node.ts';
import { definitionFiles, fixtureAnswers, root } from '../test/forms/load.ts';

const BATCHES = Number(process.env.BENCH_BATCHES ?? 7);
const BATCH_MS = Number(process.env.BENCH_BATCH_MS ?? 300);
const NOW = '2026-12-03T10:00:00Z';
const ROLES = ['prison'];

/** Microseconds per call of `work`, run repeatedly for about BATCH_MS. */
function timeBatch(work: () => unknown): number {
  let calls = 0;
  const start = performance.now();
  while (performance.now() - start < BATCH_MS) {
    for (let i = 0; i < 20; i++) work();
    calls += 20;
  }
  return ((performance.now() - start) * 1000) / calls;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const rows: string[] = [];
for (const file of definitionFiles()) {
  const form = compileForm(file.definition);
  const blank = createRecord(form, {
    id: 'bench', move: { id: 'bench-move', type: 'bench', from: 'FROM', to: 'TO', date: '2026-12-14' },
    person: { id: 'bench-person', name: 'Bench Person', dateOfBirth: '1990-01-01' },
  }, { user: 'bench', roles: ROLES }, NOW);
  const records: [string, FormRecord][] = [['new', blank]];
  if (existsSync(join(root, 'test', 'fixtures', 'records', `${file.form}-${file.version}.json`))) {
    records.push(['complete', { ...blank, answers: fixtureAnswers(file.form, file.version) }]);
  }
  for (const [kind, record] of records) {
    const view: number[] = [];
    const check: number[] = [];
    for (let batch = 0; batch < BATCHES; batch++) {
      view.push(timeBatch(() => buildViewModel(form, record, { roles: ROLES, now: NOW })));
      check.push(timeBatch(() => checkAnswers(form, record.answers, { now: NOW })));
    }
    const bytes = JSON.stringify(buildViewModel(form, record, { roles: ROLES, now: NOW })).length;
    rows.push(`| ${file.form} ${file.version} | ${kind} | ${median(view).toFixed(1)} | ${median(check).toFixed(1)} | ${(median(view) / median(check)).toFixed(1)}x | ${bytes} |`);
  }
}
console.log('| form | record | view model, us | whole-record check, us | ratio | view model JSON, bytes |');
console.log('|---|---|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
