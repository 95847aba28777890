/** What makes a move one a record can be started for, said as the field to fix and what is wrong. */
import type { Move } from './types.ts';
import { ENGLISH } from './i18n/engine-text.ts';
import type { Translate } from './i18n/translator.ts';
import { formatDate } from './display.ts';
import { dayIn } from './day.ts';

export interface MoveProblem {
  /** "/move/date" or "/move/to": where the problem is, as the API names the field. */
  field: string;
  message: string;
}

/** How far before and after today a move may be dated: the server's MOVE_DATE_PAST_DAYS and MOVE_DATE_FUTURE_DAYS. */
export interface MoveDateWindow {
  pastDays: number;
  futureDays: number;
}

/**
 * `today` is the date in the move's clock (UK), "2026-12-03". A move dated before the window, or going
 * nowhere, is refused. Staff record a move after the fact (the paper record used through an outage is
 * entered when the service is back), so the window reaches back; without one, only today and later pass.
 * The API and the staff pages run this same rule with the server's window, so they never disagree.
 */
export function moveProblems(move: Pick<Move, 'from' | 'to' | 'date'>, today: string, window: MoveDateWindow = { pastDays: 0, futureDays: Infinity }, t: Translate = ENGLISH): MoveProblem[] {
  const problems: MoveProblem[] = [];
  const earliest = addDays(today, -window.pastDays);
  if (move.date < earliest) {
    problems.push({ field: '/move/date', message: window.pastDays === 0
      ? t('engine.move.past')
      : t('engine.move.beforeWindow', { date: formatDate(earliest, t), days: window.pastDays }) });
  } else if (Number.isFinite(window.futureDays) && move.date > addDays(today, window.futureDays)) {
    problems.push({ field: '/move/date', message: t('engine.move.afterWindow', { date: formatDate(addDays(today, window.futureDays), t) }) });
  }
  if (move.from && move.from === move.to) problems.push({ field: '/move/to', message: t('engine.move.nowhere') });
  return problems;
}


/** Today's date in a time zone (Europe/London unless given), as "YYYY-MM-DD" (one formatter per time zone, kept by dayIn). */
export function dateIn(now: Date, timeZone = 'Europe/London'): string {
  const day = dayIn(now, timeZone);
  if (day === undefined) throw new RangeError(`Invalid time value: ${String(now)}`);
  return day;
}

/** The date `days` after `date` ("2026-12-03" + 6 = "2026-12-09"). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
