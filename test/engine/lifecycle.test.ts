import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  acceptPrefill, addEvent, addRedFlag, cancelRecord, confirmationBlockers, confirmRecord, recordHandover, saveSection,
  canAddEntries, canCancel, type FormRecord, type Outcome,
} from '../../engine/node.ts';
import { completeRecord, escort, fixtureForm, fixtureVariant, newRecord, NOW, nurse, prison, save } from './helpers.ts';

const form = fixtureForm();
const LATER = '2025-03-03T15:00:00Z';

function refusal<T>(outcome: Outcome<T>) {
  if (outcome.ok) throw new Error('expected a refusal');
  return outcome.refusal;
}
function accepted<T>(outcome: Outcome<T>) {
  if (!outcome.ok) throw new Error(`expected success, got ${JSON.stringify(outcome.refusal)}`);
  return outcome;
}
function confirmed(): FormRecord {
  return accepted(confirmRecord(form, completeRecord(form), prison, LATER)).record;
}
const handoverInput = (record: FormRecord, acknowledge = true) => ({
  dispatchingOfficer: { name: 'Dee Patch', identifier: 'D1' },
  receivingOfficer: { name: 'Rita Seeve', identifier: 'R1' },
  receivingOrganisation: 'Escort supplier',
  at: LATER,
  acknowledgements: acknowledge ? redFlagIds(record).map((entryId) => ({ entryId, name: 'Rita Seeve', at: LATER })) : [],
});
function redFlagIds(record: FormRecord): string[] {
  const flags: string[] = [];
  if (record.answers.safety?.aggressive === 'yes') flags.push('flag:/safety/aggressive');
  return [...flags, ...record.redFlags.map((f) => f.id)];
}

test('a new record is a draft; it becomes complete when every required section is, and goes back to draft when amended', () => {
  let record = newRecord(form);
  assert.is(record.state, 'draft');
  record = save(form, record, 'safety', { aggressive: 'no', supervision: 'low' });
  assert.is(record.state, 'draft');
  record = save(form, record, 'care', { medicated: 'no' }, nurse);
  assert.is(record.state, 'complete', 'the property section is not required for confirmation');
  record = save(form, record, 'safety', { aggressive: 'yes' });
  assert.is(record.state, 'draft');
  assert.equal(confirmationBlockers(form, record), ['Complete the Safety section: “Describe the aggression”, “Have they been armed?” need an answer']);
});

test('saving returns the changes with old and new values, bumps revisions, and clears hidden follow-ups', () => {
  let record = newRecord(form);
  record = save(form, record, 'safety', { aggressive: 'yes', aggressionDetails: 'Shouted', armed: 'yes', armedWith: 'knife', supervision: 'low' });
  const outcome = accepted(saveSection(form, record, { section: 'safety', answers: { aggressive: 'no', supervision: null }, baseRevision: record.revision }, prison, LATER));
  assert.equal(outcome.cleared.sort(), ['/safety/aggressionDetails', '/safety/armed', '/safety/armedWith']);
  assert.equal(outcome.changed, [
    { pointer: '/safety/aggressive', old: 'yes', new: 'no' },
    { pointer: '/safety/aggressionDetails', old: 'Shouted' },
    { pointer: '/safety/armed', old: 'yes' },
    { pointer: '/safety/armedWith', old: 'knife' },
    { pointer: '/safety/supervision', old: 'low' },
  ]);
  assert.equal(outcome.record.answers.safety, { aggressive: 'no' });
  assert.is(outcome.record.revision, record.revision + 1);
  assert.is(outcome.record.answerRevisions['/safety/aggressive'], record.revision + 1);
  assert.is(outcome.record.updatedAt, LATER);
});

test('an answer to a follow-up that the same save hides is refused, not silently dropped', () => {
  const record = save(form, newRecord(form), 'safety', { aggressive: 'yes' });
  const r = refusal(saveSection(form, record, { section: 'safety', answers: { aggressive: 'no', armed: 'yes' }, baseRevision: record.revision }, prison, NOW));
  assert.is(r.kind, 'invalid');
  assert.equal(r.errors!.map((e) => [e.pointer, e.rule]), [['/safety/armed', 'hidden']]);
});

