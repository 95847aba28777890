/** Reading this project's JSON data files, checked against forms/schemas/ before anything uses them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAjv } from '../engine/ajv.ts';
import { plainAjvErrors } from '../engine/check/plain-ajv-error.ts';

export function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read ${path}: ${(error as Error).message}`);
  }
}

/** The shapes of the data files are part of the format, so they come from this repository's forms/schemas. */
const SCHEMAS_DIR = fileURLToPath(new URL('../forms/schemas/', import.meta.url));

/** Reads `<dir>/<name>.json` and throws, naming the file and every wrong field, unless it matches forms/schemas/<name>.schema.json. */
export function readDataFile<T>(dir: string, name: string): T {
  const path = join(dir, `${name}.json`);
  const data = readJson(path);
  const validate = createAjv({ verbose: true }).compile(readJson(join(SCHEMAS_DIR, `${name}.schema.json`)) as object);
  if (!validate(data)) refuse(path, plainAjvErrors(validate.errors, '', name));
  return data as T;
}

export function refuse(path: string, problems: { pointer: string; message: string }[]): never {
  throw new Error(`${path} is not valid:\n${problems.map((p) => `  ${path}#${p.pointer}: ${p.message}`).join('\n')}`);
}
