/** What the lifecycle functions return: the new record, or a typed refusal that says why. */
import type { AnswerError, AnswerValue, Role } from './types.ts';
import type { Translate } from './i18n/translator.ts';

export interface Actor {
  user: string;
  roles: readonly Role[];
  /** Their display name ("Priya Patel"), kept on the record where it names who acted (confirmation). */
  name?: string;
  /** The language refusals are said in (English when left out); it never changes what is decided. */
  t?: Translate;
}

export type RefusalKind = 'badInput' | 'notFound' | 'forbidden' | 'locked' | 'notReady' | 'invalid' | 'conflict';

/**
 * The HTTP status each refusal is answered with; the server's only table (server/records/refusals.ts).
 * A locked record (confirmed, handed over or cancelled) is 423 Locked: the request was fine, the
 * record no longer takes it. Not ready to confirm and someone else's newer change are 409.
 */
export const REFUSAL_STATUS: Readonly<Record<RefusalKind, number>> = {
  badInput: 400, notFound: 404, forbidden: 403, locked: 423, notReady: 409, invalid: 422, conflict: 409,
};

/** A problem with one field of an input (handover, event, red flag, save): `field` is a dotted path. */
export interface FieldError {
  field: string;
  message: string;
}

export interface Conflict {
  pointer: string;
  question: string;
  theirs?: AnswerValue;
  yours?: AnswerValue;
}

export interface Refusal {
  kind: RefusalKind;
  message: string;
  /** notReady: plain-English reasons, naming sections and questions. */
  reasons?: string[];
  /** invalid: the answers refused. */
  errors?: AnswerError[];
  /** badInput: the fields refused. */
  fields?: FieldError[];
  /** conflict: answers someone else changed since the caller's baseRevision. */
  conflicts?: Conflict[];
  /**
   * Why, for a client that must tell its user what to do (an entry sent after a time offline):
   * "recordCancelled", "unacknowledgedRedFlags" (with `redFlags`), "idInUse". See docs/offline.md.
   */
  reason?: RefusalReason;
  /** unacknowledgedRedFlags: the red flags the handover did not acknowledge. */
  redFlags?: { id: string; risk: string; at?: string }[];
  /** recordCancelled: who cancelled it, when, and why. */
  cancelled?: { at: string; by: string; reason?: string };
}

export type RefusalReason = 'recordCancelled' | 'unacknowledgedRedFlags' | 'idInUse';

export type Outcome<T> = ({ ok: true } & T) | { ok: false; refusal: Refusal };

export function refuse(kind: RefusalKind, message: string, detail: Omit<Refusal, 'kind' | 'message'> = {}): { ok: false; refusal: Refusal } {
  return { ok: false, refusal: { kind, message, ...detail } };
}
