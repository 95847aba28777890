/**
 * Medians and percentiles from a histogram (value -> how many), which is what a database can hand
 * back without handing back every record. Definitions are the ones docs/reports.md states.
 */

export interface Bin {
  value: number;
  n: number;
}

/** The value at 1-based rank `rank` of the sorted values the bins describe. */
export function valueAtRank(sorted: Bin[], rank: number): number {
  let seen = 0;
  for (const bin of sorted) {
    seen += bin.n;
    if (seen >= rank) return bin.value;
  }
  throw new RangeError(`rank ${rank} is beyond ${seen} values`);
}

const sortBins = (bins: Bin[]) => bins.filter((b) => b.n > 0).sort((a, b) => a.value - b.value);
const total = (bins: Bin[]) => bins.reduce((sum, b) => sum + b.n, 0);

/** The middle value; with an even count, the mean of the two middle values. null for no values. */
export function medianOf(bins: Bin[]): number | null {
  const sorted = sortBins(bins);
  const n = total(sorted);
  if (n === 0) return null;
  if (n % 2 === 1) return valueAtRank(sorted, (n + 1) / 2);
  return (valueAtRank(sorted, n / 2) + valueAtRank(sorted, n / 2 + 1)) / 2;
}

/** Nearest-rank percentile: the smallest value with at least p% of values at or below it. null for no values. */
export function percentileOf(bins: Bin[], p: number): number | null {
  const sorted = sortBins(bins);
  const n = total(sorted);
  if (n === 0) return null;
  return valueAtRank(sorted, Math.max(1, Math.ceil((p / 100) * n)));
}

/** part / whole as a percentage with one decimal; null when whole is 0. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}
