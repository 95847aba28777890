/**
 * Which questions two versions of a form share (the same key, in whatever section) and which only one
 * of them asks, for comparing a piloted version with another question by question.
 */
import type { FormModel } from '../model.ts';
import type { SharedQuestion } from './compare.ts';

export interface AskedQuestion {
  key: string;
  pointer: string;
  label: string;
}

/** Every question of a version, follow-ups included, by the pointer its answer has ("/section/key"). */
export function questionsOf(model: FormModel): AskedQuestion[] {
  return model.sections.flatMap((section) => [...section.byKey.values()].map((q) => ({ key: q.key, pointer: `/${section.key}/${q.key}`, label: q.title })));
}

export interface QuestionMatch {
  shared: SharedQuestion[];
  onlyFirst: AskedQuestion[];
  onlySecond: AskedQuestion[];
}

/** Labels come from the first version: the one being piloted. */
export function matchQuestions(first: FormModel, second: FormModel): QuestionMatch {
  const a = questionsOf(first);
  const b = new Map(questionsOf(second).map((q) => [q.key, q]));
  const inFirst = new Set(a.map((q) => q.key));
  return {
    shared: a.flatMap((q) => {
      const other = b.get(q.key);
      return other ? [{ key: q.key, label: q.label, pointers: [q.pointer, other.pointer] as [string, string] }] : [];
    }),
    onlyFirst: a.filter((q) => !b.has(q.key)),
    onlySecond: [...b.values()].filter((q) => !inFirst.has(q.key)),
  };
}
