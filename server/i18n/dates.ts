/**
 * Dates and times in the reader's language: English exactly as the engine writes them ("3 March 2025 at
 * 14:20"), any other language from Intl ("3 Mawrth 2025 am 14:20"), in the time zone staff work in.
 */
import { DISPLAY_TIME_ZONE, formatDate, formatDateTime } from '../../engine/index.ts';
import { translator } from './service-locales.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${lang}:${withTime}`;
  let made = formatters.get(key);
  if (!made) {
    const time: Intl.DateTimeFormatOptions = withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: DISPLAY_TIME_ZONE } : { timeZone: 'UTC' };
    made = new Intl.DateTimeFormat(`${lang}-GB`, { year: 'numeric', month: 'long', day: 'numeric', ...time });
    formatters.set(key, made);
  }
  return made;
}

const partsOf = (lang: string, withTime: boolean, date: Date) =>
  Object.fromEntries(formatter(lang, withTime).formatToParts(date).map((p) => [p.type, p.value]));

/** "2025-03-03" -> "3 March 2025" / "3 Mawrth 2025" (anything else is shown as given). */
export function dateText(lang: string, value: string): string {
  if (lang === 'en' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  const parts = partsOf(lang, false, date);
  return `${Number(parts.day)} ${parts.month} ${parts.year}`;
}

/** An ISO date-time -> "3 March 2025 at 14:20" / "3 Mawrth 2025 am 14:20" in the display time zone. */
export function dateTimeText(lang: string, value: string): string {
  if (lang === 'en') return formatDateTime(value);
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const parts = partsOf(lang, true, date);
  return translator(lang)('dateTime.at', { date: `${Number(parts.day)} ${parts.month} ${parts.year}`, time: `${parts.hour}:${parts.minute}` });
}
