import type { ErrorObject } from 'ajv';
import type { SchemaObject } from './schema-object.ts';

/** A validator as ajv compiles it, or as its standalone code exports it: the same function either way. */
export type Validator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/** What a strict-mode compile of a definition said: its strict-mode warnings, and the error it threw. */
export interface StrictCompileResult {
  warnings: string[];
  error?: string;
}

/**
 * Everything the checker needs from ajv, in one place, so that the rules never compile anything
 * themselves. In Node it is compiled with ajv (node-validators.ts); in the browser, where generating
 * code is refused by the CSP, it is ajv standalone code generated when the bundle is built (standalone.ts).
 */
export interface CheckValidators {
  /** The draft 2020-12 meta-schema, reporting every error, verbosely. */
  metaSchema: Validator;
  /** Each x-* keyword's metaSchema (x-kind left out: question-kind.ts reports it), by keyword. */
  vocabulary: ReadonlyMap<string, Validator>;
  /** Every keyword ajv knows in draft 2020-12 with our formats and vocabulary: anything else is a typo. */
  knownKeywords: ReadonlySet<string>;
  /**
   * Compiles the definition in strict mode and removes it again. It needs ajv's code generator, so it
   * exists only in Node: without it the strict-mode checks are skipped.
   */
  strictCompile?: (schema: SchemaObject) => StrictCompileResult;
}

/** File name of the browser checker bundle, served next to the web components bundle. */
export const BROWSER_CHECKER_FILE = 'form-engine-check.js';
