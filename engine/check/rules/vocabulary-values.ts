import { childPointer } from '../../pointer.ts';
import { plainAjvErrors } from '../plain-ajv-error.ts';
import type { Rule } from '../rule.ts';

/** Checks every x-* value against its keyword's metaSchema (see vocabulary-meta-schemas.ts). */
export const vocabularyValues: Rule = (ctx) => ctx.nodes.flatMap((node) => Object.entries(node.schema).flatMap(([keyword, value]) => {
  const validate = ctx.validators.vocabulary.get(keyword);
  if (!validate || validate(value)) return [];
  return plainAjvErrors(validate.errors, childPointer(node.pointer, keyword), keyword);
}));
