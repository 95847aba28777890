/**
 * Answer checks JSON Schema cannot say simply, run after the schema pass: list items whose key field
 * repeats (x-list itemKey), and every vocabulary keyword that checks answers (vocabulary/answer-keywords.ts:
 * x-exclusive choices ticked with others, x-date limits relative to today), on list item fields too.
 */
import { isPlainObject } from './answers.ts';
import type { CompiledForm } from './form.ts';
import type { GroupModel, SectionModel } from './model.ts';
import { messageFor } from './messages.ts';
import { toPointer } from './pointer.ts';
import type { AnswerCheck, Answers } from './types.ts';
import type { CheckDay } from './vocabulary/answer-keyword.ts';
import { ANSWER_KEYWORDS } from './vocabulary/answer-keywords.ts';
import type { Translate } from './i18n/translator.ts';

const needsWalk = new WeakMap<CompiledForm, boolean>();

/** Whether any question (list item fields too) has a keyword that checks answers; most forms need no second walk. */
export function hasRulesBeyondSchema(form: CompiledForm): boolean {
  let found = needsWalk.get(form);
  if (found === undefined) {
    const needs = (group: GroupModel): boolean => [...group.byKey.values()].some((q) =>
      ANSWER_KEYWORDS.some((k) => k.applies(q)) || (q.list !== undefined && needs(q.list.item)));
    found = form.model.sections.some(needs);
    needsWalk.set(form, found);
  }
  return found;
}

export function checkBeyondSchema(form: CompiledForm, answers: Answers, day: CheckDay, result: AnswerCheck, t: Translate): void {
  const visit = (section: SectionModel, group: GroupModel, values: Record<string, unknown>, path: string[]) => {
    for (const key in values) {
      const question = group.byKey.get(key);
      const value = values[key];
      if (!question) continue;
      if (question.list && Array.isArray(value)) {
        value.forEach((item, i) => { if (isPlainObject(item)) visit(section, question.list!.item, item, [...path, key, String(i)]); });
        continue;
      }
      for (const keyword of ANSWER_KEYWORDS) {
        const broken = keyword.applies(question) ? keyword.check(question, value, day) : undefined;
        if (!broken) continue;
        result.invalid.push({
          section: section.key, question: key, pointer: toPointer([...path, key]),
          rule: broken.rule, message: messageFor(question, broken.rule, broken.params, t),
        });
        break;
      }
    }
  };
  for (const section of form.model.sections) {
    const values = answers[section.key];
    if (isPlainObject(values)) visit(section, section, values, [section.key]);
  }
}

export function checkItemKeys(form: CompiledForm, answers: Answers, result: AnswerCheck, t: Translate): void {
  for (const { section, question, itemKey } of form.keyedLists) {
    const sectionAnswers = answers[section.key];
    const items = isPlainObject(sectionAnswers) ? sectionAnswers[question.key] : undefined;
    if (!Array.isArray(items) || items.length < 2) continue;
    const seen = new Set<unknown>();
    for (const item of items) {
      const value = isPlainObject(item) ? item[itemKey] : undefined;
      if (value === undefined) continue;
      const normalisedValue = typeof value === 'string' ? value.trim().toLowerCase() : value;
      if (seen.has(normalisedValue)) {
        result.invalid.push({
          section: section.key, question: question.key, pointer: toPointer([section.key, question.key]),
          rule: 'uniqueItemKey', message: messageFor(question, 'uniqueItemKey', {}, t),
        });
        break;
      }
      seen.add(normalisedValue);
    }
  }
}

