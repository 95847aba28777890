/** The records of moves at some locations over some days (the Moves page), and the record of one move. */
import type { FormRecord } from '../../engine/types.ts';

export interface MoveQuery {
  /** Only records whose move starts or ends at one of these locations. */
  locations: string[];
  /** First and last move date, inclusive ("2026-12-03"). */
  fromDate: string;
  toDate: string;
  /** By move date (then move id): earliest first unless 'desc'. */
  order: 'asc' | 'desc';
  offset: number;
  limit: number;
}

export interface MoveStore {
  /** One page of the records matching the query, and how many match in all. */
  findMoves(query: MoveQuery): Promise<{ records: FormRecord[]; total: number }>;
  /** The record of this form for this move, if there is one (a second one is a duplicate). */
  recordForMove(form: string, moveId: string): Promise<FormRecord | null>;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Refuses a malformed query before it reaches a store (no operator or odd type gets through). */
export function assertMoveQuery(query: MoveQuery): void {
  if (!Array.isArray(query.locations) || query.locations.some((l) => typeof l !== 'string')) throw new TypeError('locations must be a list of codes');
  if (!DATE.test(query.fromDate) || !DATE.test(query.toDate)) throw new TypeError('fromDate and toDate must be dates (YYYY-MM-DD)');
  if (query.order !== 'asc' && query.order !== 'desc') throw new TypeError("order must be 'asc' or 'desc'");
  for (const n of [query.offset, query.limit]) if (!Number.isInteger(n) || n < 0) throw new TypeError('offset and limit must be whole numbers');
}
