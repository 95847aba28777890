import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildViewModel, formatDate, formatDateTime, type QuestionView } from '../../engine/node.ts';
import { escort, fixtureForm, fixtureVariant, newRecord, nurse, save } from './helpers.ts';

const form = fixtureForm();

function answered() {
  let record = newRecord(form);
  record = save(form, record, 'safety', {
    aggressive: 'yes', aggressionDetails: 'Shouted', armed: 'yes', armedWith: 'firearm', supervision: 'medium', groups: ['children', 'officers'],
  });
  record = save(form, record, 'care', {
    medicated: 'yes', lastReview: '2025-03-03', nextCheck: '2025-07-01T13:05:00Z',
    medicines: [{ label: 'Zopiclone', urgent: 'no' }, { label: 'Aspirin', urgent: 'yes', dueAt: '2025-03-03T16:00:00Z' }],
  }, nurse);
  record = save(form, record, 'property', { bags: [{ seal: 'S10' }, { seal: 'S2', contents: 'Books' }] });
  return record;
}

const find = (questions: QuestionView[], key: string): QuestionView => {
  for (const q of questions) {
    if (q.key === key) return q;
    const nested = [...q.followUps, ...(q.choices ?? []).flatMap((c) => c.followUps)];
    const hit = nested.length ? findOrUndefined(nested, key) : undefined;
    if (hit) return hit;
  }
  throw new Error(`no question ${key}`);
};
const findOrUndefined = (questions: QuestionView[], key: string) => { try { return find(questions, key); } catch { return undefined; } };

test('sections come in order with status, roles, and questions with display values', () => {
  const view = buildViewModel(form, answered(), { roles: ['prison'] });
  assert.equal(view.sections.map((s) => [s.key, s.title, s.status, s.canEdit]), [
    ['safety', 'Safety', 'inProgress', true], ['care', 'Care', 'complete', false], ['property', 'Property', 'complete', true],
  ]);
  const safety = view.sections[0]!.questions;
  assert.equal(safety.map((q) => q.key), ['aggressive', 'supervision', 'groups', 'weightKg', 'notes', 'code']);
  assert.is(find(safety, 'aggressive').displayValue, 'Yes');
  assert.is(find(safety, 'supervision').displayValue, 'Medium');
  assert.is(find(safety, 'groups').displayValue, 'Children, Officers');
  const care = view.sections[1]!.questions;
  assert.is(find(care, 'lastReview').displayValue, '3 March 2025');
  assert.is(find(care, 'nextCheck').displayValue, '1 July 2025 at 14:05', 'shown in UK time (BST in July)');
  assert.equal(find(safety, 'supervision').choices![1], { value: 'medium', label: 'Medium', hint: 'Checked every hour', followUps: [find(safety, 'supervisionReason')] });
});

test('follow-ups are nested under the choice that opens them, three levels deep, with visibility and mandatory marks', () => {
  const safety = buildViewModel(form, answered()).sections[0]!.questions;
  const aggressive = find(safety, 'aggressive');
  assert.equal(aggressive.choices!.map((c) => [c.value, c.followUps.map((f) => f.key)]), [['yes', ['aggressionDetails', 'armed']], ['no', []]]);
  const armed = aggressive.choices![0]!.followUps[1]!;
  const armedWith = armed.choices![0]!.followUps[0]!;
  assert.is(armedWith.key, 'armedWith');
  assert.equal(armedWith.choices!.map((c) => [c.value, c.followUps.map((f) => f.key)]), [['knife', []], ['firearm', ['armedDescription']], ['other', ['armedDescription']]]);
  const description = armedWith.choices![1]!.followUps[0]!;
  assert.equal([description.visible, description.mandatory, description.errors.map((e) => e.message)], [true, true, ['Describe the weapon']]);
  const groups = find(safety, 'groups');
  assert.equal(groups.choices!.find((c) => c.value === 'children')!.followUps.map((f) => [f.key, f.visible]), [['childrenDetails', true]]);
  const notShowing = buildViewModel(form, newRecord(form)).sections[0]!.questions;
  assert.equal([find(notShowing, 'armed').visible, find(notShowing, 'armed').mandatory], [false, false]);
});

