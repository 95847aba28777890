// Prefill across versions and forms, end to end through the engine's lifecycle: a record is filled in
// section by section by the staff allowed to, confirmed, and a new record is created from it.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { prefillAnswers, type CompiledForm } from '../../engine/node.ts';
import type { Answers, FormRecord } from '../../engine/types.ts';
import { NOT_PREFILLED, NOT_PREFILLED_SECTIONS } from './catalogue.ts';
import { confirmed, definitionOf, form, newRecord } from './lifecycle.ts';
import { fixtureAnswers } from './load.ts';
import { allQuestions, isEmpty } from './walk.ts';

/**
 * What the definitions say must be carried from `source` answers into `target`: every answer whose key
 * is a prefill-marked question of the same kind in the target, in the target's section; list items keep
 * only their prefill-marked fields. An empty answer (no boxes ticked) is no answer.
 */
function expectedPrefill(sourceDef: any, targetDef: any, answers: Answers): Answers {
  const [from, to] = [allQuestions(sourceDef), allQuestions(targetDef)];
  const expected: Answers = {};
  for (const values of Object.values(answers)) {
    for (const [key, value] of Object.entries(values)) {
      if (isEmpty(value)) continue;
      const before = from.find((q) => !q.list && q.key === key)!;
      const after = to.find((q) => !q.list && q.key === key);
      if (!after?.schema['x-prefill'] || after.schema['x-kind'] !== before.schema['x-kind']) continue;
      let carried = value;
      if (after.schema['x-kind'] === 'list') {
        const marked = new Set(to.filter((q) => q.list === key && q.schema['x-prefill']).map((q) => q.key));
        carried = (value as Record<string, unknown>[]).map((item) => Object.fromEntries(Object.entries(item).filter(([f]) => marked.has(f)))) as typeof value;
      }
      (expected[after.section] ??= {})[key] = carried;
    }
  }
  return expected;
}

function newRecordFrom(target: CompiledForm, previous: { record: FormRecord; form: CompiledForm }[]): FormRecord {
  return newRecord(target, 'new', '2026-12-05T08:00:00Z', prefillAnswers(target, previous));
}

/** A new `to` record prefilled from the confirmed fixture record of `from`, and what the definitions say it must hold. */
function prefillBetween(from: [string, string], to: [string, string], id = 'old', confirmedAt = '2026-11-23T08:30:00Z') {
  const [source, target] = [form(...from), form(...to)];
  const answers = fixtureAnswers(...from) as Answers;
  const record = newRecordFrom(target, [{ record: confirmed(source, answers, id, confirmedAt), form: source }]);
  return { answers, record, expected: expectedPrefill(definitionOf(source), definitionOf(target), answers) };
}

test('a confirmed PER 1.0.0 prefills 2.0.0 with every prefill-marked answer whose key is in both, and nothing else', () => {
  const { record, expected } = prefillBetween(['per', '1.0.0'], ['per', '2.0.0'], 'per1');
  assert.equal(record.answers, expected);
  assert.ok(Object.keys(expected.risk!).length >= 15 && Object.keys(expected.health!).length >= 15, 'most of the record carries');
  assert.is(expected.sash!.selfHarmIndicated, 'yes', 'the self-harm answers move from risk into the SASH section');
  assert.equal(expected.sash!.selfHarmConcerns, ['badNews', 'previousAttempts']);
  assert.equal(record.answers.sash!.selfHarmActions, ['openAcct', 'conversation'], 'so does the action taken, with its details');
  assert.ok(record.answers.sash!.actionOpenAcctDetails);
  for (const [section, values] of Object.entries(expected)) {
    for (const key of Object.keys(values)) {
      const mark = record.prefill[`/${section}/${key}`];
      assert.ok(mark?.needsReview, `/${section}/${key} must be reviewed`);
      assert.equal([mark!.sourceRecordId, mark!.sourceForm, mark!.sourceVersion, mark!.confirmedAt], ['per1', 'per', '1.0.0', '2026-11-23T08:30:00Z']);
    }
  }
});

test('what is likely to change between moves is not carried: medication timing, child, observation, health contact, property', () => {
  const { answers, record } = prefillBetween(['per', '1.0.0'], ['per', '2.0.0']);
  for (const section of NOT_PREFILLED_SECTIONS) {
    assert.ok(answers[section], `the old record answered ${section}`);
    assert.is(record.answers[section], undefined, `${section} is not carried`);
  }
  const carried = JSON.stringify(record.answers);
  for (const key of NOT_PREFILLED) assert.not.ok(carried.includes(`"${key}"`), `${key} is not carried`);
  assert.ok(answers.risk!.observationLevel && answers.health!.healthContact, 'the old record answered them');
  assert.equal(record.answers.health!.medication, [
    { name: 'Insulin glargine', howGiven: 'By injection', dose: '20 units' },
    { name: 'Sertraline', howGiven: 'By mouth', dose: '100mg' },
  ]);
});