test('saving refuses bad input, unknown sections, other roles and invalid answers, naming what is wrong', () => {
  const record = newRecord(form);
  const bad = refusal(saveSection(form, record, { section: 'safety', answers: [] }, prison, NOW));
  assert.is(bad.kind, 'badInput');
  assert.equal(bad.fields!.map((f) => f.field), ['answers', 'baseRevision']);
  assert.is(refusal(saveSection(form, record, { section: 'nowhere', answers: {}, baseRevision: 1 }, prison, NOW)).kind, 'notFound');
  const forbidden = refusal(saveSection(form, record, { section: 'care', answers: { medicated: 'no' }, baseRevision: 1 }, prison, NOW));
  assert.is(forbidden.kind, 'forbidden');
  assert.match(forbidden.message, /Care/);
  const invalid = refusal(saveSection(form, record, { section: 'safety', answers: { aggressive: 'perhaps', notes: 'x'.repeat(101), __proto__x: 1 }, baseRevision: 1 }, prison, NOW));
  assert.is(invalid.kind, 'invalid');
  assert.equal(invalid.errors!.map((e) => e.rule), ['unknown']);
  const wrong = refusal(saveSection(form, record, { section: 'safety', answers: { aggressive: 'perhaps', notes: 'x'.repeat(101) }, baseRevision: 1 }, prison, NOW));
  assert.equal(wrong.errors!.map((e) => [e.question, e.message]), [
    ['aggressive', 'Select one of the options for “Are they aggressive?”'],
    ['notes', 'Notes must be 100 characters or fewer'],
  ]);
});

test('empty fields inside list items are not stored; a __proto__ key is refused as unknown', () => {
  const record = newRecord(form);
  const saved = accepted(saveSection(form, record, { section: 'property', answers: { bags: [{ seal: 'S1', contents: '' }] }, baseRevision: 1 }, prison, NOW));
  assert.equal(saved.record.answers.property, { bags: [{ seal: 'S1' }] });
  const hostile = JSON.parse('{"section":"property","baseRevision":1,"answers":{"bags":[{"seal":"S1","__proto__":{"polluted":true}}]}}');
  const r = refusal(saveSection(form, record, hostile, prison, NOW));
  assert.equal(r.errors!.map((e) => [e.pointer, e.rule]), [['/property/bags/0/__proto__', 'unknown']]);
  const topLevel = refusal(saveSection(form, record, JSON.parse('{"section":"safety","baseRevision":1,"answers":{"__proto__":{"x":1}}}'), prison, NOW));
  assert.equal(topLevel.errors!.map((e) => e.rule), ['unknown']);
  assert.is(({} as Record<string, unknown>).polluted, undefined);
});

test('a missing mandatory answer is allowed in a draft', () => {
  const outcome = accepted(saveSection(form, newRecord(form), { section: 'safety', answers: { notes: 'Quiet' }, baseRevision: 1 }, prison, NOW));
  assert.is(outcome.record.state, 'draft');
});

test('conflict: a question someone else changed since the base revision, to a different value', () => {
  const base = save(form, newRecord(form), 'safety', { aggressive: 'no', supervision: 'low' });
  const theirs = save(form, base, 'safety', { supervision: 'high' });
  const r = refusal(saveSection(form, theirs, { section: 'safety', answers: { supervision: 'medium' }, baseRevision: base.revision }, prison, NOW));
  assert.is(r.kind, 'conflict');
  assert.equal(r.conflicts, [{ pointer: '/safety/supervision', question: 'supervision', theirs: 'high', yours: 'medium' }]);
  // A different question, or the same value, is no conflict.
  accepted(saveSection(form, theirs, { section: 'safety', answers: { notes: 'Calm' }, baseRevision: base.revision }, prison, NOW));
  accepted(saveSection(form, theirs, { section: 'safety', answers: { supervision: 'high' }, baseRevision: base.revision }, prison, NOW));
});

