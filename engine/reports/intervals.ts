/**
 * The statistics behind "pilot versus the rest": 95% intervals for a proportion (Wilson score), for the
 * difference of two proportions (Newcombe's hybrid score, method 10 of Newcombe 1998), and for the
 * difference of two medians (Price and Bonett 2002, distribution-free: it needs only a few order
 * statistics of each group, which the store can return without handing over every value).
 * Pure functions; docs/reports.md states each method for the forums.
 */

export interface Interval {
  low: number;
  high: number;
}

/** Coverage of every interval in the reports. */
export const CONFIDENCE = 0.95;

/**
 * The standard normal quantile: the z with P(Z <= z) = p, by Acklam's rational approximation (relative
 * error below 1.2e-9, far finer than any figure a report prints).
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile needs 0 < p < 1, not ${p}`);
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  let x: number;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  } else if (p <= 1 - low) {
    const q = p - 0.5;
    const r = q * q;
    x = ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  return x;
}

/** z of a two-sided interval of the given coverage (1.959963984540054 for 95%). */
export const zFor = (coverage = CONFIDENCE) => normalQuantile(1 - (1 - coverage) / 2);

/** Wilson score interval for `successes` out of `n`. */
export function wilsonInterval(successes: number, n: number, z = zFor()): Interval {
  if (!(n > 0) || successes < 0 || successes > n) throw new RangeError(`wilsonInterval needs 0 <= successes <= n and n > 0, not ${successes}/${n}`);
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * Newcombe's hybrid score interval for p1 - p2 (x1/n1 minus x2/n2), from the two Wilson intervals:
 * low = d - sqrt((p1 - l1)² + (u2 - p2)²), high = d + sqrt((u1 - p1)² + (p2 - l2)²).
 */
export function newcombeDifference(x1: number, n1: number, x2: number, n2: number, z = zFor()): Interval {
  const [p1, p2] = [x1 / n1, x2 / n2];
  const [w1, w2] = [wilsonInterval(x1, n1, z), wilsonInterval(x2, n2, z)];
  const d = p1 - p2;
  return {
    low: d - Math.sqrt((p1 - w1.low) ** 2 + (w2.high - p2) ** 2),
    high: d + Math.sqrt((w1.high - p1) ** 2 + (p2 - w2.low) ** 2),
  };
}

/** P(X <= k) for X ~ Binomial(n, 1/2), summed in log space so large n neither overflows nor underflows. */
export function binomialHalfCdf(k: number, n: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  let logTerm = -n * Math.LN2; // log C(n,0) / 2^n
  let sum = Math.exp(logTerm);
  for (let i = 1; i <= k; i++) {
    logTerm += Math.log(n - i + 1) - Math.log(i);
    sum += Math.exp(logTerm);
  }
  return Math.min(1, sum);
}

/**
 * The 1-based ranks of the order statistics a group's median and its standard error need: the median
 * (the mean of the values at `median[0]` and `median[1]`, the same rank for odd n) and the pair
 * (c, n - c + 1) with c = round(n/2 - sqrt(n)), at least 1 (Price and Bonett 2002).
 */
export function medianRanks(n: number): { median: [number, number]; lower: number; upper: number } {
  if (!(n >= 1)) throw new RangeError(`medianRanks needs n >= 1, not ${n}`);
  const lower = Math.max(1, Math.round(n / 2 - Math.sqrt(n)));
  return { median: [Math.floor((n + 1) / 2), Math.ceil((n + 1) / 2)], lower, upper: n - lower + 1 };
}

/** A group's median with the order statistics of medianRanks(n). */
export interface MedianSummary {
  n: number;
  median: number;
  /** The values at ranks `lower` and `upper` of medianRanks(n). */
  lowerValue: number;
  upperValue: number;
}

/** Price and Bonett's standard error of a sample median: (Y(n-c+1) - Y(c)) / (2 z0), z0 = Φ⁻¹(1 - P(Bin(n, ½) <= c - 1)). */
export function medianStandardError({ n, lowerValue, upperValue }: MedianSummary): number {
  const { lower } = medianRanks(n);
  const tail = binomialHalfCdf(lower - 1, n);
  // With c = 1 the tail is 2^-n; a group that small is suppressed anyway, but keep the maths defined.
  const z0 = normalQuantile(1 - Math.max(tail, Number.MIN_VALUE));
  return (upperValue - lowerValue) / (2 * z0);
}

/** Interval for median(a) - median(b): the difference ± z · sqrt(se(a)² + se(b)²). */
export function medianDifference(a: MedianSummary, b: MedianSummary, z = zFor()): Interval & { standardError: number } {
  const standardError = Math.hypot(medianStandardError(a), medianStandardError(b));
  const d = a.median - b.median;
  return { low: d - z * standardError, high: d + z * standardError, standardError };
}

/** The median of already-sorted values (the mean of the middle two for an even count). */
export function sortedMedian(sorted: readonly number[]): number {
  const [low, high] = medianRanks(sorted.length).median;
  return (sorted[low - 1]! + sorted[high - 1]!) / 2;
}

/** The summary medianDifference needs, from every value of a small group (tests and in-memory callers). */
export function summariseForMedian(values: readonly number[]): MedianSummary {
  const sorted = [...values].sort((x, y) => x - y);
  const ranks = medianRanks(sorted.length);
  return { n: sorted.length, median: sortedMedian(sorted), lowerValue: sorted[ranks.lower - 1]!, upperValue: sorted[ranks.upper - 1]! };
}

export type Verdict = 'noDetectableDifference' | 'higher' | 'lower';

/** "higher"/"lower": the first group's value, when the whole interval of the difference is above/below 0. */
export function verdictOf(interval: Interval): Verdict {
  if (interval.low > 0) return 'higher';
  if (interval.high < 0) return 'lower';
  return 'noDetectableDifference';
}
