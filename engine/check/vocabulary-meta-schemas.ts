import { formVocabulary } from '../vocabulary/index.ts';

/**
 * The x-* keywords whose values the checker validates against their metaSchema, reporting all
 * problems (ajv's compile would stop at the first). x-kind is left to question-kind.ts, which can
 * suggest the kind that was meant.
 */
export const VOCABULARY_META_SCHEMAS: ReadonlyMap<string, object> = new Map(formVocabulary
  .filter((k) => k.keyword !== 'x-kind' && k.metaSchema)
  .map((k) => [k.keyword as string, k.metaSchema as object]));
