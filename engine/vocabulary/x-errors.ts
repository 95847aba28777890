import type { KeywordDefinition } from 'ajv';

/**
 * Plain-English error messages of one question, keyed by the JSON Schema rule that failed
 * ("required", "maxLength", "format", "minItems", "uniqueItemKey", "exclusive", ...). Messages replace ajv's wording.
 */
export type ErrorsKeyword = Record<string, string>;

export const ERROR_RULES = [
  'required', 'type', 'enum', 'const', 'minLength', 'maxLength', 'pattern', 'format',
  'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf',
  'minItems', 'maxItems', 'uniqueItems', 'uniqueItemKey', 'formatMinimum', 'formatMaximum', 'exclusive', 'notAfter', 'notBefore',
] as const;

export const xErrors: KeywordDefinition = {
  keyword: 'x-errors',
  schemaType: 'object',
  metaSchema: {
    type: 'object',
    propertyNames: { enum: [...ERROR_RULES] },
    additionalProperties: { type: 'string', minLength: 1, maxLength: 500 },
  },
};
