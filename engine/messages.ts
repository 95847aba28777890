/**
 * Error wording. A question's `x-errors` message for the rule wins; otherwise a plain GOV.UK-style
 * sentence is built from the question's title, in the words of engine.json for the language of `t`.
 * A validator's own wording is never shown.
 */
import { countOf, genericItem, GENERIC_ITEM } from './list-noun.ts';
import type { QuestionModel } from './model.ts';
import type { RuleParams } from './vocabulary/answer-keyword.ts';
import { ANSWER_KEYWORDS } from './vocabulary/answer-keywords.ts';
import { ENGLISH } from './i18n/engine-text.ts';
import type { Translate } from './i18n/translator.ts';

export type { RuleParams };

/** Default messages of the rules vocabulary keywords report, by rule. */
const KEYWORD_MESSAGES = new Map(ANSWER_KEYWORDS.flatMap((k) => Object.entries(k.messages)));

export function messageFor(question: QuestionModel, rule: string, params: RuleParams = {}, t: Translate = ENGLISH): string {
  const written = question.errors[rule];
  if (typeof written === 'string' && written.length > 0) return written;
  return KEYWORD_MESSAGES.get(rule)?.(question, params, t) ?? plainMessage(question, rule, params, t);
}

/** A question's title as a message quotes it, inside its own sentence: without its question mark. */
export function quotedTitle(title: string): string {
  return title.replace(/\?$/, '');
}

function plainMessage(question: QuestionModel, rule: string, params: RuleParams, t: Translate): string {
  const words = {
    name: quotedTitle(question.title),
    title: question.title,
    limit: String(params.limit ?? ''),
    items: question.list ? listWords(question, t).plural : t('engine.list.options'),
  };
  const say = (key: string, more: Record<string, string | number> = {}) => t(`engine.error.${key}`, { ...words, ...more });
  switch (rule) {
    case 'required':
      return say(question.list ? 'required.list' : question.choices ? 'required.choice' : 'required.text');
    case 'maxLength':
    case 'minLength':
    case 'pattern':
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'uniqueItems':
    case 'hidden':
      return say(rule);
    case 'format':
      return say(question.kind === 'date' || question.kind === 'dateTime' ? question.kind : 'pattern');
    case 'multipleOf':
      return say(rule, { multipleOf: String(params.multipleOf) });
    case 'type':
      return say(typeKey(question));
    case 'enum':
      return say('choice');
    case 'minItems':
    case 'maxItems':
      return question.list
        ? say(`${rule}.list`, { items: countOf(Number(params.limit), question.list.noun, t) })
        : say(`${rule}.choice`);
    case 'uniqueItemKey': {
      const keyField = question.list?.itemKey ? question.list.item.byKey.get(question.list.itemKey) : undefined;
      const field = keyField ? keyField.title.replace(/\?$/, '').toLowerCase() : t('engine.error.uniqueItemKey.field');
      return say(rule, { singular: listWords(question, t).singular, field });
    }
    default:
      return say('other');
  }
}

/** The list's noun, or "item" in the language of `t` for a question that names none. */
function listWords(question: QuestionModel, t: Translate) {
  const noun = question.list?.noun ?? GENERIC_ITEM;
  return noun === GENERIC_ITEM ? genericItem(t) : noun;
}

function typeKey(question: QuestionModel): string {
  switch (question.kind) {
    case 'number':
      return question.schema.type === 'integer' ? 'integer' : 'number';
    case 'date':
    case 'dateTime':
      return question.kind;
    case 'yesNo':
    case 'singleChoice':
    case 'multipleChoice':
      return 'choice';
    case 'list':
      return 'listType';
    default:
      return 'text';
  }
}

export function unknownQuestionMessage(key: string, sectionTitle?: string, t: Translate = ENGLISH): string {
  return sectionTitle ? t('engine.error.notQuestion', { key, where: sectionTitle }) : t('engine.error.notSection', { key });
}
