/**
 * The engine's refusals as HTTP answers: invalid answers 422 with a message per question, an answer
 * changed by someone else 409 with theirs and yours, a locked record 423, not ready to confirm 409
 * listing why, a role that may not 403, malformed input 400 naming the fields.
 */
import { REFUSAL_STATUS, toPointer, type Refusal } from '../../engine/index.ts';
import { HttpError } from '../http/errors.ts';

/** `extra` joins the body (a conflict carries the current record, so the editor can show theirs in place). */
export function refusal({ kind, message, reasons, errors, fields, conflicts, reason, redFlags, cancelled }: Refusal, extra: Record<string, unknown> = {}): HttpError {
  // `reason` and what it names tell a client that sent an entry late what happened (docs/offline.md).
  const details: Record<string, unknown> = { ...(reason ? { reason } : {}), ...(redFlags ? { redFlags } : {}), ...(cancelled ? { cancelled } : {}), ...extra };
  if (errors) {
    details.fields = errors.map((e) => ({ field: e.pointer, message: e.message, rule: e.rule }));
    details.errors = errors;
  }
  if (fields) details.fields = fields.map((f) => ({ field: toPointer(f.field.split('.')), message: f.message }));
  if (reasons) details.reasons = reasons;
  if (conflicts) {
    details.conflicts = conflicts;
    details.theirs = Object.fromEntries(conflicts.map((c) => [c.pointer, c.theirs ?? null]));
    details.yours = Object.fromEntries(conflicts.map((c) => [c.pointer, c.yours ?? null]));
  }
  return new HttpError(REFUSAL_STATUS[kind], kind, message, details);
}
