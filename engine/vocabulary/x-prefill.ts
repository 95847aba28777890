import type { KeywordDefinition } from 'ajv';

/** true: the answer carries over from the person's previous confirmed record and must be reviewed. */
export const xPrefill: KeywordDefinition = {
  keyword: 'x-prefill',
  schemaType: 'boolean',
  metaSchema: { type: 'boolean' },
};
