// The intervals behind "pilot versus the rest", against values computed by hand (shown) and against the
// worked examples of the papers that define them.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  binomialHalfCdf, medianDifference, medianRanks, medianStandardError, newcombeDifference, normalQuantile,
  summariseForMedian, verdictOf, wilsonInterval, zFor,
} from '../../engine/reports/intervals.ts';

const close = (actual: number, expected: number, places: number, what: string) =>
  assert.ok(Math.abs(actual - expected) < 0.5 * 10 ** -places, `${what}: ${actual} is not ${expected} to ${places} places`);

test('the normal quantile: 1.959964 for a 95% interval, symmetric, right in both tails', () => {
  close(zFor(), 1.959964, 6, 'z for 95%');
  close(normalQuantile(0.5), 0, 9, 'median of Z');
  close(normalQuantile(0.975), -normalQuantile(0.025), 9, 'symmetry');
  close(normalQuantile(0.01), -2.326348, 6, 'lower tail');
  close(normalQuantile(0.9999), 3.719016, 6, 'upper tail');
  assert.throws(() => normalQuantile(1), /0 < p < 1/);
});

test('Wilson interval of 8 out of 10, by hand: centre (0.8 + z²/20)/(1 + z²/10), half-width z/(1 + z²/10)·sqrt(0.016 + z²/400)', () => {
  // z² = 3.841459; centre = 0.992073/1.384146 = 0.716741; half = 1.416007 × 0.160113 = 0.226721... (0.490162, 0.943318)
  const { low, high } = wilsonInterval(8, 10);
  close(low, 0.490162, 6, 'low');
  close(high, 0.943318, 6, 'high');
  const all = wilsonInterval(10, 10);
  assert.is(all.high, 1, 'never above 1');
  assert.ok(all.low > 0.69 && all.low < 0.73, `10/10 still has a lower limit below 1: ${all.low}`);
  assert.throws(() => wilsonInterval(3, 0), /n > 0/);
});

test("Newcombe's hybrid score interval: his worked example 56/70 - 48/80 is 0.2 (0.0524 to 0.3339)", () => {
  // Wilson intervals: 56/70 → (0.691834, 0.876953); 48/80 → (0.490455, 0.700382).
  // low  = 0.2 - sqrt((0.8 - 0.691834)² + (0.700382 - 0.6)²) = 0.2 - sqrt(0.0117 + 0.010077) = 0.052431
  // high = 0.2 + sqrt((0.876953 - 0.8)² + (0.6 - 0.490455)²) = 0.2 + sqrt(0.005922 + 0.012000) = 0.333873
  const d = newcombeDifference(56, 70, 48, 80);
  close(d.low, 0.0524, 4, 'low');
  close(d.high, 0.3339, 4, 'high');
  assert.is(verdictOf(d), 'higher');
  const small = newcombeDifference(9, 10, 3, 10);
  close(small.low, 0.1705, 4, '9/10 - 3/10 low');
  close(small.high, 0.8090, 4, '9/10 - 3/10 high');
  const same = newcombeDifference(5, 10, 5, 10);
  close(same.low, -0.3725, 4, 'equal groups low');
  close(same.high, 0.3725, 4, 'equal groups high');
  assert.is(verdictOf(same), 'noDetectableDifference');
  assert.is(verdictOf(newcombeDifference(48, 80, 56, 70)), 'lower', 'the other way round');
});

test('median ranks: the middle value(s) and c = round(n/2 - sqrt(n)), at least 1', () => {
  assert.equal(medianRanks(10), { median: [5, 6], lower: 2, upper: 9 }); // round(5 - 3.162) = 2
  assert.equal(medianRanks(9), { median: [5, 5], lower: 2, upper: 8 }); // round(4.5 - 3) = round(1.5) = 2
  assert.equal(medianRanks(2), { median: [1, 2], lower: 1, upper: 2 }); // round(1 - 1.414) = 0, raised to 1
});

test('binomial tail P(Bin(n, ½) <= k), by hand: 11/1024 for n = 10, k = 1', () => {
  close(binomialHalfCdf(1, 10), 11 / 1024, 12, 'n=10, k=1');
  close(binomialHalfCdf(2, 5), 0.5, 12, 'half of an odd n');
  assert.is(binomialHalfCdf(-1, 5), 0);
  close(binomialHalfCdf(480, 1000), 0.108724, 6, 'large n stays finite (exact sum of C(1000, i)/2^1000)');
});

test("Price and Bonett's interval for a difference of medians: Bonett's published example (-8.85, SE 4.494993)", () => {
  const y1 = [32.1, 39.8, 26.3, 35.0, 43.1, 27.0, 40.9, 37.4, 34.0, 29.2];
  const y2 = [36.8, 44.0, 47.1, 42.7, 49.0, 39.6, 46.2, 31.6, 33.1, 48.4];
  const [a, b] = [summariseForMedian(y1), summariseForMedian(y2)];
  assert.equal(a, { n: 10, median: 34.5, lowerValue: 27.0, upperValue: 40.9 });
  // z0 = Φ⁻¹(1 - 11/1024) = 2.299362; se1 = 13.9/(2 z0) = 3.022577; se2 = 15.3/(2 z0) = 3.327010
  close(medianStandardError(a), 3.022577, 6, 'se of group 1');
  const d = medianDifference(a, b);
  close(d.standardError, 4.494993, 6, 'standard error');
  close(d.low, -17.66002, 5, 'low');
  close(d.high, -0.0399751, 6, 'high');
  assert.is(verdictOf(d), 'lower');
});

test('verdict: no detectable difference whenever the interval holds 0, its ends included', () => {
  assert.is(verdictOf({ low: -0.1, high: 0.2 }), 'noDetectableDifference');
  assert.is(verdictOf({ low: 0, high: 0.2 }), 'noDetectableDifference');
  assert.is(verdictOf({ low: 0.01, high: 0.2 }), 'higher');
  assert.is(verdictOf({ low: -0.3, high: -0.01 }), 'lower');
});

test.run();
