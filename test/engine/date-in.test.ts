/**
 * Today's date where the move is: a time just after midnight in London is already the next day there
 * in summer (BST) though not yet in UTC; in winter London is UTC. Another zone gives its own day.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { dateIn } from '../../engine/index.ts';

test('the day in London, summer and winter, and in another zone', () => {
  assert.is(dateIn(new Date('2026-07-01T23:30:00Z')), '2026-07-02', 'BST: 00:30 on the 2nd in London');
  assert.is(dateIn(new Date('2026-12-01T23:30:00Z')), '2026-12-01', 'GMT: still the 1st');
  assert.is(dateIn(new Date('2026-03-29T00:59:59Z')), '2026-03-29');
  assert.is(dateIn(new Date('2026-01-01T03:00:00Z'), 'America/New_York'), '2025-12-31');
  assert.is(dateIn(new Date('2026-01-01T03:00:00Z'), 'Europe/London'), '2026-01-01', 'each zone its own day, asked one after the other');
});

test('an invalid time is an error, not a date', () => {
  assert.throws(() => dateIn(new Date('not a date')), /Invalid time value/);
});

test.run();
