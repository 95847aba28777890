/**
 * The one way a stored record changes: read it, let the engine decide the new record, store only the
 * difference on condition that nobody wrote in between, and otherwise decide again on what they wrote.
 * A refusal (an HttpError thrown by `decide`) stores nothing.
 */
import type { FormRecord } from '../../engine/types.ts';
import type { AuditEntry, Store } from '../store/types.ts';
import { HttpError, notFound, words } from '../http/errors.ts';
import { diffRecords } from '../../engine/index.ts';
import { isEmptyDiff, toUpdate } from './diff.ts';

export interface Change<T> {
  record: FormRecord;
  /** Anything else the caller wants back from the decision (cleared answers, ...). */
  result?: T;
}

export interface ChangeOptions {
  user: string;
  action: string;
  retries: number;
  /** Joins the audit entry of the change (an added entry's id and times). */
  audit?: Pick<AuditEntry, 'entry'>;
}

export async function changeRecord<T>(
  store: Store,
  id: string,
  options: ChangeOptions,
  decide: (current: FormRecord, attempt: number) => Change<T>,
): Promise<Change<T>> {
  for (let attempt = 0; attempt <= options.retries; attempt++) {
    const current = await store.getRecord(id);
    if (!current) throw notFound(words('api.record.notFound'));
    const decided = decide(current, attempt);
    const diff = diffRecords(current, decided.record);
    if (isEmptyDiff(diff)) return { record: current, result: decided.result };
    const stored = await store.updateRecord(id, toUpdate(current, diff, { at: new Date().toISOString(), user: options.user, action: options.action, ...options.audit }));
    if (stored) return { record: stored, result: decided.result };
  }
  throw new HttpError(503, 'busy', words('api.record.busy'));
}
