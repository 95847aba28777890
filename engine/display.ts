/** Human-readable answers for summaries and print: choice titles, "3 March 2025", "3 March 2025 at 14:20". */
import type { QuestionModel } from './model.ts';
import type { LifecycleState } from './types.ts';
import { countOf, GENERIC_ITEM } from './list-noun.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Times are shown in the time zone staff work in; answers are stored as ISO date-times with an offset. */
export const DISPLAY_TIME_ZONE = 'Europe/London';

export function displayValue(question: QuestionModel, value: unknown, timeZone = DISPLAY_TIME_ZONE): string | undefined {
  if (value === undefined || value === null) return undefined;
  switch (question.kind) {
    case 'yesNo':
    case 'singleChoice':
      return choiceLabel(question, value);
    case 'multipleChoice':
      return Array.isArray(value) ? value.map((v) => choiceLabel(question, v)).join(', ') : String(value);
    case 'date':
      return formatDate(String(value));
    case 'dateTime':
      return formatDateTime(String(value), timeZone);
    case 'list':
      return countOf(Array.isArray(value) ? value.length : 0, question.list?.noun ?? GENERIC_ITEM);
    default:
      return String(value);
  }
}

function choiceLabel(question: QuestionModel, value: unknown): string {
  return question.choices?.find((c) => c.value === value)?.label ?? String(value);
}

/** "2025-03-03" -> "3 March 2025" (anything else is shown as given). */
export function formatDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : value;
}

// Making a formatter is far slower than using one; a view model formats many date-times.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let made = formatters.get(timeZone);
  if (!made) {
    made = new Intl.DateTimeFormat('en-GB', {
      timeZone, year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    });
    formatters.set(timeZone, made);
  }
  return made;
}

/** "2025-03-03T14:20:00Z" -> "3 March 2025 at 14:20" in the display time zone. */
export function formatDateTime(value: string, timeZone = DISPLAY_TIME_ZONE): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(date).map((p) => [p.type, p.value]));
  return `${Number(parts.day)} ${parts.month} ${parts.year} at ${parts.hour}:${parts.minute}`;
}

const STATE_LABELS: Record<LifecycleState, string> = {
  draft: 'Draft', complete: 'Ready to confirm', confirmed: 'Confirmed', handedOver: 'Handed over', cancelled: 'Cancelled',
};

/** A record's lifecycle state as staff read it. */
export function stateLabel(state: LifecycleState): string {
  return STATE_LABELS[state] ?? state;
}
