import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { diffRecords, type FormRecord } from '../../engine/index.ts';
import { fixtureForm, newRecord, NOW } from './helpers.ts';

const form = fixtureForm();
const base = (): FormRecord => ({
  ...newRecord(form),
  answers: { safety: { aggressive: 'no', supervision: 'low' } },
  prefill: { '/safety/aggressive': { sourceRecordId: 'r0', sourceForm: form.name, sourceVersion: form.version, confirmedAt: NOW, needsReview: true } },
});

test('each changed answer is one write and one audited change; unchanged answers are neither', () => {
  const before = base();
  const after = { ...before, answers: { safety: { aggressive: 'yes' } }, updatedAt: 'later' };
  const diff = diffRecords(before, after);
  assert.equal(diff.writes, [
    { op: 'set', path: ['answers', 'safety', 'aggressive'], value: 'yes' },
    { op: 'unset', path: ['answers', 'safety', 'supervision'] },
    { op: 'set', path: ['updatedAt'], value: 'later' },
  ]);
  assert.equal(diff.changes, [
    { pointer: '/safety/aggressive', old: 'no', new: 'yes' },
    { pointer: '/safety/supervision', old: 'low' },
  ]);
});

test('a prefill mark is one key whose audit pointer escapes its slashes', () => {
  const before = base();
  const mark = { ...before.prefill['/safety/aggressive']!, needsReview: false };
  const diff = diffRecords(before, { ...before, prefill: { '/safety/aggressive': mark } });
  assert.equal(diff.writes, [{ op: 'set', path: ['prefill', '/safety/aggressive'], value: mark }]);
  assert.equal(diff.changes.map((c) => c.pointer), ['/prefill/~1safety~1aggressive']);
});

test('appended entries are pushed and audited by position; a rewritten list is set whole', () => {
  const event = { id: 'e1', type: 'note', at: NOW, where: 'Van', what: 'x', recordedBy: 'u' };
  const before = base();
  const pushed = diffRecords(before, { ...before, events: [event] });
  assert.equal(pushed.writes, [{ op: 'push', path: ['events'], items: [event] }]);
  assert.equal(pushed.changes, [{ pointer: '/events/0', new: event }]);
  const rewritten = diffRecords({ ...before, events: [event] }, { ...before, events: [{ ...event, what: 'y' }] });
  assert.equal(rewritten.writes.map((w) => w.op), ['set']);
});

test('the same record has no writes', () => {
  assert.equal(diffRecords(base(), base()), { writes: [], changes: [] });
});

test.run();
