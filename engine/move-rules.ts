/** What makes a move one a record can be started for, said as the field to fix and what is wrong. */
import type { Move } from './types.ts';
import { ENGLISH } from './i18n/engine-text.ts';
import type { Translate } from './i18n/translator.ts';

export interface MoveProblem {
  /** "/move/date" or "/move/to": where the problem is, as the API names the field. */
  field: string;
  message: string;
}

/**
 * `today` is the date in the move's clock (UK), "2026-12-03". Moves already past, or going nowhere, are
 * refused; `allowPast` for callers recording a move after the fact (the API, within its date window).
 */
export function moveProblems(move: Pick<Move, 'from' | 'to' | 'date'>, today: string, options: { allowPast?: boolean } = {}, t: Translate = ENGLISH): MoveProblem[] {
  const problems: MoveProblem[] = [];
  if (!options.allowPast && move.date < today) problems.push({ field: '/move/date', message: t('engine.move.past') });
  if (move.from && move.from === move.to) problems.push({ field: '/move/to', message: t('engine.move.nowhere') });
  return problems;
}

/** Today's date in a time zone (Europe/London unless given), as "YYYY-MM-DD". */
export function dateIn(now: Date, timeZone = 'Europe/London'): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The date `days` after `date` ("2026-12-03" + 6 = "2026-12-09"). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
