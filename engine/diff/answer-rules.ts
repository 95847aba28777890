/** Changes to what answers a question accepts (limits, patterns) and to its error messages. */
import { sameValue } from '../condition.ts';
import type { QuestionModel } from '../model.ts';
import type { Emit } from './questions.ts';
import { quote } from './words.ts';
import { textIfAny, type Translate } from './text.ts';
import { ANSWER_KEYWORDS } from '../vocabulary/answer-keywords.ts';
import { source } from './wording.ts';

/** The JSON Schema keywords that limit an answer; each is named in a sentence by diff.answerRule.<keyword>. */
const ANSWER_RULES: readonly string[] = [
  'minLength', 'maxLength', 'pattern', 'format', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf',
  'formatMinimum', 'formatMaximum', 'minItems', 'maxItems', 'uniqueItems',
  ...ANSWER_KEYWORDS.flatMap((k) => (k.words.keyword ? [k.definition.keyword as string] : [])),
  'x-list', 'type', 'enum',
];

/** A keyword's own English words stand in for a language that has not named it yet. */
const KEYWORD_WORDS: Record<string, string> = Object.fromEntries(ANSWER_KEYWORDS.flatMap((k) => (k.words.keyword ? [[k.definition.keyword as string, k.words.keyword]] : [])));
const RULE_WORDS: Record<string, string> = Object.fromEntries(ANSWER_KEYWORDS.flatMap((k) => Object.entries(k.words.rules)));

const shown = (value: unknown, t: Translate) => (value === undefined ? t('diff.none') : typeof value === 'string' ? quote(value, t) : JSON.stringify(value));

/** Pointers only on the sides where the keyword is written. */
function present(a: QuestionModel, before: unknown, b: QuestionModel, after: unknown, tail: string): { from?: string; to?: string } {
  return { ...(before === undefined ? {} : { from: a.definitionPointer + tail }), ...(after === undefined ? {} : { to: b.definitionPointer + tail }) };
}

export function answerRuleChanges(a: QuestionModel, b: QuestionModel, name: string, emit: Emit, t: Translate): void {
  for (const keyword of new Set(ANSWER_RULES)) {
    const before = a.schema[keyword];
    const after = b.schema[keyword];
    if (sameValue(source(a).schema[keyword], source(b).schema[keyword])) continue;
    const rule = textIfAny(t, `diff.answerRule.${keyword}`) ?? KEYWORD_WORDS[keyword] ?? keyword;
    emit('answerRuleChanged', {
      pointers: present(a, before, b, after, `/${keyword}`),
      before, after, sentence: t('diff.answerRule.changed', { name, rule, now: shown(after, t), was: shown(before, t) }),
    });
  }
}

export function errorMessageChanges(a: QuestionModel, b: QuestionModel, name: string, emit: Emit, t: Translate): void {
  const rules = [...new Set([...Object.keys(a.errors), ...Object.keys(b.errors)])];
  for (const rule of rules) {
    const before = a.errors[rule];
    const after = b.errors[rule];
    if (source(a).errors[rule] === source(b).errors[rule]) continue;
    const words = textIfAny(t, `diff.errorRule.${rule}`) ?? RULE_WORDS[rule];
    const when = words ? t('diff.message.when', { rule: words }) : t('diff.message.whenOther', { rule });
    emit('errorMessageChanged', {
      pointers: present(a, before, b, after, `/x-errors/${rule}`),
      before, after, sentence: t('diff.message.changed', { name, when, now: shown(after, t), was: shown(before, t) }),
    });
  }
}
