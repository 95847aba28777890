/**
 * The revision a save says it started from must be one the record has had: revisions run 1, 2, ...
 * up to the current one, one per stored change. A revision from the future (1e15) would otherwise beat
 * every conflict check and overwrite newer answers; one the record never had (0) proves nothing about
 * what the editor saw.
 */
import type { FormRecord } from '../../engine/types.ts';
import { HttpError } from '../http/errors.ts';

/** `extra` joins the refusal; a function is called only when refusing (the record's view model costs a whole-record check). */
export function assertKnownRevision(revision: number, record: FormRecord, extra: Record<string, unknown> | (() => Record<string, unknown>) = {}): void {
  if (revision > record.revision) {
    const message = `/revision ${revision} is ahead of the record, which is at revision ${record.revision}: send the revision you last read`;
    throw new HttpError(400, 'revisionAhead', message, { fields: [{ field: '/revision', message, rule: 'revision' }] });
  }
  if (revision < 1) {
    throw new HttpError(409, 'unknownRevision', `The record never had revision ${revision}; reload it and make the change again`, typeof extra === 'function' ? extra() : extra);
  }
}
