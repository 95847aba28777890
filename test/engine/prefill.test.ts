import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { confirmationBlockers, createRecord, prefillAnswers, prefillSources, type FormRecord } from '../../engine/node.ts';
import { fixtureForm, newRecord, NOW, prison } from './helpers.ts';

const v1 = fixtureForm('fixture-move', '1.0.0');
const v2 = fixtureForm('fixture-move', '2.0.0');
const health = fixtureForm('fixture-health', '1.0.0');

function confirmedRecord(form: typeof v1, id: string, at: string, answers: FormRecord['answers']): FormRecord {
  return { ...newRecord(form, id), answers, state: 'confirmed', confirmed: { at, by: 'someone' } };
}

const lastMove = confirmedRecord(v1, 'move-2025', '2025-01-10T09:00:00Z', {
  safety: {
    aggressive: 'yes', aggressionDetails: 'Kicked a door during the last move', armed: 'yes', armedWith: 'knife',
    supervision: 'high', groups: ['officers'], notes: 'Quiet',
  },
  care: { medicated: 'yes', medicines: [{ label: 'A', dose: '5mg', urgent: 'yes', dueAt: '2025-01-10T12:00:00Z' }, { label: 'B', dose: '1mg', urgent: 'no' }] },
});
const olderMove = confirmedRecord(v1, 'move-2024', '2024-06-01T09:00:00Z', {
  safety: { aggressive: 'no', supervision: 'low' },
  care: { medicated: 'no', lastReview: '2024-05-30' },
});

test('prefill sources are this form and the forms named in prefillFrom', () => {
  assert.equal(prefillSources(v2), ['fixture-move', 'fixture-health']);
});

test('answers carry across versions by key, with provenance; dropped answers are reported with a reason', () => {
  const result = prefillAnswers(v2, [{ record: olderMove, form: v1 }, { record: lastMove, form: v1 }]);
  assert.equal(result.answers, {
    safety: { aggressive: 'yes' },
    care: { medicated: 'yes', medicines: [{ label: 'A' }, { label: 'B' }] },
  });
  assert.equal(result.marks['/safety/aggressive'], {
    sourceRecordId: 'move-2025', sourceForm: 'fixture-move', sourceVersion: '1.0.0', confirmedAt: '2025-01-10T09:00:00Z', needsReview: true,
  });
  assert.equal(Object.keys(result.marks).sort(), ['/care/medicated', '/care/medicines', '/safety/aggressive']);
  const reasons = Object.fromEntries(result.dropped.map((d) => [d.key, d.reason]));
  assert.equal(reasons, {
    aggressionDetails: 'invalid',
    armed: 'notMarked',
    armedWith: 'notMarked',
    supervision: 'kindChanged',
    groups: 'notMarked',
    notes: 'notMarked',
  });
});

test('the most recently confirmed record wins, including a record of a form named in prefillFrom', () => {
  const screen = confirmedRecord(health, 'screen-1', '2025-02-01T09:00:00Z', { screen: { medicated: 'no', allergies: 'Peanuts' } });
  const result = prefillAnswers(v2, [{ record: lastMove, form: v1 }, { record: screen, form: health }]);
  assert.equal(result.answers.care, { medicated: 'no', allergies: 'Peanuts' });
  assert.equal(result.marks['/care/allergies']!.sourceForm, 'fixture-health');
  assert.ok(result.dropped.some((d) => d.key === 'medicines' && d.reason === 'hidden'), 'the list opened by the older answer is dropped');
});

test('an answer left empty in the latest record does not come back from an older record whose form asked it too', () => {
  const result = prefillAnswers(v2, [{ record: olderMove, form: v1 }, { record: lastMove, form: v1 }]);
  assert.is(result.answers.safety?.lastReview, undefined, 'the latest record (same form) asked “last review” and left it empty');
  assert.is(result.marks['/safety/lastReview'], undefined);
});

test('a question the latest record’s form never asked is carried from the older record that answered it', () => {
  const screen = confirmedRecord(health, 'screen-1', '2025-02-01T09:00:00Z', { screen: { medicated: 'no' } });
  const result = prefillAnswers(v2, [{ record: olderMove, form: v1 }, { record: screen, form: health }]);
  assert.is(result.answers.safety?.lastReview, '2024-05-30');
  assert.is(result.marks['/safety/lastReview']!.sourceRecordId, 'move-2024');
  assert.is(result.marks['/care/medicated']!.sourceRecordId, 'screen-1');
});

test('a record whose definition is not available speaks only for the questions it answered', () => {
  const result = prefillAnswers(v2, [{ record: olderMove, form: v1 }, { record: lastMove }]);
  assert.is(result.answers.safety?.lastReview, '2024-05-30');
  assert.is(result.answers.safety?.aggressive, 'yes');
});

test('records that are not confirmed, or of forms not allowed, prefill nothing', () => {
  const draft = { ...lastMove, state: 'draft' as const, confirmed: undefined };
  const stranger = { ...lastMove, form: 'another-form' };
  assert.equal(prefillAnswers(v2, [{ record: draft, form: v1 }, { record: stranger, form: v1 }]).answers, {});
});

test('a record created from prefill is a draft until each prefilled answer is reviewed', () => {
  const prefill = prefillAnswers(v2, [{ record: lastMove, form: v1 }]);
  const record = createRecord(v2, {
    id: 'new', move: lastMove.move, person: lastMove.person, prefill,
  }, prison, NOW);
  assert.is(record.state, 'draft');
  assert.equal(record.answers, prefill.answers);
  assert.ok(confirmationBlockers(v2, record).includes('Review the answer carried over for “Are they aggressive?” in Safety'));
});

test.run();