test('confirmation: refused for other roles and with reasons while incomplete; then answers are locked', () => {
  const draft = save(form, newRecord(form), 'safety', { aggressive: 'no', supervision: 'low' });
  const notReady = refusal(confirmRecord(form, draft, prison, LATER));
  assert.is(notReady.kind, 'notReady');
  assert.equal(notReady.reasons, ['Complete the Care section: “Do they take medicine?” needs an answer']);
  assert.is(refusal(confirmRecord(form, completeRecord(form), nurse, LATER)).kind, 'forbidden');
  assert.equal(confirmationBlockers(form, completeRecord(form), escort.roles), ['Only prison staff or police staff can confirm this record']);
  const record = confirmed();
  assert.is(record.state, 'confirmed');
  assert.equal(record.confirmed, { at: LATER, by: prison.user });
  const locked = refusal(saveSection(form, record, { section: 'safety', answers: { notes: 'x' }, baseRevision: record.revision }, prison, LATER));
  assert.is(locked.kind, 'locked');
  assert.is(refusal(confirmRecord(form, record, prison, LATER)).kind, 'locked');
});

test('prefilled answers block confirmation until saved or accepted', () => {
  let record = completeRecord(form);
  const mark = { sourceRecordId: 'old', sourceForm: 'fixture-move', sourceVersion: '1.0.0', confirmedAt: '2024-01-01T00:00:00Z', needsReview: true };
  record = { ...record, state: 'draft', answers: { ...record.answers, safety: { ...record.answers.safety!, notes: 'Old note' } }, prefill: { '/safety/aggressive': mark, '/safety/notes': mark } };
  assert.equal(confirmationBlockers(form, record), [
    'Review the answer carried over for “Are they aggressive?” in Safety',
    'Review the answer carried over for “Notes” in Safety',
  ]);
  const saved = accepted(saveSection(form, record, { section: 'safety', answers: { aggressive: 'no' }, baseRevision: record.revision }, prison, NOW));
  assert.equal(saved.reviewed, ['/safety/aggressive']);
  assert.equal(saved.record.prefill['/safety/aggressive'], { ...mark, needsReview: false, reviewedBy: prison.user, reviewedAt: NOW });
  assert.is(saved.record.state, 'draft');
  assert.is(refusal(acceptPrefill(form, saved.record, ['/safety/notes'], nurse, NOW)).kind, 'forbidden');
  assert.is(refusal(acceptPrefill(form, saved.record, ['/safety/code'], prison, NOW)).kind, 'badInput');
  const accepting = accepted(acceptPrefill(form, saved.record, ['/safety/notes'], prison, LATER));
  assert.is(accepting.record.state, 'complete');
  assert.is(accepting.record.prefill['/safety/notes']!.reviewedAt, LATER);
});

test('handover: only after confirmation, every field checked, every red flag acknowledged; repeatable', () => {
  assert.is(refusal(recordHandover(form, completeRecord(form), {}, escort, LATER)).kind, 'notReady');
  let record = confirmed();
  record = accepted(addRedFlag(form, record, { risk: 'Threatened staff', identifiedBy: 'Officer Jones', at: LATER }, escort, LATER, 'rf-1')).record;
  const bad = refusal(recordHandover(form, record, { dispatchingOfficer: { name: 'D' }, at: 'yesterday' }, escort, LATER));
  assert.is(bad.kind, 'badInput');
  assert.equal(bad.fields!.map((f) => f.field), [
    'dispatchingOfficer.identifier', 'receivingOfficer', 'receivingOfficer.name', 'receivingOfficer.identifier', 'receivingOrganisation', 'at', 'acknowledgements',
  ]);
  const unacknowledged = refusal(recordHandover(form, record, handoverInput(record, false), escort, LATER));
  assert.equal(unacknowledged.fields, [{ field: 'acknowledgements', message: 'The receiving officer must acknowledge the red flag “Threatened staff”' }]);
  const first = accepted(recordHandover(form, record, handoverInput(record), escort, LATER, 'h-1')).record;
  assert.is(first.state, 'handedOver');
  assert.equal(first.handovers[0]!.acknowledgements.map((a) => a.entryId), ['rf-1']);
  assert.is(first.handovers[0]!.recordedBy, escort.user);
  const second = accepted(recordHandover(form, first, handoverInput(first), escort, LATER, 'h-2')).record;
  assert.equal(second.handovers.map((h) => h.id), ['h-1', 'h-2']);
  assert.is(refusal(saveSection(form, second, { section: 'property', answers: { bags: [{ seal: 'S' }] }, baseRevision: second.revision }, escort, LATER)).kind, 'locked');
});

