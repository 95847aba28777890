import type { KeywordDefinition } from 'ajv';

/** The question kinds; each fixes the JSON Schema shape its property must have (see docs/definitions.md). */
export const QUESTION_KINDS = [
  'yesNo', 'singleChoice', 'multipleChoice', 'text', 'longText', 'number', 'date', 'dateTime', 'list',
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const xKind: KeywordDefinition = {
  keyword: 'x-kind',
  schemaType: 'string',
  metaSchema: { enum: [...QUESTION_KINDS] },
};