test('a standalone SASH warning prefills the SASH section of PER 2.0.0', () => {
  const { answers, record, expected } = prefillBetween(['sash', '1.0.0'], ['per', '2.0.0']);
  assert.equal(record.answers, expected);
  assert.equal(Object.keys(expected), ['sash']);
  const notCarried = Object.keys(answers.sash!).filter((key) => !(key in expected.sash!)).sort();
  assert.equal(notCarried, ['observationLevel', 'sashRaisedAt', 'sashRaisedByLocation', 'sashRaisedByName', 'sashRaisedByRole', 'selfHarmLastDate'],
    'all but observation level, the last self-harm date and who raised the warning when');
  assert.equal(record.answers.sash!.selfHarmActions, ['medicalReferral', 'other']);
  assert.is(record.prefill['/sash/sashWhatHappened']?.sourceForm, 'sash');
});

test('the SASH section of a confirmed PER 2.0.0 prefills a standalone SASH warning', () => {
  const { record, expected } = prefillBetween(['per', '2.0.0'], ['sash', '1.0.0']);
  assert.equal(record.answers, expected);
  assert.equal(Object.keys(expected), ['sash']);
  assert.equal(record.answers.sash!.selfHarmActions, ['openAcct', 'medicalReferral', 'cellShare']);
  for (const key of ['sashRaisedByName', 'sashRaisedByRole', 'sashRaisedByLocation', 'sashRaisedAt']) {
    assert.is(record.answers.sash![key], undefined, `a new warning does not claim the previous officer raised it (${key})`);
  }
});

// Every pair the definitions allow (x-form.prefillFrom, or an earlier record of the same form) carries
// exactly what the definitions mark; a form not named in prefillFrom carries nothing.
const PAIRS: [string, string, string, string][] = [
  ['per', '1.0.0', 'per', '2.0.0'], ['per', '2.0.0', 'per', '2.0.0'], ['per', '2.0.0', 'per', '1.0.0'],
  ['per', '1.0.0', 'per-local', '1.0.0'], ['per', '2.0.0', 'per-local', '1.0.0'],
  ['sash', '1.0.0', 'per', '2.0.0'], ['per', '2.0.0', 'sash', '1.0.0'], ['per', '1.0.0', 'sash', '1.0.0'],
];
for (const [fromName, fromVersion, toName, toVersion] of PAIRS) {
  test(`${fromName} ${fromVersion} prefills ${toName} ${toVersion} with exactly the marked answers`, () => {
    const { record, expected } = prefillBetween([fromName, fromVersion], [toName, toVersion]);
    assert.ok(Object.keys(expected).length > 0);
    assert.equal(record.answers, expected);
  });
}

test('a form not named in prefillFrom carries nothing: a local PER does not prefill a national one', () => {
  const [local, per2] = [form('per-local', '1.0.0'), form('per', '2.0.0')];
  const old = confirmed(local, fixtureAnswers('per-local', '1.0.0') as Answers, 'local', '2026-11-23T08:30:00Z');
  const record = newRecordFrom(per2, [{ record: old, form: local }]);
  assert.equal(record.answers, {});
  assert.equal(record.prefill, {});
});

test('a newer SASH warning wins over an older PER for the SASH questions; the rest comes from the PER', () => {
  const [per1, sash, per2] = [form('per', '1.0.0'), form('sash', '1.0.0'), form('per', '2.0.0')];
  const oldPer = confirmed(per1, fixtureAnswers('per', '1.0.0') as Answers, 'per1', '2026-11-23T08:00:00Z');
  const newSash = confirmed(sash, fixtureAnswers('sash', '1.0.0') as Answers, 'sash1', '2026-11-23T09:00:00Z');
  const record = newRecordFrom(per2, [{ record: oldPer, form: per1 }, { record: newSash, form: sash }]);
  assert.equal(record.answers.sash!.selfHarmConcerns, ['withdrawal', 'seriousCharge']);
  assert.is(record.prefill['/sash/selfHarmConcerns']?.sourceRecordId, 'sash1');
  assert.is(record.answers.risk!.violent, 'yes');
  assert.is(record.prefill['/risk/violent']?.sourceRecordId, 'per1');
  assert.is(record.answers.sash!.concernBadNewsDetails, undefined, "the older record's details of a concern no longer ticked are not carried");
});

test('a risk cleared in the latest PER does not come back from an older one', () => {
  const per2 = form('per', '2.0.0');
  const latestAnswers = structuredClone(fixtureAnswers('per', '2.0.0')) as Answers;
  delete latestAnswers.risk!.riskToOthers;
  const olderAnswers = structuredClone(latestAnswers);
  Object.assign(olderAnswers.risk!, {
    riskToOthers: ['staff', 'women'], riskToStaffDetails: 'Assaulted an officer in 2024.', riskToWomenDetails: 'Harassed female staff.',
  });
  const older = confirmed(per2, olderAnswers, 'older', '2026-11-23T08:30:00Z');
  const latest = confirmed(per2, latestAnswers, 'latest', '2026-11-23T09:00:00Z');
  assert.equal(older.answers.risk!.riskToOthers, ['staff', 'women']);
  assert.is(latest.answers.risk!.riskToOthers, undefined, 'the latest record left the question empty');
  const record = newRecordFrom(per2, [{ record: latest, form: per2 }, { record: older, form: per2 }]);
  for (const key of ['riskToOthers', 'riskToStaffDetails', 'riskToWomenDetails']) {
    assert.is(record.answers.risk![key], undefined, `${key} is not carried from the older record`);
  }
  assert.is(record.prefill['/risk/escapeRisk']?.sourceRecordId, 'latest');
});

test.run();
