import type { KeywordDefinition } from 'ajv';

/** On a question of kind "list": how one item is named, and which item field identifies it. */
export interface ListKeyword {
  /** Singular name of one item, for example "Medication" or "Bag". */
  itemTitle: string;
  /** Optional field of each item whose value must be unique within the record; items are labelled and ordered by it. */
  itemKey?: string;
}

export const xList: KeywordDefinition = {
  keyword: 'x-list',
  schemaType: 'object',
  metaSchema: {
    type: 'object',
    required: ['itemTitle'],
    additionalProperties: false,
    properties: {
      itemTitle: { type: 'string', minLength: 1, maxLength: 100 },
      itemKey: { type: 'string', minLength: 1, maxLength: 100 },
    },
  },
};
