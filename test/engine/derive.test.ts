import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkAnswers, clearHiddenAnswers, raisedFlags, sectionStates, sectionStatuses, type Answers } from '../../engine/node.ts';
import { fixtureForm } from './helpers.ts';

/** Every combination of the given answers, each also left out. */
function combinations(options: Record<string, unknown[]>): Record<string, unknown>[] {
  return Object.entries(options).reduce<Record<string, unknown>[]>(
    (sets, [key, values]) => sets.flatMap((set) => [set, ...values.map((value) => ({ ...set, [key]: value }))]),
    [{}],
  );
}

const form = fixtureForm();

test('visible and mandatory questions follow the answers', () => {
  const states = sectionStates(form, { safety: { aggressive: 'yes', armed: 'yes', supervision: 'medium' } });
  const safety = states.get('safety')!;
  assert.equal([...safety.visible].sort(), ['aggressionDetails', 'aggressive', 'armed', 'armedWith', 'code', 'groups', 'notes', 'supervision', 'supervisionReason', 'weightKg']);
  assert.equal([...safety.mandatory].sort(), ['aggressionDetails', 'aggressive', 'armed', 'armedWith', 'supervision']);
  assert.ok(!safety.mandatory.has('supervisionReason'), 'a follow-up left out of required is optional');
  assert.equal([...states.get('care')!.visible].sort(), ['lastReview', 'medicated', 'nextCheck']);
});

test('the condition interpreter agrees with the JSON Schema validator on what shows and what is mandatory', () => {
  const followUps = { aggressionDetails: 'x', armedDescription: 'x', childrenDetails: 'x', supervisionReason: 'x' };
  const sets = combinations({
    aggressive: ['yes', 'no'], armed: ['yes', 'no'], armedWith: ['knife', 'firearm', 'other'],
    groups: [['children'], ['officers'], ['officers', 'children']], supervision: ['low', 'medium', 'high'],
  });
  assert.is(sets.length, 3 * 3 * 4 * 4 * 4);
  for (const choices of sets) {
    const safety = { ...choices, ...followUps };
    assert.not.ok(form.validate({ safety, care: {}, property: {} }));
    const errors = (form.validate.errors ?? []).filter((e) => e.instancePath === '/safety');
    const hiddenBySchema = errors.filter((e) => e.keyword === 'unevaluatedProperties').map((e) => e.params.unevaluatedProperty as string).sort();
    const missingBySchema = errors.filter((e) => e.keyword === 'required').map((e) => e.params.missingProperty as string).sort();
    const state = sectionStates(form, { safety }).get('safety')!;
    const hidden = Object.keys(safety).filter((k) => !state.visible.has(k)).sort();
    const missing = [...state.mandatory].filter((k) => !(k in safety)).sort();
    assert.equal(hidden, hiddenBySchema, JSON.stringify(choices));
    assert.equal(missing, missingBySchema, JSON.stringify(choices));
  }
});

test('inside list items too', () => {
  for (const item of combinations({ label: ['A'], urgent: ['yes', 'no'], dueAt: ['2025-03-03T10:00:00Z'] })) {
    form.validate({ safety: {}, care: { medicated: 'yes', medicines: [item] }, property: {} });
    const errors = (form.validate.errors ?? []).filter((e) => e.instancePath === '/care/medicines/0');
    const hiddenBySchema = errors.filter((e) => e.keyword === 'unevaluatedProperties').map((e) => e.params.unevaluatedProperty as string);
    const missingBySchema = errors.filter((e) => e.keyword === 'required').map((e) => e.params.missingProperty as string).sort();
    const check = checkAnswers(form, { care: { medicated: 'yes', medicines: [item] } });
    assert.equal(check.invalid.map((e) => e.question), hiddenBySchema, JSON.stringify(item));
    assert.equal(check.incomplete.filter((e) => e.pointer.startsWith('/care/medicines/0/')).map((e) => e.question).sort(), missingBySchema, JSON.stringify(item));
  }
});

test('section status: not started, in progress, complete', () => {
  const answers: Answers = { safety: { aggressive: 'yes' }, care: { medicated: 'no' } };
  assert.equal(sectionStatuses(form, answers, checkAnswers(form, answers)), { safety: 'inProgress', care: 'complete', property: 'notStarted' });
  const done: Answers = { safety: { aggressive: 'no', supervision: 'low' }, care: { medicated: 'no' }, property: { bags: [{ seal: 'S1' }] } };
  assert.equal(sectionStatuses(form, done, checkAnswers(form, done)), { safety: 'complete', care: 'complete', property: 'complete' });
});

test('flags are raised by answers, by each ticked box, and by fields inside list items', () => {
  const flags = raisedFlags(form, {
    safety: { aggressive: 'yes', supervision: 'high', groups: ['officers', 'children', 'public'], armed: 'yes', armedWith: 'firearm' },
    care: { medicated: 'yes', medicines: [{ label: 'A', urgent: 'no' }, { label: 'B', urgent: 'yes' }] },
  });
  assert.equal(flags.map((f) => [f.level, f.label, f.pointer, f.value]), [
    ['alert', 'Aggressive', '/safety/aggressive', 'yes'],
    ['warning', 'High supervision', '/safety/supervision', 'high'],
    ['alert', 'Risk to officers', '/safety/groups', 'officers'],
    ['alert', 'Risk to children', '/safety/groups', 'children'],
    ['alert', 'Has used a firearm', '/safety/armedWith', 'firearm'],
    ['attention', 'Medicine needed during the move', '/care/medicines/1/urgent', 'yes'],
  ]);
});

test('a hidden answer raises no flag', () => {
  assert.equal(raisedFlags(form, { safety: { aggressive: 'no', armedWith: 'firearm' } }).map((f) => f.label), []);
});

test('clearing hidden answers repeats until stable and names every pointer', () => {
  const answers: Answers = {
    safety: { aggressive: 'no', aggressionDetails: 'x', armed: 'yes', armedWith: 'other', armedDescription: 'chair', supervision: 'low' },
    care: { medicated: 'yes', medicines: [{ label: 'A', urgent: 'no', dueAt: '2025-03-03T10:00:00Z' }] },
  };
  const { answers: cleared, cleared: pointers } = clearHiddenAnswers(form, answers);
  assert.equal(cleared.safety, { aggressive: 'no', supervision: 'low' });
  assert.equal(pointers.sort(), ['/care/medicines/0/dueAt', '/safety/aggressionDetails', '/safety/armed', '/safety/armedDescription', '/safety/armedWith']);
  assert.equal(cleared.care, { medicated: 'yes', medicines: [{ label: 'A', urgent: 'no' }] });
  assert.equal(answers.safety!.armed, 'yes', 'the input is not changed');
});

test('clearing leaves answers that are kept on purpose, and returns the same object when nothing hides', () => {
  const answers: Answers = { safety: { aggressive: 'no', armed: 'yes' } };
  assert.equal(clearHiddenAnswers(form, answers, new Set(['/safety/armed'])).cleared, []);
  const visible: Answers = { safety: { aggressive: 'yes', armed: 'no' } };
  assert.is(clearHiddenAnswers(form, visible).answers, visible);
});

test.run();
