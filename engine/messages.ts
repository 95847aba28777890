/**
 * Error wording. A question's `x-errors` message for the rule wins; otherwise a plain GOV.UK-style
 * sentence is built from the question's title. A validator's own wording is never shown.
 */
import { countOf } from './list-noun.ts';
import type { QuestionModel } from './model.ts';

export type RuleParams = Record<string, unknown>;

export function messageFor(question: QuestionModel, rule: string, params: RuleParams = {}): string {
  const written = question.errors[rule];
  if (typeof written === 'string' && written.length > 0) return written;
  return plainMessage(question, rule, params);
}

function plainMessage(question: QuestionModel, rule: string, params: RuleParams): string {
  const name = question.title.replace(/\?$/, '');
  const quoted = `“${question.title}”`;
  const limit = params.limit;
  const items = question.list ? question.list.noun.plural : 'options';
  switch (rule) {
    case 'required':
      if (question.list) return `Add ${items} for ${quoted}`;
      return question.choices ? `Select an answer for ${quoted}` : `Enter an answer for ${quoted}`;
    case 'maxLength':
      return `${name} must be ${limit} characters or fewer`;
    case 'minLength':
      return `${name} must be ${limit} characters or more`;
    case 'pattern':
      return `${name} must be in the correct format`;
    case 'format':
      return formatMessage(question, name);
    case 'minimum':
      return `${name} must be ${limit} or more`;
    case 'maximum':
      return `${name} must be ${limit} or less`;
    case 'exclusiveMinimum':
      return `${name} must be more than ${limit}`;
    case 'exclusiveMaximum':
      return `${name} must be less than ${limit}`;
    case 'multipleOf':
      return `${name} must be a multiple of ${params.multipleOf}`;
    case 'type':
      return typeMessage(question, name, quoted);
    case 'enum':
      return `Select one of the options for ${quoted}`;
    case 'minItems':
      return question.list ? `Add at least ${countOf(Number(limit), question.list.noun)} for ${quoted}` : `Select at least ${limit} options for ${quoted}`;
    case 'maxItems':
      return question.list ? `Add no more than ${countOf(Number(limit), question.list.noun)} for ${quoted}` : `Select no more than ${limit} options for ${quoted}`;
    case 'uniqueItems':
      return `Select each option for ${quoted} only once`;
    case 'uniqueItemKey': {
      const keyField = question.list?.itemKey ? question.list.item.byKey.get(question.list.itemKey) : undefined;
      const field = keyField ? keyField.title.replace(/\?$/, '').toLowerCase() : 'key';
      return `Each ${question.list?.noun.singular ?? 'item'} must have a different ${field}`;
    }
    case 'notAfter':
      return `${name} must be today or in the past`;
    case 'notBefore':
      return `${name} must be today or in the future`;
    case 'exclusive': {
      const choice = question.choices?.find((c) => c.value === params.choice);
      return `Select “${choice?.label ?? String(params.choice)}” on its own, or select other options`;
    }
    case 'hidden':
      return `Remove the answer to ${quoted}: it does not apply to the other answers given`;
    default:
      return `Check the answer to ${quoted}`;
  }
}

function formatMessage(question: QuestionModel, name: string): string {
  if (question.kind === 'date') return `${name} must be a real date`;
  if (question.kind === 'dateTime') return `${name} must be a real date and time`;
  return `${name} must be in the correct format`;
}

function typeMessage(question: QuestionModel, name: string, quoted: string): string {
  switch (question.kind) {
    case 'number':
      return question.schema.type === 'integer' ? `${name} must be a whole number` : `${name} must be a number`;
    case 'date':
      return `${name} must be a real date`;
    case 'dateTime':
      return `${name} must be a real date and time`;
    case 'yesNo':
    case 'singleChoice':
    case 'multipleChoice':
      return `Select one of the options for ${quoted}`;
    case 'list':
      return `${name} must be a list of ${question.list?.noun.plural ?? 'items'}`;
    default:
      return `${name} must be text`;
  }
}

export function unknownQuestionMessage(key: string, sectionTitle?: string): string {
  return sectionTitle ? `“${key}” is not a question in ${sectionTitle}` : `“${key}” is not a section of this form`;
}
