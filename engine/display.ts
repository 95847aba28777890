/** Human-readable answers for summaries and print: choice titles, "3 March 2025", "3 March 2025 at 14:20", in the language of `t`. */
import type { QuestionModel } from './model.ts';
import type { LifecycleState } from './types.ts';
import { countOf, GENERIC_ITEM } from './list-noun.ts';
import { ENGLISH } from './i18n/engine-text.ts';
import type { Translate } from './i18n/translator.ts';

/** Times are shown in the time zone staff work in; answers are stored as ISO date-times with an offset. */
export const DISPLAY_TIME_ZONE = 'Europe/London';

export function displayValue(question: QuestionModel, value: unknown, timeZone = DISPLAY_TIME_ZONE, t: Translate = ENGLISH): string | undefined {
  if (value === undefined || value === null) return undefined;
  switch (question.kind) {
    case 'yesNo':
    case 'singleChoice':
      return choiceLabel(question, value, t);
    case 'multipleChoice':
      return Array.isArray(value) ? value.map((v) => choiceLabel(question, v, t)).join(', ') : String(value);
    case 'date':
      return formatDate(String(value), t);
    case 'dateTime':
      return formatDateTime(String(value), timeZone, t);
    case 'list':
      return countOf(Array.isArray(value) ? value.length : 0, question.list?.noun ?? GENERIC_ITEM, t);
    default:
      return String(value);
  }
}

/** A choice's title; yes and no, which no definition titles, in the words of `t`. */
export function choiceLabel(question: QuestionModel, value: unknown, t: Translate = ENGLISH): string {
  if (question.kind === 'yesNo' && (value === 'yes' || value === 'no')) return t(`engine.yesNo.${value}`);
  return question.choices?.find((c) => c.value === value)?.label ?? String(value);
}

// Making a formatter is far slower than using one; a view model formats many date-times. Only numbers
// come from Intl: month names are locale data (engine.month.N), as browsers lack Welsh dates.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let made = formatters.get(timeZone);
  if (!made) {
    made = new Intl.DateTimeFormat('en-GB', {
      timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    });
    formatters.set(timeZone, made);
  }
  return made;
}

function dayMonthYear(day: number, month: number, year: string, t: Translate): string {
  return `${day} ${t(`engine.month.${month}`)} ${year}`;
}

/** "2025-03-03" -> "3 March 2025" ("3 Mawrth 2025" in Welsh); anything else is shown as given. */
export function formatDate(value: string, t: Translate = ENGLISH): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const month = Number(match?.[2]);
  return match && month >= 1 && month <= 12 ? dayMonthYear(Number(match[3]), month, match[1]!, t) : value;
}

/** "2025-03-03T14:20:00Z" -> "3 March 2025 at 14:20" in the display time zone. */
export function formatDateTime(value: string, timeZone = DISPLAY_TIME_ZONE, t: Translate = ENGLISH): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(date).map((p) => [p.type, p.value]));
  return t('engine.dateTime', { date: dayMonthYear(Number(parts.day), Number(parts.month), parts.year ?? '', t), time: `${parts.hour}:${parts.minute}` });
}

/** A record's lifecycle state as staff read it. */
export function stateLabel(state: LifecycleState, t: Translate = ENGLISH): string {
  const label = t(`engine.state.${state}`);
  return label === `engine.state.${state}` ? state : label;
}
