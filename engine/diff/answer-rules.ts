/** Changes to what answers a question accepts (limits, patterns) and to its error messages. */
import { sameValue } from '../condition.ts';
import type { QuestionModel } from '../model.ts';
import type { Emit } from './questions.ts';
import { quote } from './words.ts';
import { ANSWER_KEYWORDS } from '../vocabulary/answer-keywords.ts';

/** The JSON Schema keywords that limit an answer, with what each is called in a sentence. */
const ANSWER_RULES: Record<string, string> = {
  minLength: 'the shortest answer (characters)', maxLength: 'the longest answer (characters)', pattern: 'the pattern answers must match',
  format: 'the format', minimum: 'the smallest number', maximum: 'the largest number', exclusiveMinimum: 'the number it must be above',
  exclusiveMaximum: 'the number it must be below', multipleOf: 'the number it must be a multiple of', formatMinimum: 'the earliest value',
  formatMaximum: 'the latest value', minItems: 'the fewest items', maxItems: 'the most items', uniqueItems: 'whether items must differ',
  ...Object.fromEntries(ANSWER_KEYWORDS.flatMap((k) => (k.words.keyword ? [[k.definition.keyword as string, k.words.keyword]] : []))),
  'x-list': 'the list item name and key', type: 'the type of answer', enum: 'the values allowed',
};

/** What each x-errors rule means, for "the message when it is …". */
const ERROR_WORDS: Record<string, string> = {
  required: 'not answered', minLength: 'too short', maxLength: 'too long', pattern: 'in the wrong format', format: 'not valid',
  minimum: 'too small', maximum: 'too large', minItems: 'missing items', maxItems: 'too many items', uniqueItemKey: 'a repeated item',
  ...Object.fromEntries(ANSWER_KEYWORDS.flatMap((k) => Object.entries(k.words.rules))), type: 'the wrong type',
};

const shown = (value: unknown) => (value === undefined ? 'none' : typeof value === 'string' ? quote(value) : JSON.stringify(value));

/** Pointers only on the sides where the keyword is written. */
function present(a: QuestionModel, before: unknown, b: QuestionModel, after: unknown, tail: string): { from?: string; to?: string } {
  return { ...(before === undefined ? {} : { from: a.definitionPointer + tail }), ...(after === undefined ? {} : { to: b.definitionPointer + tail }) };
}

export function answerRuleChanges(a: QuestionModel, b: QuestionModel, name: string, emit: Emit): void {
  for (const [keyword, words] of Object.entries(ANSWER_RULES)) {
    const before = a.schema[keyword];
    const after = b.schema[keyword];
    if (sameValue(before, after)) continue;
    emit('answerRuleChanged', {
      pointers: present(a, before, b, after, `/${keyword}`),
      before, after, sentence: `${name}: ${words} is now ${shown(after)} (was ${shown(before)}).`,
    });
  }
}

export function errorMessageChanges(a: QuestionModel, b: QuestionModel, name: string, emit: Emit): void {
  const rules = [...new Set([...Object.keys(a.errors), ...Object.keys(b.errors)])];
  for (const rule of rules) {
    const before = a.errors[rule];
    const after = b.errors[rule];
    if (before === after) continue;
    const when = ERROR_WORDS[rule] ? `it is ${ERROR_WORDS[rule]}` : `it breaks the "${rule}" rule`;
    emit('errorMessageChanged', {
      pointers: present(a, before, b, after, `/x-errors/${rule}`),
      before, after, sentence: `The message for ${name} when ${when} is now ${shown(after)} (was ${shown(before)}).`,
    });
  }
}
