/**
 * Values that are well formed but cannot be true: a date of birth in the future or before 1900, a move
 * far in the past or the future (the window is MOVE_DATE_PAST_DAYS / MOVE_DATE_FUTURE_DAYS). Refused
 * like any bad field (400 naming it), as entry times later than now are. Names with control or
 * bidirectional-override characters are refused by the body schemas (PLAIN_NAME_PATTERN).
 */
import type { Move, Person } from '../../engine/types.ts';
import type { FieldProblem } from '../http/errors.ts';

export interface MoveDateWindow {
  /** How many days before today a move may be dated. */
  pastDays: number;
  /** How many days after today a move may be dated. */
  futureDays: number;
}

/** The earliest date of birth anyone in custody now can have. */
export const EARLIEST_BIRTH_DATE = '1900-01-01';

const DAY_MS = 86_400_000;
const dateOnly = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Problems with the person's date of birth and the move's date, as of `now` (ISO); empty when plausible. */
export function implausibleDates(person: Pick<Person, 'dateOfBirth'>, move: Pick<Move, 'date'>, now: string, window: MoveDateWindow): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const today = now.slice(0, 10);
  const problem = (field: string, message: string) => problems.push({ field, message: `${field} ${message}`, rule: 'plausible' });
  if (person.dateOfBirth > today) problem('/person/dateOfBirth', 'must be today or in the past');
  else if (person.dateOfBirth < EARLIEST_BIRTH_DATE) problem('/person/dateOfBirth', 'must be 1 January 1900 or later');
  const earliest = dateOnly(Date.parse(today) - window.pastDays * DAY_MS);
  const latest = dateOnly(Date.parse(today) + window.futureDays * DAY_MS);
  if (move.date < earliest || move.date > latest) {
    problem('/move/date', `must be between ${earliest} and ${latest} (${window.pastDays} days before today to ${window.futureDays} days after)`);
  }
  return problems;
}
