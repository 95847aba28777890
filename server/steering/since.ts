/** The `since` of an impact question: a calendar day, counted from midnight where staff work (UK time). */
import { DISPLAY_TIME_ZONE } from '../../engine/index.ts';
import { dayIn } from '../../engine/day.ts';
import { refused, words } from '../http/errors.ts';

export interface Since {
  /** As given: "2026-09-01". */
  date: string;
  /** The first instant of that day in UK time, as stored confirmation times are compared. */
  instant: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const HOUR_MS = 3_600_000;

/** Throws a 400 naming `field` unless `value` is a real day written YYYY-MM-DD. */
export function parseSince(value: unknown, field = 'since'): Since {
  if (typeof value !== 'string' || value === '') throw refused(field, words('api.since.required', { field }));
  const midnightUtc = Date.parse(`${value}T00:00:00Z`);
  if (!DAY.test(value) || Number.isNaN(midnightUtc) || dayIn(new Date(midnightUtc), 'UTC') !== value) {
    throw refused(field, words('api.since.notDay', { field }));
  }
  // UK midnight is UTC midnight, or an hour before it in summer time.
  const ukHourAtUtcMidnight = Number(new Intl.DateTimeFormat('en-GB', { timeZone: DISPLAY_TIME_ZONE, hour: '2-digit', hourCycle: 'h23' }).format(midnightUtc));
  return { date: value, instant: new Date(midnightUtc - ukHourAtUtcMidnight * HOUR_MS).toISOString() };
}

/** A default for the page: the same day three months ago. */
export function threeMonthsAgo(now = new Date()): string {
  const day = new Date(now);
  day.setUTCMonth(day.getUTCMonth() - 3);
  return dayIn(day, DISPLAY_TIME_ZONE)!;
}
