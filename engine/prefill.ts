/**
 * Prefill: answers carried from a person's previous confirmed records into a new record. Answers are
 * matched by question key (unique form-wide, so a question may move section between versions). Each key
 * belongs to the most recently confirmed record whose form defines it, answered or not: an answer
 * cleared in the latest record stays cleared rather than coming back from an older one. Only questions
 * marked x-prefill in the new definition, of the same kind as before, with a value valid now and a
 * follow-up condition met, survive.
 */
import { checkAnswers, isPlainObject, splitPointer, toPointer } from './answers.ts';
import { clearHiddenAnswers } from './derive.ts';
import type { CompiledForm } from './form.ts';
import type { QuestionModel } from './model.ts';
import type { Answers, AnswerValue, FormRecord, ListItem, PrefillMark } from './types.ts';

export interface PreviousRecord {
  record: FormRecord;
  /**
   * The form the record was confirmed under (its own version): which keys the record speaks for, and
   * whether a question's kind changed. When the definition is not available the record speaks only
   * for the keys it answered, and kinds cannot be compared (the new schema still checks each value).
   */
  form?: CompiledForm;
}

export type DropReason = 'notMarked' | 'kindChanged' | 'notInForm' | 'invalid' | 'hidden';

export interface DroppedAnswer {
  key: string;
  sourceRecordId: string;
  reason: DropReason;
}

export interface PrefillResult {
  answers: Answers;
  marks: Record<string, PrefillMark>;
  dropped: DroppedAnswer[];
}

/** The forms whose confirmed records may prefill this one (this form's name first). */
export function prefillSources(form: CompiledForm): string[] {
  return [form.name, ...(form.model.settings.prefillFrom ?? [])];
}

export function prefillAnswers(form: CompiledForm, previous: PreviousRecord[]): PrefillResult {
  const sources = new Set(prefillSources(form));
  const usable = previous
    .filter((p) => p.record.confirmed && sources.has(p.record.form) && p.record.state !== 'cancelled')
    .sort((a, b) => b.record.confirmed!.at.localeCompare(a.record.confirmed!.at));
  const answers: Answers = {};
  const marks: Record<string, PrefillMark> = {};
  const sourceOf = new Map<string, string>();
  const dropped: DroppedAnswer[] = [];
  const taken = new Set<string>();

  for (const { record, form: oldForm } of usable) {
    const answered: { oldSection: string; key: string; value: AnswerValue }[] = [];
    for (const [oldSection, values] of Object.entries(record.answers)) {
      if (isPlainObject(values)) for (const [key, value] of Object.entries(values)) answered.push({ oldSection, key, value });
    }
    // The record speaks for every question its form asked, so one it left empty hides older answers.
    const spokenFor = [...(oldForm?.model.questionByKey.keys() ?? []), ...answered.map((a) => a.key)];
    const mine = new Set(spokenFor.filter((key) => !taken.has(key)));
    for (const key of mine) taken.add(key);

    for (const { oldSection, key, value } of answered) {
      if (!mine.has(key)) continue;
      const drop = (reason: DropReason) => dropped.push({ key, sourceRecordId: record.id, reason });
      const target = form.model.questionByKey.get(key);
      if (!target) { drop('notInForm'); continue; }
      const { section, question } = target;
      if (!question.prefill) { drop('notMarked'); continue; }
      if (oldForm) {
        const before = oldForm.model.sectionByKey.get(oldSection)?.byKey.get(key) ?? oldForm.model.questionByKey.get(key)?.question;
        if (!before || before.kind !== question.kind) { drop('kindChanged'); continue; }
      }
      const carried = question.list ? carriedItems(question, value) : value;
      if (carried === undefined) { drop('notMarked'); continue; }
      (answers[section.key] ??= {})[key] = carried;
      const pointer = toPointer([section.key, key]);
      sourceOf.set(pointer, record.id);
      marks[pointer] = {
        sourceRecordId: record.id, sourceForm: record.form, sourceVersion: record.version,
        confirmedAt: record.confirmed!.at, needsReview: true,
      };
    }
  }

  const kept = withoutInvalid(form, answers, dropped, sourceOf);
  for (const pointer of Object.keys(marks)) {
    const [sectionKey = '', key = ''] = splitPointer(pointer);
    if (kept[sectionKey]?.[key] === undefined) delete marks[pointer];
  }
  return { answers: kept, marks, dropped };
}

/** List items keep only the fields marked x-prefill; items left empty are dropped. */
function carriedItems(question: QuestionModel, value: unknown): AnswerValue | undefined {
  if (!Array.isArray(value)) return undefined;
  const item = question.list!.item;
  const items = value.filter(isPlainObject).map((raw) => {
    const kept: ListItem = {};
    for (const [field, fieldValue] of Object.entries(raw)) {
      if (item.byKey.get(field)?.prefill) kept[field] = fieldValue as AnswerValue;
    }
    return kept;
  }).filter((kept) => Object.keys(kept).length > 0);
  return items.length > 0 ? items : undefined;
}

/**
 * Drops follow-ups whose condition is no longer met, then answers (or list item fields) the new
 * schema refuses, until what is left is valid.
 */
function withoutInvalid(form: CompiledForm, answers: Answers, dropped: DroppedAnswer[], sourceOf: Map<string, string>): Answers {
  const reasonFor = (pointer: string, reason: DropReason) => {
    const path = splitPointer(pointer);
    dropped.push({ key: path[path.length - 1] ?? '', sourceRecordId: sourceOf.get(toPointer(path.slice(0, 2))) ?? '', reason });
  };
  let current = answers;
  for (let round = 0; round < 20; round++) {
    const hidden = clearHiddenAnswers(form, current);
    for (const pointer of hidden.cleared) reasonFor(pointer, 'hidden');
    current = hidden.answers;
    const invalid = checkAnswers(form, current).invalid;
    if (invalid.length === 0) break;
    current = structuredClone(current);
    for (const error of invalid) {
      removeAt(current, splitPointer(error.pointer));
      reasonFor(error.pointer, 'invalid');
    }
  }
  return current;
}

/** Deletes the answer at `path` (an answer or a list item field); returns whether there was one. */
export function removeAt(root: Answers, path: string[]): boolean {
  const parentPath = path.slice(0, -1);
  let parent: unknown = root;
  for (const segment of parentPath) parent = isPlainObject(parent) || Array.isArray(parent) ? (parent as Record<string, unknown>)[segment] : undefined;
  const last = path[path.length - 1];
  if (!isPlainObject(parent) || last === undefined || !Object.hasOwn(parent, last)) return false;
  delete parent[last];
  return true;
}
