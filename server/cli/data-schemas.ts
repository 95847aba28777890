/**
 * The validator of a data file's schema, forms/schemas/<name>.schema.json, compiled once per process:
 * every forms folder, locale file and translation checked against it shares it (a new ajv for each
 * file was most of start-up's work).
 */
import type { ValidateFunction } from 'ajv';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAjv } from '../../engine/ajv.ts';
import { readJsonFile } from './definition-files.ts';

const SCHEMAS_DIR = fileURLToPath(new URL('../../forms/schemas/', import.meta.url));
const validators = new Map<string, ValidateFunction>();

export function dataSchemaValidator(name: string): ValidateFunction {
  let validate = validators.get(name);
  if (!validate) {
    validate = createAjv({ verbose: true }).compile(readJsonFile(join(SCHEMAS_DIR, `${name}.schema.json`)).json as object);
    validators.set(name, validate);
  }
  return validate;
}
