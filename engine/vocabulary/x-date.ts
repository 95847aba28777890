import type { KeywordDefinition } from 'ajv';

/**
 * On a date or dateTime question: limits relative to the day the answer is checked, which a fixed
 * formatMinimum/formatMaximum cannot say. notAfter "today": today or in the past (a date of birth);
 * notBefore "today": today or in the future. A dateTime is compared by the day it falls on in UK time.
 */
export interface DateKeyword {
  /** The only relative day a limit can name: the day the answer is checked, in UK time. */
  notAfter?: 'today';
  notBefore?: 'today';
}

export const xDate: KeywordDefinition = {
  keyword: 'x-date',
  schemaType: 'object',
  metaSchema: {
    type: 'object',
    minProperties: 1,
    additionalProperties: false,
    properties: {
      notAfter: { const: 'today' },
      notBefore: { const: 'today' },
    },
  },
};
