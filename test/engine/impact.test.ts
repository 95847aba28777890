import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compileForm, type Answers, type FormRecord } from '../../engine/node.ts';
import { impactOf, recheckRecord, renderImpactText } from '../../engine/impact/index.ts';
import { newRecord } from './helpers.ts';

const load = (version: string) => compileForm(JSON.parse(readFileSync(new URL(`../fixtures/steering/steering-check/${version}.json`, import.meta.url), 'utf8')));
const v1 = load('1.0.0');
const v2 = load('2.0.0');

function confirmed(id: string, at: string, answers: Answers): FormRecord {
  return { ...newRecord(v1, id), answers, state: 'confirmed', confirmed: { at, by: 'prison.officer' } };
}

// What each record becomes under 2.0.0 is worked out by hand from the two fixture definitions.
const a = confirmed('a', '2026-09-10T10:00:00Z', {
  risk: { spits: 'no', violent: 'yes', violentDetails: 'Hit an officer', supervision: 'high', supervisionReason: 'Escape attempt', weapon: 'no', allergies: 'yes', notes: 'Quiet', hobby: 'Chess' },
  health: { medicated: 'no' },
  property: { bags: 2 },
});
const b = confirmed('b', '2026-09-12T10:00:00Z', {
  risk: { violent: 'no', supervision: 'low', weapon: 'yes', weaponDetails: 'Knife' },
  health: { medicated: 'yes', medicines: [{ name: 'Sertraline' }] },
});
const c = confirmed('c', '2026-09-14T10:00:00Z', { risk: { spits: 'no', violent: 'no', supervision: 'low', weapon: 'no' }, health: { medicated: 'no' } });

test('one record: answers placed by key, dropped with a reason, and what the new rules find missing', () => {
  const impact = recheckRecord(v2, a, v1);
  assert.is(impact.answers, 11);
  assert.equal(impact.dropped.sort((x, y) => x.key.localeCompare(y.key)), [
    { key: 'bags', reason: 'notAsked' }, { key: 'notes', reason: 'notAsked' },
    { key: 'supervision', reason: 'invalid' }, { key: 'supervisionReason', reason: 'hidden' },
  ]);
  // High supervision is no longer an option, and a violent person must now have the weapon described.
  assert.equal(impact.incomplete.map((i) => i.question).sort(), ['supervision', 'weaponDetails']);
  // Prefill takes marked questions of the same kind with valid answers; allergies moved section and still carries.
  assert.equal(impact.carried.sort(), ['allergies', 'spits', 'weapon']);
  assert.equal(recheckRecord(v2, b, v1).incomplete.map((i) => `${i.section}/${i.question}`).sort(), ['health/medicines/dose', 'risk/spits']);
  assert.equal(recheckRecord(v2, c, v1).incomplete, []);
});

test('counts and percentages over a stream of records', async () => {
  async function* stream() {
    for (const record of [a, b, c]) yield { record, form: v1 };
  }
  const report = await impactOf(v2, stream());
  assert.is(report.records, 3);
  assert.equal(report.versions, { '1.0.0': 3 });
  assert.equal([report.incomplete.records, report.incomplete.percent], [2, 66.7]);
  assert.equal(report.incomplete.questions.map((q) => [q.question, q.title, q.records, q.percent]), [
    ['spits', 'Are they known to spit at staff?', 1, 33.3],
    ['supervision', 'What supervision do they need?', 1, 33.3],
    ['weaponDetails', 'Describe the weapon', 1, 33.3],
    ['medicines/dose', 'Their medicines: Dose', 1, 33.3],
  ]);
  const { droppedQuestions, ...answers } = report.answers;
  assert.equal(answers, { total: 22, kept: 17, dropped: 5, droppedPercent: 22.7, carried: 8, carriedPercent: 36.4 });
  assert.equal(droppedQuestions.map((d) => [d.question, d.reason, d.answers]).sort(), [
    ['bags', 'notAsked', 1], ['notes', 'notAsked', 1], ['supervision', 'invalid', 1], ['supervisionReason', 'hidden', 1], ['weaponDetails', 'hidden', 1],
  ]);
  const text = renderImpactText(report, '2026-09-01');
  assert.match(text, 'Would have been incomplete: 2 of 3 records (66.7%)');
  assert.match(text, "  Risk: 'Describe the weapon' missing in 1 record (33.3%)");
  assert.match(text, 'dropped 5 (22.7%); carried by prefill 8 (36.4%)');
});

test('no records: zero counts, no division by zero', async () => {
  const report = await impactOf(v2, []);
  assert.equal([report.records, report.incomplete.percent, report.answers.droppedPercent], [0, 0, 0]);
  assert.match(renderImpactText(report, '2026-09-01'), 'No records to re-check.');
});

test.run();
