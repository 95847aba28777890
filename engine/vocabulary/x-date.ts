/**
 * x-date, on a date or dateTime question: limits relative to the day the answer is checked, which a
 * fixed formatMinimum/formatMaximum cannot say. notAfter "today": today or in the past (a date of birth);
 * notBefore "today": today or in the future. A dateTime is compared by the day it falls on in UK time.
 */
import { dayIn } from '../day.ts';
import { words } from '../check/words.ts';
import { nameOf, type AnswerKeyword } from './answer-keyword.ts';

export interface DateKeyword {
  /** The only relative day a limit can name: the day the answer is checked, in UK time. */
  notAfter?: 'today';
  notBefore?: 'today';
}

const limitsOf = (schema: Record<string, unknown>): DateKeyword | undefined => {
  const value = schema['x-date'];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as DateKeyword) : undefined;
};

export const xDate: AnswerKeyword = {
  definition: {
    keyword: 'x-date',
    schemaType: 'object',
    metaSchema: {
      type: 'object',
      minProperties: 1,
      additionalProperties: false,
      properties: { notAfter: { const: 'today' }, notBefore: { const: 'today' } },
    },
  },
  about: 'For a date: "notAfter": "today" or "notBefore": "today"',
  words: { keyword: 'the date limit', rules: { notAfter: 'in the future', notBefore: 'in the past' } },
  home: { roles: ['question'], kinds: ['date', 'dateTime'], place: 'on a date or dateTime question' },
  placeKey: 'checker.home.xDate',
  question: (schema) => (limitsOf(schema) ? { dateLimits: limitsOf(schema) } : undefined),
  applies: (question) => question.dateLimits !== undefined,
  /** A date compares as written; a date-time by the day it falls on. A malformed answer has its format error already. */
  check(question, value, { today, timeZone }) {
    const limits = question.dateLimits;
    if (!limits || typeof value !== 'string') return undefined;
    const day = question.kind === 'date' ? (/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined) : dayIn(value, timeZone);
    if (!day) return undefined;
    if (limits.notAfter === 'today' && day > today) return { rule: 'notAfter' };
    if (limits.notBefore === 'today' && day < today) return { rule: 'notBefore' };
    return undefined;
  },
  messages: {
    notAfter: (question, _params, t) => t('engine.error.notAfter', { name: nameOf(question) }),
    notBefore: (question, _params, t) => t('engine.error.notBefore', { name: nameOf(question) }),
  },
  declared: {
    notAfter: {
      on: (s) => limitsOf(s)?.notAfter !== undefined,
      problem: (name) => words('checker.xDate.notAfterMessage', { name }),
    },
    notBefore: {
      on: (s) => limitsOf(s)?.notBefore !== undefined,
      problem: (name) => words('checker.xDate.notBeforeMessage', { name }),
    },
  },
};
