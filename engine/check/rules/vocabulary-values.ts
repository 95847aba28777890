import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import { formVocabulary } from '../../vocabulary/index.ts';
import { childPointer } from '../pointer.ts';
import { plainAjvErrors } from '../plain-ajv-error.ts';
import type { Rule } from '../rule.ts';

/**
 * Checks every x-* value against its keyword's metaSchema, reporting all problems (ajv's compile would
 * stop at the first). x-kind is left to question-kind.ts, which can suggest the kind that was meant.
 */
const metaAjv = new Ajv2020({ allErrors: true, verbose: true, strict: false });
const validators = new Map<string, ValidateFunction>(formVocabulary
  .filter((k) => k.keyword !== 'x-kind' && k.metaSchema)
  .map((k) => [k.keyword as string, metaAjv.compile(k.metaSchema as object)]));

export const vocabularyValues: Rule = (ctx) => ctx.nodes.flatMap((node) => Object.entries(node.schema).flatMap(([keyword, value]) => {
  const validate = validators.get(keyword);
  if (!validate || validate(value)) return [];
  return plainAjvErrors(validate.errors, childPointer(node.pointer, keyword), keyword);
}));