test('an acknowledgement may give the role of who signed for the red flag; a blank role is left out, a long one refused', () => {
  let record = confirmed();
  record = accepted(addRedFlag(form, record, { risk: 'Threatened staff', identifiedBy: 'Officer Jones', at: LATER }, escort, LATER, 'rf-1')).record;
  const signed = (role?: string) => ({ ...handoverInput(record), acknowledgements: [{ entryId: 'rf-1', name: 'Rita Seeve', at: LATER, ...(role === undefined ? {} : { role }) }] });
  const handedOver = accepted(recordHandover(form, record, signed('  Escort custody officer '), escort, LATER)).record;
  assert.equal(handedOver.handovers[0]!.acknowledgements, [{ entryId: 'rf-1', name: 'Rita Seeve', at: LATER, role: 'Escort custody officer' }]);
  assert.equal(accepted(recordHandover(form, record, signed('  '), escort, LATER)).record.handovers[0]!.acknowledgements, [{ entryId: 'rf-1', name: 'Rita Seeve', at: LATER }]);
  assert.equal(refusal(recordHandover(form, record, signed('x'.repeat(201)), escort, LATER)).fields,
    [{ field: 'acknowledgements.0.role', message: 'The role of who acknowledged it must be 200 characters or fewer' }]);
});

test('handover acknowledges alert flags derived from the answers', () => {
  let record = save(form, newRecord(form), 'safety', { aggressive: 'yes', aggressionDetails: 'Shouted', armed: 'no', supervision: 'low' });
  record = save(form, record, 'care', { medicated: 'no' }, nurse);
  record = accepted(confirmRecord(form, record, prison, LATER)).record;
  assert.equal(refusal(recordHandover(form, record, handoverInput(record, false), escort, LATER)).fields!.map((f) => f.message), [
    'The receiving officer must acknowledge the red flag “Aggressive”',
  ]);
  const unknown = { ...handoverInput(record), acknowledgements: [...handoverInput(record).acknowledgements, { entryId: 'flag:/nowhere', name: 'R', at: LATER }] };
  assert.equal(refusal(recordHandover(form, record, unknown, escort, LATER)).fields!.map((f) => f.field), ['acknowledgements.1.entryId']);
  accepted(recordHandover(form, record, handoverInput(record), escort, LATER));
});

test('events and red flags are appended after confirmation and after handover, with their fields checked', () => {
  const record = confirmed();
  const badEvent = refusal(addEvent(form, record, { type: 'party', at: LATER, where: '', what: 'x'.repeat(2001) }, escort, LATER));
  assert.equal(badEvent.fields!.map((f) => f.field), ['where', 'what', 'type']);
  assert.is(badEvent.fields![2]!.message, 'Select the type of event: Meal, Incident');
  const withEvent = accepted(addEvent(form, record, { type: 'meal', at: LATER, where: 'Van', what: 'Sandwich' }, escort, LATER, 'e-1')).record;
  assert.equal(withEvent.events, [{ id: 'e-1', type: 'meal', at: LATER, where: 'Van', what: 'Sandwich', recordedBy: escort.user, receivedAt: LATER }]);
  const badFlag = refusal(addRedFlag(form, withEvent, { risk: 'x', at: '2025-02-30T10:00:00Z' }, escort, LATER));
  assert.equal(badFlag.fields!.map((f) => f.field), ['identifiedBy', 'at']);
  const handedOver = accepted(recordHandover(form, withEvent, handoverInput(withEvent), escort, LATER)).record;
  const later = accepted(addEvent(form, handedOver, { type: 'incident', at: LATER, where: 'Court', what: 'Fell' }, escort, LATER)).record;
  assert.is(later.events.length, 2);
  assert.is(accepted(addRedFlag(form, later, { risk: 'Spat', identifiedBy: 'Escort', at: LATER }, escort, LATER)).record.redFlags.length, 1);
});