test('list items are ordered by item key and labelled by it, with follow-ups and flags inside items', () => {
  const view = buildViewModel(form, answered());
  const medicines = find(view.sections[1]!.questions, 'medicines');
  assert.equal(medicines.list!.items.map((i) => [i.index, i.label]), [[1, 'Medicine Aspirin'], [0, 'Medicine Zopiclone']]);
  const aspirin = medicines.list!.items[0]!.questions;
  const urgent = find(aspirin, 'urgent');
  assert.equal(urgent.flags.map((f) => f.label), ['Medicine needed during the move']);
  assert.equal(urgent.choices![0]!.followUps.map((f) => [f.pointer, f.displayValue]), [['/care/medicines/1/dueAt', '3 March 2025 at 16:00']]);
  assert.equal(medicines.list!.itemTemplate.map((q) => [q.key, q.pointer, q.mandatory]), [['label', '/care/medicines/-/label', true], ['dose', '/care/medicines/-/dose', false], ['urgent', '/care/medicines/-/urgent', true]]);
  const bags = find(view.sections[2]!.questions, 'bags');
  assert.equal(bags.list!.items.map((i) => i.label), ['Bag S2', 'Bag S10']);
  assert.is(bags.displayValue, '2 bags', 'counted with the item noun of the definition');
});

test('flags, red flags and confirmation blockers are listed', () => {
  const record = answered();
  const view = buildViewModel(form, { ...record, redFlags: [{ id: 'rf-1', risk: 'Spat', identifiedBy: 'Officer', at: '2025-03-03T10:00:00Z', recordedBy: 'x' }] }, { roles: ['escort'] });
  assert.equal(view.flags.map((f) => f.label), ['Aggressive', 'Risk to officers', 'Risk to children', 'Has used a firearm', 'Medicine needed during the move']);
  assert.equal(view.redFlags.map((f) => [f.id, f.risk, f.source]), [
    ['flag:/safety/aggressive', 'Aggressive', 'answer'],
    ['flag:/safety/groups=officers', 'Risk to officers', 'answer'],
    ['flag:/safety/groups=children', 'Risk to children', 'answer'],
    ['flag:/safety/armedWith', 'Has used a firearm', 'answer'],
    ['rf-1', 'Spat', 'entry'],
  ]);
  assert.equal(view.confirmBlockers, [
    'Only prison staff or police staff can confirm this record',
    'Complete the Safety section: “Describe the weapon”, “Give details of the risk to children” need an answer',
  ]);
  assert.is(view.canConfirm, false);
  assert.equal([view.canAddEntries, view.canCancel], [true, false], 'escort staff add entries but do not cancel (x-form.entryRoles, cancelRoles)');
  assert.equal(view.form, { name: 'fixture-move', version: '1.0.0', title: 'Fixture move check', redFlagPage: true, eventTypes: [{ const: 'meal', title: 'Meal' }, { const: 'incident', title: 'Incident' }] });
  assert.is(buildViewModel(form, record, { roles: escort.roles }).sections[1]!.canEdit, false);
});

test('prefill marks show on their questions', () => {
  const record = answered();
  const mark = { sourceRecordId: 'old', sourceForm: 'fixture-move', sourceVersion: '1.0.0', confirmedAt: '2024-01-01T00:00:00Z', needsReview: true };
  const view = buildViewModel(form, { ...record, prefill: { '/safety/aggressive': mark } });
  assert.equal(find(view.sections[0]!.questions, 'aggressive').prefill, mark);
  assert.is(find(view.sections[0]!.questions, 'supervision').prefill, undefined);
});

test('print option leaves out unanswered and hidden questions', () => {
  const view = buildViewModel(form, answered(), { omitUnanswered: true });
  const safety = view.sections[0]!.questions;
  assert.equal(safety.map((q) => q.key), ['aggressive', 'supervision', 'groups']);
  assert.equal(safety[0]!.choices![0]!.followUps.map((q) => q.key), ['aggressionDetails', 'armed']);
  assert.equal(safety[1]!.choices![1]!.followUps, [], 'an unanswered optional follow-up is left out');
  const medicines = find(view.sections[1]!.questions, 'medicines');
  assert.equal(medicines.list!.items[1]!.questions.map((q) => q.key), ['label', 'urgent']);
  assert.equal(buildViewModel(form, newRecord(form), { omitUnanswered: true }).sections.map((s) => s.questions.length), [0, 0, 0]);
});

test('dates are written out in full', () => {
  assert.is(formatDate('2025-03-03'), '3 March 2025');
  assert.is(formatDateTime('2025-03-03T14:20:00Z'), '3 March 2025 at 14:20');
  assert.is(formatDateTime('2025-12-31T23:59:00-01:00'), '1 January 2026 at 00:59');
});

test('an x-exclusive choice is marked exclusive in the view; other choices are not', () => {
  const exclusive = fixtureVariant('1.7.0', (d) => d.properties.safety.properties.groups.items.oneOf.push({ const: 'none', title: 'None of these', 'x-exclusive': true }));
  const groups = find(buildViewModel(exclusive, newRecord(exclusive)).sections[0]!.questions, 'groups');
  assert.equal(groups.choices!.map((c) => [c.value, c.exclusive]), [['officers', undefined], ['children', undefined], ['public', undefined], ['none', true]]);
  assert.not.ok('exclusive' in groups.choices![0]!, 'a choice that is not exclusive has no exclusive field');
});

test.run();
