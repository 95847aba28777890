import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkAnswers, clearHiddenAnswers, raisedFlags, sectionStates, sectionStatuses, type Answers } from '../../engine/node.ts';
import { fixtureForm } from './helpers.ts';

const form = fixtureForm();

test('visible and mandatory questions follow the answers', () => {
  const states = sectionStates(form, { safety: { aggressive: 'yes', armed: 'yes', supervision: 'medium' } });
  const safety = states.get('safety')!;
  assert.equal([...safety.visible].sort(), ['aggressionDetails', 'aggressive', 'armed', 'armedWith', 'code', 'groups', 'notes', 'supervision', 'supervisionReason', 'weightKg']);
  assert.equal([...safety.mandatory].sort(), ['aggressionDetails', 'aggressive', 'armed', 'armedWith', 'supervision']);
  assert.ok(!safety.mandatory.has('supervisionReason'), 'a follow-up left out of required is optional');
  assert.equal([...states.get('care')!.visible].sort(), ['lastReview', 'medicated', 'nextCheck']);
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
