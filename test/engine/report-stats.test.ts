/** Medians, nearest-rank percentiles and percentages from histograms, as docs/reports.md states them. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { medianOf, percent, percentileOf } from '../../engine/reports/stats.ts';

const bins = (...values: number[]) => values.map((value) => ({ value, n: 1 }));

test('the median is the middle value, or the mean of the two middle values', () => {
  assert.is(medianOf(bins(7, 1, 3)), 3);
  assert.is(medianOf(bins(1, 2, 3, 10)), 2.5);
  assert.is(medianOf([{ value: 5, n: 3 }, { value: 100, n: 1 }]), 5);
  assert.is(medianOf([]), null);
});

test('the 90th percentile is the value at rank ceil(0.9 n)', () => {
  assert.is(percentileOf(bins(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 90), 9);
  assert.is(percentileOf(bins(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), 90), 10);
  assert.is(percentileOf([{ value: 0, n: 9 }, { value: 60, n: 1 }], 90), 0);
  assert.is(percentileOf(bins(42), 90), 42);
  assert.is(percentileOf([], 90), null);
});

test('percentages have one decimal, and none of nothing', () => {
  assert.is(percent(1, 3), 33.3);
  assert.is(percent(2, 3), 66.7);
  assert.is(percent(0, 0), null);
});

test.run();
