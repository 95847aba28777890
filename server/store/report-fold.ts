/** Shared by both adapters: rows summed per (group, whole minutes to confirm) become totals and histograms. */
import type { FactAnswer, FactTotals } from './report-types.ts';

const TOTAL_KEYS = ['started', 'confirmed', 'cancelled', 'confirmedBeforeMove', 'handovers', 'handoversAllRedFlagsAcknowledged', 'redFlagsAdded',
  'prefilledAnswers', 'prefilledAnswersChanged', 'answersAmendedAfterComplete'] as const;

/** Folds rows summed per (group, minutes) into per-group totals and minute histograms. */
export function foldMinuteRows(rows: (FactTotals & { minutes: number | null })[]): Pick<FactAnswer, 'totals' | 'minutes'> {
  const totals = new Map<string, FactTotals>();
  const minutes: FactAnswer['minutes'] = [];
  for (const row of rows) {
    const into = totals.get(row.group) ?? Object.fromEntries([['group', row.group], ...TOTAL_KEYS.map((k) => [k, 0])]) as FactTotals;
    for (const key of TOTAL_KEYS) into[key] += row[key];
    totals.set(row.group, into);
    if (row.minutes !== null) minutes.push({ group: row.group, minutes: row.minutes, n: row.started });
  }
  return { totals: [...totals.values()], minutes };
}

