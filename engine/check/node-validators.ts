/**
 * Node-only: the checker's validators compiled with ajv (which generates code, so none of this may
 * reach the browser bundle; the browser gets the same validators as standalone code, see standalone.ts).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Options } from 'ajv';
import { createAjv, type Ajv } from '../ajv.ts';
import { DRAFT_2020_12 } from './rules/root.ts';
import type { SchemaObject } from './schema-object.ts';
import type { CheckValidators, StrictCompileResult, Validator } from './validators.ts';
import { VOCABULARY_META_SCHEMAS } from './vocabulary-meta-schemas.ts';

/**
 * The ajv that validates a definition against the meta-schema and compiles it in strict mode, strict
 * problems logged to `warn` rather than thrown, so all of them are collected. The compile does not
 * re-check the meta-schema, so strict problems are found even when the meta-schema refused the definition.
 */
export function definitionAjv(warn: (message: string) => void, options: Options = {}): Ajv {
  return createAjv({ strict: 'log', verbose: true, validateSchema: false, logger: { log: () => {}, warn: (m: unknown) => warn(String(m)), error: () => {} }, ...options });
}

/** The ajv that compiles the vocabulary's metaSchemas (plain draft 2020-12, no formats, not strict). */
export function vocabularyAjv(options: Options = {}): Ajv2020 {
  return new Ajv2020({ allErrors: true, verbose: true, strict: false, ...options });
}

/** Every keyword a definition ajv knows: the names of its rules. */
export function knownKeywords(): string[] {
  return Object.keys(createAjv().RULES.keywords);
}

let compiled: CheckValidators | undefined;

/** Compiled once, on the first check (compiling costs more than a check); every check shares them. */
export function nodeCheckValidators(): CheckValidators {
  if (compiled) return compiled;
  let warnings: string[] = [];
  const ajv = definitionAjv((message) => warnings.push(message));
  // The strict compile's code never runs, only its strict warnings count: they come from walking the schema, which
  // every option below leaves as it is, while they make the code ajv generates (and so the check) smaller and quicker.
  const strict = definitionAjv((message) => warnings.push(message), { allErrors: false, verbose: false, code: { optimize: false } });
  const vocabulary = vocabularyAjv();
  compiled = {
    metaSchema: ajv.getSchema(DRAFT_2020_12) as Validator,
    vocabulary: new Map([...VOCABULARY_META_SCHEMAS].map(([keyword, metaSchema]) => [keyword, vocabulary.compile(metaSchema) as Validator])),
    knownKeywords: new Set(knownKeywords()),
    strictCompile(schema: SchemaObject): StrictCompileResult {
      warnings = [];
      try {
        strict.compile(schema);
        return { warnings };
      } catch (error) {
        return { warnings, error: (error as Error).message };
      } finally {
        // One instance for every check (making one costs more than the check); each compiled copy is removed again.
        strict.removeSchema(schema);
      }
    },
  };
  return compiled;
}
