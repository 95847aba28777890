/**
 * What follows from the answers: section status, flags raised, and answers to clear because the
 * question they answer is no longer showing.
 */
import { isPlainObject } from './answers.ts';
import { toPointer } from './pointer.ts';
import type { CompiledForm } from './form.ts';
import type { GroupModel, QuestionModel } from './model.ts';
import { groupState, type GroupState } from './visibility.ts';
import type { AnswerCheck, Answers, RaisedFlag, SectionAnswers, SectionStatus } from './types.ts';

export function sectionAnswers(answers: Answers, section: string): Record<string, unknown> {
  const value = answers[section];
  return isPlainObject(value) ? value : {};
}

/** Visible and mandatory questions of every section, for the answers given. */
export function sectionStates(form: CompiledForm, answers: Answers): Map<string, GroupState> {
  return new Map(form.model.sections.map((s) => [s.key, groupState(s, sectionAnswers(answers, s.key))]));
}

/**
 * notStarted: nothing answered; complete: nothing mandatory is missing and nothing is wrong;
 * inProgress otherwise. `check` must be checkAnswers over the same answers.
 */
export function sectionStatuses(form: CompiledForm, answers: Answers, check: AnswerCheck): Record<string, SectionStatus> {
  const blocked = new Set([...check.invalid, ...check.incomplete].map((e) => e.section));
  const statuses: Record<string, SectionStatus> = {};
  for (const section of form.model.sections) {
    const answered = Object.keys(sectionAnswers(answers, section.key)).length > 0;
    statuses[section.key] = !answered ? 'notStarted' : blocked.has(section.key) ? 'inProgress' : 'complete';
  }
  return statuses;
}

/** Flags raised by visible answers, in form order, including fields inside list items. */
export function raisedFlags(form: CompiledForm, answers: Answers): RaisedFlag[] {
  const flags: RaisedFlag[] = [];
  for (const section of form.model.sections) {
    collectGroupFlags(section, sectionAnswers(answers, section.key), [section.key], section.key, flags);
  }
  return flags;
}

function collectGroupFlags(group: GroupModel, values: Record<string, unknown>, path: (string | number)[], section: string, flags: RaisedFlag[]): void {
  const state = groupState(group, values);
  for (const question of group.byKey.values()) {
    const value = values[question.key];
    if (value === undefined || !state.visible.has(question.key)) continue;
    const pointer = [...path, question.key];
    flags.push(...flagsRaisedBy(question, value, toPointer(pointer), section));
    if (question.list && Array.isArray(value)) {
      value.forEach((item, index) => {
        if (isPlainObject(item)) collectGroupFlags(question.list!.item, item, [...pointer, index], section, flags);
      });
    }
  }
}

export function flagsRaisedBy(question: QuestionModel, value: unknown, pointer: string, section: string): RaisedFlag[] {
  const raised: RaisedFlag[] = [];
  for (const rule of question.flags) {
    const hit = Array.isArray(value)
      ? value.find((v) => rule.values.includes(v as string))
      : rule.values.includes(value as string) ? value : undefined;
    if (hit !== undefined) raised.push({ level: rule.level, label: rule.label, section, pointer, value: hit as string | number | boolean });
  }
  return raised;
}

/**
 * Removes answers to follow-ups that are hidden by the other answers, repeatedly until nothing more
 * hides (clearing one answer can hide the follow-ups it opened). Answers at `keep` pointers are left
 * alone (they were just given, and are reported as invalid instead). Returns new objects only where
 * something changed, and the pointers cleared.
 */
export function clearHiddenAnswers(form: CompiledForm, answers: Answers, keep: ReadonlySet<string> = new Set()): { answers: Answers; cleared: string[] } {
  const cleared: string[] = [];
  let result: Answers | undefined;
  for (const section of form.model.sections) {
    const current = answers[section.key];
    if (!isPlainObject(current)) continue;
    const next = clearGroup(section, current, [section.key], keep, cleared);
    if (next !== current) {
      result ??= { ...answers };
      result[section.key] = next as SectionAnswers;
    }
  }
  return { answers: result ?? answers, cleared };
}

function clearGroup(
  group: GroupModel, values: Record<string, unknown>, path: (string | number)[], keep: ReadonlySet<string>, cleared: string[],
): Record<string, unknown> {
  let result = values;
  for (let changed = true; changed;) {
    changed = false;
    const state = groupState(group, result);
    for (const key of Object.keys(result)) {
      const pointer = toPointer([...path, key]);
      if (!group.byKey.has(key) || state.visible.has(key) || keep.has(pointer)) continue;
      if (result === values) result = { ...values };
      delete result[key];
      cleared.push(pointer);
      changed = true;
    }
  }
  for (const question of group.byKey.values()) {
    const items = result[question.key];
    const pointer = toPointer([...path, question.key]);
    if (!question.list || !Array.isArray(items) || keep.has(pointer)) continue;
    let nextItems: unknown[] | undefined;
    items.forEach((item, index) => {
      if (!isPlainObject(item)) return;
      const next = clearGroup(question.list!.item, item, [...path, question.key, index], keep, cleared);
      if (next !== item) (nextItems ??= [...items])[index] = next;
    });
    if (nextItems) {
      if (result === values) result = { ...values };
      result[question.key] = nextItems;
    }
  }
  return result;
}
