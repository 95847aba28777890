/**
 * Turns what a store summed per group (totals, minute histograms, keyed counts) into report rows:
 * medians and percentiles, per-level and per-type counts, per-question measures, and suppression of
 * small groups. Pure: the same sums always give the same rows.
 */
import { FLAG_LEVELS, type FlagLevel } from '../vocabulary/x-flags.ts';
import type { CountMeasure } from './facts.ts';
import { medianOf, percent, percentileOf, type Bin } from './stats.ts';
import type { QuestionMeasures, QualityRow } from './types.ts';

export interface GroupSums {
  group: string;
  label: string;
  totals: {
    started: number; confirmed: number; cancelled: number; confirmedBeforeMove: number; handovers: number;
    handoversAllRedFlagsAcknowledged: number; redFlagsAdded: number; prefilledAnswers: number; prefilledAnswersChanged: number;
    answersAmendedAfterComplete: number;
  };
  minutes: Bin[];
  counts: { measure: CountMeasure; key: string; n: number }[];
}

export interface RowContext {
  minCount: number;
  /** Every question of the form's versions in scope, in form order: pointer and label. */
  questions: { pointer: string; label: string }[];
  /** Event type codes the definitions offer, so every row has the same columns. */
  eventTypes: string[];
}

export function qualityRow(sums: GroupSums, context: RowContext): QualityRow {
  const { group, label, totals } = sums;
  if (totals.started < context.minCount) return { group, label, suppressed: true, started: `fewer than ${context.minCount}` };
  const keyed = new Map<string, number>();
  for (const c of sums.counts) keyed.set(`${c.measure}\u0000${c.key}`, (keyed.get(`${c.measure}\u0000${c.key}`) ?? 0) + c.n);
  const get = (measure: CountMeasure, key: string) => keyed.get(`${measure}\u0000${key}`) ?? 0;
  const flagsRaised = Object.fromEntries(FLAG_LEVELS.map((level) => [level, get('flagsRaised', level)])) as Record<FlagLevel, number>;
  const seenTypes = sums.counts.filter((c) => c.measure === 'eventsByType').map((c) => c.key);
  const eventsByType = Object.fromEntries([...new Set([...context.eventTypes, ...seenTypes])].map((type) => [type, get('eventsByType', type)]));
  const questions: QuestionMeasures[] = context.questions.map(({ pointer, label: questionLabel }) => {
    const shown = get('shown', pointer);
    const answered = get('answered', pointer);
    const prefilled = get('prefilled', pointer);
    const prefillChanged = get('prefillChanged', pointer);
    return {
      pointer, label: questionLabel, shown, answered, answeredPercent: percent(answered, shown),
      details: get('details', pointer), thinDetails: get('thinDetails', pointer),
      prefilled, prefillKept: prefilled - prefillChanged, prefillChanged,
    };
  });
  return {
    group, label, suppressed: false, ...totals,
    medianMinutesToConfirm: medianOf(sums.minutes),
    p90MinutesToConfirm: percentileOf(sums.minutes, 90),
    flagsRaised, eventsByType, questions,
  };
}
