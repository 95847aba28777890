/**
 * A complete, valid set of answers for any form definition: every mandatory question answered, the
 * follow-ups that choices can open opened where one record can open them (so their mandatory
 * questions are answered too), every list with its minimum number of items (at least one), and every
 * text, number and date within its schema's limits. Tests, `form-engine example` and the preview's
 * "Fill with example answers" use it, so no version needs a hand-written complete record.
 */
import type { ValueTest } from '../condition.ts';
import { holds, sameValue } from '../condition.ts';
import { readFormModel, type FormModel, type GroupModel, type QuestionModel, type RuleModel } from '../model.ts';
import type { AnswerValue, Answers, ListItem } from '../types.ts';
import { dateAnswer, numberAnswer, textAnswer, type ExampleOptions } from './values.ts';

export type { ExampleOptions } from './values.ts';

/** Example answers for a definition (read with the engine's model; a definition it cannot read throws DefinitionError). */
export function exampleAnswers(definition: unknown, options: ExampleOptions = {}): Answers {
  return exampleAnswersFor(readFormModel(definition), options);
}

export function exampleAnswersFor(model: FormModel, options: ExampleOptions = {}): Answers {
  return Object.fromEntries(model.sections.map((section) => [section.key, fillGroup(section, 0, options)]));
}

/**
 * Answers the group's questions, then opens every follow-up rule the answers satisfy, answering its
 * questions in turn, until no more open. Each choice is picked to pass the most follow-up tests on it.
 */
function fillGroup(group: GroupModel, seed: number, options: ExampleOptions): Record<string, AnswerValue> {
  const tests = testsByKey(group);
  const answers: Record<string, AnswerValue> = {};
  const answer = (questions: QuestionModel[]) => {
    for (const q of questions) if (answers[q.key] === undefined) answers[q.key] = answerFor(q, tests.get(q.key) ?? [], seed, options);
  };
  answer(group.questions);
  let pending: RuleModel[] = [...group.rules];
  for (let opened = true; opened;) {
    opened = false;
    for (const rule of pending) {
      if (!holds(rule.condition, answers)) continue;
      answer(rule.then.questions);
      pending = [...pending.filter((r) => r !== rule), ...rule.then.rules];
      opened = true;
      break;
    }
  }
  return answers;
}

/** Every test follow-up rules make on each question of the group, at any depth (list items are groups of their own). */
function testsByKey(group: GroupModel, into = new Map<string, ValueTest[]>()): Map<string, ValueTest[]> {
  for (const rule of group.rules) {
    for (const { key, test } of rule.condition.tests) into.set(key, [...(into.get(key) ?? []), test]);
    testsByKey(rule.then, into);
  }
  return into;
}

function answerFor(question: QuestionModel, tests: ValueTest[], seed: number, options: ExampleOptions): AnswerValue {
  switch (question.kind) {
    case 'yesNo':
    case 'singleChoice':
      return bestChoice(question, tests);
    case 'multipleChoice':
      return ticks(question, tests);
    case 'number':
      return numberAnswer(question, seed);
    case 'date':
    case 'dateTime':
      return dateAnswer(question, options);
    case 'list':
      return items(question, options);
    default:
      return textAnswer(question, seed);
  }
}

/** The choice passing the most tests on this question (the first choice when none test it). */
function bestChoice(question: QuestionModel, tests: ValueTest[]): string {
  const choices = question.choices ?? [];
  const passing = (value: string) => tests.filter((t) => (t.kind === 'const' ? sameValue(t.value, value) : t.kind === 'enum' && t.values.includes(value))).length;
  let best = choices[0]?.value ?? '';
  for (const choice of choices) if (passing(choice.value) > passing(best)) best = choice.value;
  return best;
}

/** Every choice a follow-up tests for (never an exclusive one beside others), within minItems and maxItems. */
function ticks(question: QuestionModel, tests: ValueTest[]): string[] {
  const open = (question.choices ?? []).filter((c) => !c.exclusive).map((c) => c.value);
  const tested = open.filter((value) => tests.some((t) => t.kind === 'contains' && t.values.includes(value)));
  const max = typeof question.schema.maxItems === 'number' ? question.schema.maxItems : Infinity;
  const min = Math.max(question.minItems ?? 1, 1);
  const chosen = tested.slice(0, max);
  for (const value of open) if (chosen.length < min && !chosen.includes(value)) chosen.push(value);
  if (chosen.length === 0) chosen.push(...(question.choices ?? []).slice(0, 1).map((c) => c.value));
  return chosen;
}

function items(question: QuestionModel, options: ExampleOptions): ListItem[] {
  const max = typeof question.schema.maxItems === 'number' ? question.schema.maxItems : Infinity;
  const count = Math.min(Math.max(question.minItems ?? 1, 1), max);
  return Array.from({ length: count }, (_, index) => fillGroup(question.list!.item, index, options) as ListItem);
}
