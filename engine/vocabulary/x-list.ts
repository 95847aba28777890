import type { KeywordDefinition } from 'ajv';

/** On a question of kind "list": how one item is named, and which item field identifies it. */
export interface ListKeyword {
  /** Singular name of one item, for example "Medication" or "Bag". */
  itemTitle: string;
  /** Optional field of each item whose value must be unique within the record; items are labelled and ordered by it. */
  itemKey?: string;
  /** An item in a sentence, lower case: "officer" ("Add an officer"). Given with itemNounPlural and itemArticle, or not at all. */
  itemNoun?: string;
  /** Several items in a sentence: "officers" ("2 officers", "No officers added"). */
  itemNounPlural?: string;
  /** "a" or "an", as said before itemNoun. */
  itemArticle?: 'a' | 'an';
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
      itemNoun: { type: 'string', minLength: 1, maxLength: 100 },
      itemNounPlural: { type: 'string', minLength: 1, maxLength: 100 },
      itemArticle: { enum: ['a', 'an'] },
    },
    // The words of a sentence come together: a plural without its singular could not be used.
    dependentRequired: {
      itemNoun: ['itemNounPlural', 'itemArticle'],
      itemNounPlural: ['itemNoun', 'itemArticle'],
      itemArticle: ['itemNoun', 'itemNounPlural'],
    },
  },
};
