/**
 * Quality-check scores summed for a report: for each choice question of the rubric, how many scored
 * records gave each answer. Read from the rubric's definition, so a new rubric version needs no code.
 */
import type { FormModel } from '../model.ts';
import type { Answers } from '../types.ts';
import { ENGLISH } from '../i18n/engine-text.ts';
import type { Translate } from '../i18n/translator.ts';

export interface ChoiceTally {
  pointer: string;
  label: string;
  choices: { value: string; label: string; n: number }[];
}

/** `rubric` in the reader's language (its translation), and `t` for the words the engine gives a yes/no question. */
export function tallyScores(rubric: FormModel, scores: Answers[], t: Translate = ENGLISH): ChoiceTally[] {
  const yesNo = ['yes', 'no'].map((value) => ({ value, label: t(`engine.yesNo.${value}`) }));
  return rubric.sections.flatMap((section) => [...section.byKey.values()].flatMap((question) => {
    const choices = question.kind === 'yesNo' ? yesNo : question.kind === 'singleChoice' || question.kind === 'multipleChoice' ? question.choices ?? [] : [];
    if (choices.length === 0) return [];
    const given = scores.map((answers) => answers[section.key]?.[question.key]);
    const n = (value: string) => given.filter((answer) => answer === value || (Array.isArray(answer) && (answer as unknown[]).includes(value))).length;
    return [{ pointer: `/${section.key}/${question.key}`, label: question.title, choices: choices.map((c) => ({ value: c.value, label: c.label, n: n(c.value) })) }];
  }));
}
