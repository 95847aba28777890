/**
 * Whether anything blocks confirmation, as a yes or no: the answer of
 * `confirmationBlockers(form, record, undefined, checkAnswers(...)).length === 0` for a record whose
 * answers can change, found section by section and stopping at the first blocker. Every save derives
 * the record's state this way, so a draft costs one section's check, not the whole record's.
 */
import { checkSection } from './answers.ts';
import type { CompiledForm } from './form.ts';
import type { AnswerCheck, FormRecord } from './types.ts';

/** A section's check the caller has already made on the same answers and `now` (the section just saved). */
export interface KnownSectionCheck {
  section: string;
  check: AnswerCheck;
}

export function nothingBlocksConfirmation(form: CompiledForm, record: FormRecord, now?: string, known?: KnownSectionCheck): boolean {
  // An answer prefilled and not yet reviewed blocks in any section of the form, required or not.
  for (const [pointer, mark] of Object.entries(record.prefill)) {
    if (mark.needsReview && form.model.sectionByKey.has(pointer.split('/')[1] ?? '')) return false;
  }
  for (const section of form.model.sections) {
    if (!section.requiredForConfirmation) continue;
    const check = known?.section === section.key ? known.check : checkSection(form, record.answers, section.key, { now });
    if (check.invalid.length + check.incomplete.length > 0) return false;
  }
  return true;
}
