import type { KeywordDefinition } from 'ajv';

/**
 * On one choice of a multipleChoice question ("No action taken"): true means the choice cannot be
 * ticked together with any other. The engine refuses such answers (rule "exclusive") and the view
 * model marks the choice, so checkboxes can untick the others (GOV.UK exclusive checkbox).
 */
export const xExclusive: KeywordDefinition = {
  keyword: 'x-exclusive',
  schemaType: 'boolean',
  metaSchema: { type: 'boolean' },
};