test('a handover, event, red flag or acknowledgement in the future is refused, naming the field; two minutes of clock drift is allowed', () => {
  let record = confirmed();
  record = accepted(addRedFlag(form, record, { risk: 'Threatened staff', identifiedBy: 'Officer Jones', at: LATER }, escort, LATER, 'rf-1')).record;
  const inAnHour = '2025-03-03T16:00:00Z';
  const withinDrift = '2025-03-03T15:02:00Z';
  const justBeyond = '2025-03-03T15:02:01Z';

  const handover = refusal(recordHandover(form, record, { ...handoverInput(record), at: inAnHour }, escort, LATER));
  assert.is(handover.kind, 'badInput');
  assert.equal(handover.fields, [{ field: 'at', message: 'The time of the handover must be now or in the past' }]);
  const acknowledgement = { ...handoverInput(record), acknowledgements: [{ entryId: 'rf-1', name: 'Rita Seeve', at: justBeyond }] };
  assert.equal(refusal(recordHandover(form, record, acknowledgement, escort, LATER)).fields,
    [{ field: 'acknowledgements.0.at', message: 'The time it was acknowledged must be now or in the past' }]);
  assert.equal(refusal(addEvent(form, record, { type: 'meal', at: inAnHour, where: 'Van', what: 'Sandwich' }, escort, LATER)).fields,
    [{ field: 'at', message: 'The time of the event must be now or in the past' }]);
  assert.equal(refusal(addRedFlag(form, record, { risk: 'Spat', identifiedBy: 'Escort', at: justBeyond }, escort, LATER)).fields,
    [{ field: 'at', message: 'When the risk was identified must be now or in the past' }]);
  // A time zone offset is read as the instant it names: 16:01+01:00 is 15:01Z, within the drift allowed.
  assert.ok(accepted(addEvent(form, record, { type: 'meal', at: '2025-03-03T16:01:00+01:00', where: 'Van', what: 'Sandwich' }, escort, LATER)));
  assert.is(accepted(addRedFlag(form, record, { risk: 'Spat', identifiedBy: 'Escort', at: withinDrift }, escort, LATER)).record.redFlags.length, 2);
  assert.is(accepted(recordHandover(form, record, { ...handoverInput(record), at: withinDrift }, escort, LATER)).record.handovers[0]!.at, withinDrift);
});

test('handovers, events and red flags wait for confirmation: refused in draft and complete, saying why', () => {
  const entries = [
    { add: recordHandover, input: (r: FormRecord) => handoverInput(r), message: 'The record must be confirmed before the person is handed over' },
    { add: addEvent, input: () => ({ type: 'meal', at: LATER, where: 'Van', what: 'Sandwich' }), message: 'Events can be added once the record is confirmed' },
    { add: addRedFlag, input: () => ({ risk: 'Spat', identifiedBy: 'Escort', at: LATER }), message: 'Red flags can be added once the record is confirmed' },
  ];
  const draft = newRecord(form);
  const complete = completeRecord(form);
  assert.equal([draft.state, complete.state], ['draft', 'complete']);
  for (const { add, input, message } of entries) {
    for (const record of [draft, complete]) {
      const refused = refusal(add(form, record, input(record), escort, LATER));
      assert.equal([refused.kind, refused.message, refused.reasons], ['notReady', message, ['Confirm the record first']], `${message} (${record.state})`);
    }
    assert.is(refusal(add(form, draft, input(draft), nurse, LATER)).kind, 'forbidden', 'a role that may never add entries is told so first');
    const cancelled = accepted(cancelRecord(form, complete, {}, prison, LATER)).record;
    assert.equal(refusal(add(form, cancelled, input(cancelled), escort, LATER)), { kind: 'locked', message: 'The record has been cancelled', reason: 'recordCancelled', cancelled: { at: LATER, by: prison.user } });
    accepted(add(form, confirmed(), input(confirmed()), escort, LATER));
  }
});

