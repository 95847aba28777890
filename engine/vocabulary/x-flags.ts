import type { KeywordDefinition } from 'ajv';

export const FLAG_LEVELS = ['alert', 'warning', 'attention', 'information'] as const;
export type FlagLevel = (typeof FLAG_LEVELS)[number];

/**
 * Flags raised by a question's answer. A flag is raised when the answer equals one of `values`
 * (yes/no and single choice) or contains one of them (multiple choice).
 */
export interface FlagRule {
  values: (string | boolean | number)[];
  level: FlagLevel;
  label: string;
}

export const xFlags: KeywordDefinition = {
  keyword: 'x-flags',
  schemaType: 'array',
  metaSchema: {
    type: 'array',
    minItems: 1,
    items: {
      type: 'object',
      required: ['values', 'level', 'label'],
      additionalProperties: false,
      properties: {
        values: { type: 'array', minItems: 1, items: { type: ['string', 'number', 'boolean'] } },
        level: { enum: [...FLAG_LEVELS] },
        label: { type: 'string', minLength: 1, maxLength: 200 },
      },
    },
  },
};
