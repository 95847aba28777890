/**
 * One past record re-checked against another version's rules: its answers are placed by key where the
 * new version asks them (prefill's matching), answers no longer asked, hidden by the new follow-up
 * conditions or refused by the new schema are dropped, and what is left is checked as confirmation would.
 */
import { checkAnswers, isEmptyAnswer, isPlainObject, splitPointer } from '../answers.ts';
import { clearHiddenAnswers } from '../derive.ts';
import type { CompiledForm } from '../form.ts';
import { prefillAnswers, removeAt } from '../prefill.ts';
import type { AnswerCheck, Answers, FormRecord } from '../types.ts';

export type DropReason = 'notAsked' | 'hidden' | 'invalid';

export interface RecordImpact {
  /** Answers the record holds (one per question of a section; a list counts once). */
  answers: number;
  dropped: { key: string; reason: DropReason }[];
  /** Question keys a new record for the same person would get prefilled from this one. */
  carried: string[];
  /** Questions ("key" or "<list>/<field>") missing in sections that must be complete to confirm. */
  incomplete: { section: string; question: string }[];
}

/** Enough rounds for any real chain of follow-ups: each round can only remove answers. */
const MAX_ROUNDS = 20;

export function recheckRecord(target: CompiledForm, record: FormRecord, source?: CompiledForm): RecordImpact {
  const impact: RecordImpact = { answers: 0, dropped: [], carried: [], incomplete: [] };
  let answers: Answers = {};
  for (const values of Object.values(record.answers)) {
    if (!isPlainObject(values)) continue;
    for (const [key, value] of Object.entries(values)) {
      if (isEmptyAnswer(value)) continue;
      impact.answers++;
      const place = target.model.questionByKey.get(key);
      if (place) (answers[place.section.key] ??= {})[key] = value as never;
      else impact.dropped.push({ key, reason: 'notAsked' });
    }
  }
  const now = record.confirmed?.at ?? record.updatedAt;
  const topLevel = (pointer: string) => {
    const path = splitPointer(pointer);
    return path.length === 2 ? path[1] : undefined;
  };
  let check: AnswerCheck = { invalid: [], incomplete: [] };
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const hidden = clearHiddenAnswers(target, answers);
    for (const pointer of hidden.cleared) {
      const key = topLevel(pointer);
      if (key) impact.dropped.push({ key, reason: 'hidden' });
    }
    answers = hidden.answers;
    check = checkAnswers(target, answers, { now });
    if (check.invalid.length === 0) break;
    answers = structuredClone(answers);
    for (const error of check.invalid) {
      if (removeAt(answers, splitPointer(error.pointer))) {
        const key = topLevel(error.pointer);
        if (key) impact.dropped.push({ key, reason: 'invalid' });
      }
    }
  }
  const seen = new Set<string>();
  for (const error of check.incomplete) {
    if (!target.model.sectionByKey.get(error.section)?.requiredForConfirmation) continue;
    const [, key = error.question, ...rest] = splitPointer(error.pointer);
    const question = rest.length > 0 ? `${key}/${error.question}` : key;
    if (seen.has(`${error.section}/${question}`)) continue;
    seen.add(`${error.section}/${question}`);
    impact.incomplete.push({ section: error.section, question });
  }
  if (record.confirmed) {
    const carried = prefillAnswers(target, [{ record, form: source }]);
    impact.carried = Object.keys(carried.marks).map((pointer) => splitPointer(pointer)[1] ?? pointer);
  }
  return impact;
}