test('a form without event types or red flag page refuses those entries', () => {
  const plain = fixtureForm('fixture-health', '1.0.0');
  const record: FormRecord = { ...newRecord(plain), state: 'confirmed' };
  assert.is(refusal(addEvent(plain, record, { type: 'meal', at: LATER, where: 'x', what: 'y' }, escort, LATER)).kind, 'badInput');
  assert.is(refusal(addRedFlag(plain, record, { risk: 'x', identifiedBy: 'y', at: LATER }, escort, LATER)).kind, 'badInput');
});

test('cancel: from draft, complete or confirmed, by a cancelling role; refused after handover', () => {
  for (const record of [newRecord(form), completeRecord(form), confirmed()]) {
    const cancelled = accepted(cancelRecord(form, record, { reason: 'Move called off' }, prison, LATER)).record;
    assert.is(cancelled.state, 'cancelled');
    assert.equal(cancelled.cancelled, { at: LATER, by: prison.user, reason: 'Move called off' });
    assert.is(refusal(saveSection(form, cancelled, { section: 'safety', answers: {}, baseRevision: cancelled.revision }, prison, LATER)).kind, 'locked');
    assert.is(refusal(addEvent(form, cancelled, { type: 'meal', at: LATER, where: 'x', what: 'y' }, escort, LATER)).kind, 'locked');
  }
  assert.is(refusal(cancelRecord(form, newRecord(form), {}, nurse, LATER)).kind, 'forbidden');
  const record = confirmed();
  const handedOver = accepted(recordHandover(form, record, handoverInput(record), escort, LATER)).record;
  assert.is(refusal(cancelRecord(form, handedOver, {}, prison, LATER)).kind, 'locked');
});

test('who may add entries and cancel is what x-form.entryRoles and cancelRoles grant, nothing else', () => {
  const regranted = fixtureVariant('1.9.0', (d) => Object.assign(d['x-form'], { entryRoles: ['healthcare'], cancelRoles: ['escort'] }));
  assert.ok(canAddEntries(regranted, ['healthcare']));
  assert.not.ok(canAddEntries(regranted, ['escort', 'prison']));
  assert.ok(canCancel(regranted, ['escort']));
  assert.not.ok(canCancel(regranted, ['prison', 'police']));
  let record = completeRecord(regranted);
  record = accepted(confirmRecord(regranted, record, prison, LATER)).record;
  const event = { type: 'meal', at: LATER, where: 'Van', what: 'Sandwich' };
  const refused = refusal(addEvent(regranted, record, event, escort, LATER));
  assert.is(refused.kind, 'forbidden');
  assert.is(refused.message, 'Only healthcare staff can add to the record of events');
  assert.is(refusal(addRedFlag(regranted, record, { risk: 'x', identifiedBy: 'y', at: LATER }, escort, LATER)).kind, 'forbidden');
  assert.is(refusal(recordHandover(regranted, record, handoverInput(record), escort, LATER)).kind, 'forbidden');
  const withEvent = accepted(addEvent(regranted, record, event, nurse, LATER)).record;
  accepted(recordHandover(regranted, withEvent, handoverInput(withEvent), nurse, LATER));
  assert.is(refusal(cancelRecord(regranted, record, {}, prison, LATER)).message, 'Only escort staff can cancel this record');
  assert.is(accepted(cancelRecord(regranted, record, {}, escort, LATER)).record.state, 'cancelled');
});

test.run();
