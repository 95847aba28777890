/**
 * Compares two groups of records (the pilot against the rest, or against the same locations before the
 * pilot) measure by measure: both values, the difference, its 95% interval and a plain verdict. The
 * groups arrive as the sums, counts and minute histograms the store answers for report queries; no
 * record is read. A side with fewer than `minCount` records behind a measure is suppressed.
 */
import type { GroupSums } from './rows.ts';
import { valueAtRank, type Bin } from './stats.ts';
import { medianDifference, medianRanks, newcombeDifference, verdictOf, type Interval, type MedianSummary, type Verdict } from './intervals.ts';

/** One group's sums, as the store answers a report query grouped by "all" (engine/reports/rows.ts). */
export type GroupFacts = Pick<GroupSums, 'totals' | 'minutes' | 'counts'>;

export type Side =
  | { suppressed: false; value: number; numerator?: number; denominator: number }
  | { suppressed: true; denominator: string };

export interface MeasureComparison {
  /** Stable id: "confirmed", "medianMinutesToConfirm", or "answered:/risk/violentDetails". */
  id: string;
  label: string;
  /** percent (value 0-100, difference in percentage points) or minutes. */
  unit: 'percent' | 'minutes';
  first: Side;
  second: Side;
  /** first minus second, with its 95% interval; absent when either side is suppressed. */
  difference?: number;
  interval?: Interval;
  verdict: Verdict | 'suppressed';
}

interface ProportionMeasure {
  id: string;
  label: string;
  numerator: (g: GroupFacts) => number;
  denominator: (g: GroupFacts) => number;
}

/** The record-level proportions every form has, with the plain words a report shows. */
export const PROPORTIONS: ProportionMeasure[] = [
  { id: 'confirmed', label: 'Records confirmed, of those started', numerator: (g) => g.totals.confirmed, denominator: (g) => g.totals.started },
  { id: 'cancelled', label: 'Records cancelled, of those started', numerator: (g) => g.totals.cancelled, denominator: (g) => g.totals.started },
  { id: 'confirmedBeforeMove', label: 'Confirmed by the end of the move date, of those confirmed', numerator: (g) => g.totals.confirmedBeforeMove, denominator: (g) => g.totals.confirmed },
  { id: 'handoversAllRedFlagsAcknowledged', label: 'Handovers with every red flag acknowledged', numerator: (g) => g.totals.handoversAllRedFlagsAcknowledged, denominator: (g) => g.totals.handovers },
  { id: 'prefilledAnswersChanged', label: 'Prefilled answers changed before confirmation', numerator: (g) => g.totals.prefilledAnswersChanged, denominator: (g) => g.totals.prefilledAnswers },
];

/** Per-question proportions: keyed count measure over keyed count measure. */
export const QUESTION_PROPORTIONS = [
  { measure: 'answered', of: 'shown', label: 'answered when shown (optional question)' },
  { measure: 'thinDetails', of: 'details', label: 'details thinner than the threshold' },
  { measure: 'prefillChanged', of: 'prefilled', label: 'prefilled answer changed' },
] as const;

/** One decimal; never "-0". */
const round1 = (x: number) => Math.round(x * 10) / 10 || 0;

function side(numerator: number, denominator: number, minCount: number): Side {
  if (denominator < minCount) return { suppressed: true, denominator: `fewer than ${minCount}` };
  return { suppressed: false, value: round1((100 * numerator) / denominator), numerator, denominator };
}

export function compareProportion(id: string, label: string, a: [number, number], b: [number, number], minCount: number): MeasureComparison {
  const [first, second] = [side(a[0], a[1], minCount), side(b[0], b[1], minCount)];
  if (first.suppressed || second.suppressed) return { id, label, unit: 'percent', first, second, verdict: 'suppressed' };
  const interval = newcombeDifference(a[0], a[1], b[0], b[1]);
  return {
    id, label, unit: 'percent', first, second,
    difference: round1(first.value - second.value),
    interval: { low: round1(100 * interval.low), high: round1(100 * interval.high) },
    verdict: verdictOf(interval),
  };
}

/** The median and the order statistics the Price-Bonett interval needs, from a histogram. */
export function medianSummary(histogram: Bin[]): MedianSummary | undefined {
  const sorted = histogram.filter((b) => b.n > 0).sort((x, y) => x.value - y.value);
  const n = sorted.reduce((sum, b) => sum + b.n, 0);
  if (n === 0) return undefined;
  const ranks = medianRanks(n);
  const at = (rank: number) => valueAtRank(sorted, rank);
  return { n, median: (at(ranks.median[0]) + at(ranks.median[1])) / 2, lowerValue: at(ranks.lower), upperValue: at(ranks.upper) };
}

export function compareMedianMinutes(a: GroupFacts, b: GroupFacts, minCount: number): MeasureComparison {
  const id = 'medianMinutesToConfirm';
  const label = 'Median minutes from start to confirmation';
  const [sa, sb] = [medianSummary(a.minutes), medianSummary(b.minutes)];
  const sideOf = (s: MedianSummary | undefined): Side => (s && s.n >= minCount ? { suppressed: false, value: s.median, denominator: s.n } : { suppressed: true, denominator: `fewer than ${minCount}` });
  const [first, second] = [sideOf(sa), sideOf(sb)];
  if (first.suppressed || second.suppressed || !sa || !sb) return { id, label, unit: 'minutes', first, second, verdict: 'suppressed' };
  const interval = medianDifference(sa, sb);
  return {
    id, label, unit: 'minutes', first, second,
    difference: round1(sa.median - sb.median),
    interval: { low: round1(interval.low), high: round1(interval.high) },
    verdict: verdictOf(interval),
  };
}

const countOf = (g: GroupFacts, measure: string, key: string) => g.counts.filter((c) => c.measure === measure && c.key === key).reduce((s, c) => s + c.n, 0);

/** One question asked in the compared versions: its key, and its pointer and label in each version. */
export interface SharedQuestion {
  key: string;
  label: string;
  /** Pointer in the first group's version and in the second's (the same key may sit in another section). */
  pointers: [string, string];
}

/** Every measure: the record-level ones, the median, then each shared question's measures that either group has data for. */
export function compareGroups(a: GroupFacts, b: GroupFacts, questions: SharedQuestion[], minCount: number): MeasureComparison[] {
  const measures = PROPORTIONS.map((m) => compareProportion(m.id, m.label, [m.numerator(a), m.denominator(a)], [m.numerator(b), m.denominator(b)], minCount));
  measures.splice(3, 0, compareMedianMinutes(a, b, minCount));
  for (const question of questions) {
    for (const q of QUESTION_PROPORTIONS) {
      const [pa, pb] = question.pointers;
      const na = countOf(a, q.of, pa);
      const nb = countOf(b, q.of, pb);
      if (na === 0 && nb === 0) continue;
      measures.push(compareProportion(`${q.measure}:${pa}`, `${question.label}: ${q.label}`, [countOf(a, q.measure, pa), na], [countOf(b, q.measure, pb), nb], minCount));
    }
  }
  return measures;
}
