// Showing dates is the engine's job (the print view uses the same functions); editing them is ours.
export { formatDate, formatDateTime, stateLabel } from '../engine/index.ts';
import { formatDateTime } from '../engine/index.ts';
import type { Translate } from './i18n.ts';

// Dates are edited in UK time whatever the browser's zone: staff read times against the move's clock.
const partsFormat = new Intl.DateTimeFormat('en-GB', {
  year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Europe/London',
});

/** UK wall-clock parts of an instant, for editing. */
export function ukParts(iso: string): { day: string; month: string; year: string; time: string } | undefined {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  const parts = Object.fromEntries(partsFormat.formatToParts(date).map((p) => [p.type, p.value]));
  return { day: String(Number(parts.day)), month: String(Number(parts.month)), year: parts.year ?? '', time: `${parts.hour}:${parts.minute}` };
}

/** The instant of a UK wall-clock time, as an ISO string; undefined when the parts are not a real time. */
export function ukInstant(year: number, month: number, day: number, hour: number, minute: number): string | undefined {
  // Guess with UTC, then correct by the UK offset at that moment (GMT or BST).
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const back = ukParts(new Date(guess).toISOString());
  if (!back) return undefined;
  const [h, m] = back.time.split(':').map(Number) as [number, number];
  const shownUtc = Date.UTC(Number(back.year), Number(back.month) - 1, Number(back.day), h, m);
  const instant = new Date(guess - (shownUtc - guess));
  const check = ukParts(instant.toISOString());
  if (!check || Number(check.day) !== day || Number(check.month) !== month || Number(check.year) !== year) return undefined;
  return instant.toISOString().replace('.000Z', 'Z');
}

/** The current time as an ISO instant without milliseconds, for entries stamped "now". */
export function nowIso(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * A time as people type it: "14:20", "14.20", "1420", "08:00", "8am", "8.30 pm", "12pm" (noon), "12am"
 * (midnight), "noon", "midnight". Undefined when it is not a time of day.
 */
export function parseClock(text: string): { hour: number; minute: number } | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, '');
  if (t === 'noon' || t === 'midday') return { hour: 12, minute: 0 };
  if (t === 'midnight') return { hour: 0, minute: 0 };
  const m = /^(\d{1,2})(?:[:.]?(\d{2}))?(am|pm|a\.m\.|p\.m\.)?$/.exec(t);
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  const half = m[3]?.[0];
  // A bare "8" or "14" is an hour; "0800" and "1420" read as hours and minutes.
  if (m[2] === undefined && !half && m[1]!.length > 2) return undefined;
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return undefined;
  return { hour, minute };
}

/** "Confirmed on 3 December 2026 at 2:20pm by Priya Patel.": the name kept on the record, else the username. */
export function confirmedSentence(confirmed: { at: string; by: string; name?: string }, t: Translate): string {
  return t('components.locked.confirmedBy', { at: formatDateTime(confirmed.at, undefined, t), by: confirmed.name ?? confirmed.by });
}
