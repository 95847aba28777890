/**
 * Values that are well formed but cannot be true: a date of birth in the future or before 1900. Refused
 * like any bad field (400 naming it), as entry times later than now are. A move's date is held to the
 * window (MOVE_DATE_PAST_DAYS / MOVE_DATE_FUTURE_DAYS) by the engine's moveProblems, the rule the staff
 * pages run too. Names with control or bidirectional-override characters are refused by the body
 * schemas (PLAIN_NAME_PATTERN).
 */
import type { Person } from '../../engine/types.ts';
import { fieldProblem, words, type FieldProblem } from '../http/errors.ts';

/** The earliest date of birth anyone in custody now can have. */
export const EARLIEST_BIRTH_DATE = '1900-01-01';

/** Problems with the person's date of birth, as of `today` (UK, "2026-12-03"); empty when plausible. */
export function implausibleDates(person: Pick<Person, 'dateOfBirth'>, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const problem = (field: string, key: string) => problems.push(fieldProblem(field, words(`api.person.${key}`, { field }), 'plausible'));
  if (person.dateOfBirth > today) problem('/person/dateOfBirth', 'bornInFuture');
  else if (person.dateOfBirth < EARLIEST_BIRTH_DATE) problem('/person/dateOfBirth', 'bornTooEarly');
  return problems;
}
