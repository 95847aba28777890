import type { QuestionNode } from './context.ts';
import { isObject } from './schema-object.ts';
import { words, type ProblemParam } from './words.ts';
import { QUESTION_KINDS, type QuestionKind } from '../vocabulary/index.ts';

/** Checks that depend on the kind stay quiet on an unknown kind: question-kind.ts reports it once. */
export function isKnownKind(kind: unknown): kind is QuestionKind {
  return (QUESTION_KINDS as readonly unknown[]).includes(kind);
}

/** The stored values of a yes/no or choice question, in order; undefined for other kinds. */
export function choiceValues(question: QuestionNode): unknown[] | undefined {
  const { schema, kind } = question;
  if (kind === 'yesNo') return Array.isArray(schema.enum) ? schema.enum : [];
  if (kind === 'singleChoice') return constsOf(schema.oneOf);
  if (kind === 'multipleChoice') return isObject(schema.items) ? constsOf(schema.items.oneOf) : [];
  return undefined;
}

function constsOf(choices: unknown): unknown[] {
  return Array.isArray(choices) ? choices.filter(isObject).filter((c) => 'const' in c).map((c) => c.const) : [];
}

/** Whether an answer to the question can be `value` (for multiple choice: whether `value` can be one of the ticks). */
export function canTake(question: QuestionNode, value: unknown): boolean {
  const values = choiceValues(question);
  if (values) return values.includes(value);
  switch (question.kind) {
    case 'text': case 'longText': case 'date': case 'dateTime': return typeof value === 'string';
    case 'number': return typeof value === 'number';
    default: return false;
  }
}

/** "yes" or "no" / one of "a", "b", "c": what the question can take, for messages. */
export function describeValues(question: QuestionNode): ProblemParam {
  const values = choiceValues(question);
  // Never a list: conditions and flags refuse a list question before they name its values.
  if (!values) return words(question.kind === 'number' ? 'checker.values.number' : 'checker.values.text');
  const shown = [...new Set(values.map((v) => JSON.stringify(v)))];
  if (shown.length === 0) return words('checker.values.none');
  if (shown.length === 1) return shown[0];
  return words('checker.values.oneOf', { list: shown.slice(0, -1).join(', '), last: shown[shown.length - 1] });
}
