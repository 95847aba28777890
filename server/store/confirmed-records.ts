/**
 * Confirmed records of a form, read in batches by a keyset cursor (confirmed time, then id), so a
 * report over any number of records holds one batch at a time. Records confirmed and then cancelled
 * are left out: that move did not go ahead on that record.
 */
import type { FormRecord } from '../../engine/types.ts';
import { assertText } from './paths.ts';
import { InvalidUpdateError } from './types.ts';

export interface ConfirmedRecordsQuery {
  form: string;
  /** ISO date-time: records confirmed at or after it. */
  since: string;
  /** Leave out records of this version (the version whose impact is assessed). */
  exceptVersion?: string;
  /** Records per batch, 1 to 1000 (default 200). */
  batchSize?: number;
}

export interface ConfirmedRecordsStore {
  /** Oldest confirmation first; each batch is read when the previous one has been consumed. */
  confirmedRecords(query: ConfirmedRecordsQuery): AsyncIterable<FormRecord[]>;
}

export const DEFAULT_BATCH_SIZE = 200;

/** Checks the query as every store method checks its input; returns the batch size to use. */
export function checkConfirmedQuery(query: ConfirmedRecordsQuery): number {
  assertText(query.form, 'form');
  assertText(query.since, 'since');
  if (query.exceptVersion !== undefined) assertText(query.exceptVersion, 'exceptVersion');
  const size = query.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > 1000) throw new InvalidUpdateError('batchSize must be a whole number from 1 to 1000');
  return size;
}

/** Where the previous batch ended: the next one starts strictly after it. */
export interface Cursor { at: string; id: string }

export function cursorAfter(batch: FormRecord[]): Cursor | undefined {
  const last = batch.at(-1);
  return last?.confirmed ? { at: last.confirmed.at, id: last.id } : undefined;
}
