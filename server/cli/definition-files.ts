import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { parseJsonText } from './json-text.ts';

/**
 * A JSON file found by the CLI. In a folder, a file is a form definition when its top level is an
 * object with "x-form", or its name is a version ("2.0.0.json", as in forms/<name>/<version>.json);
 * other JSON files (locations, rollout, their schemas) are skipped. A file named on the command
 * line is always treated as a definition.
 */
export interface DefinitionFile {
  path: string;
  /** The parsed JSON, or the reason it could not be read. */
  json?: unknown;
  error?: string;
}

export interface Found {
  definitions: DefinitionFile[];
  skipped: string[];
}

const VERSION_FILE = /^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?\.json$/;

export function findDefinitions(target: string): Found {
  if (!statSync(target).isDirectory()) return { definitions: [readJsonFile(target)], skipped: [] };
  const found: Found = { definitions: [], skipped: [] };
  for (const path of jsonFiles(target)) {
    const file = readJsonFile(path);
    if (VERSION_FILE.test(basename(path)) || file.error !== undefined || hasFormKeyword(file.json)) found.definitions.push(file);
    else found.skipped.push(path);
  }
  return found;
}

function hasFormKeyword(json: unknown): boolean {
  return typeof json === 'object' && json !== null && !Array.isArray(json) && 'x-form' in json;
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules')
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return jsonFiles(path);
      return entry.isFile() && entry.name.endsWith('.json') ? [path] : [];
    });
}

export function readJsonFile(path: string): DefinitionFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { path, error: `cannot be read: ${(error as Error).message}` };
  }
  const parsed = parseJsonText(text);
  return parsed.error === undefined ? { path, json: parsed.json } : { path, error: parsed.error };
}

/**
 * Where the server expects a definition: forms/<name>/<version>.json. The convention applies when the
 * file sits two levels under a folder called "forms" or is named like a version; undefined otherwise.
 */
export function expectedPath(path: string, name: string, version: string): string | undefined {
  const inFormsLayout = basename(dirname(dirname(path))) === 'forms' || VERSION_FILE.test(basename(path));
  if (!inFormsLayout) return undefined;
  const expected = join(dirname(dirname(path)), name, `${version}.json`);
  return expected === join(path) ? undefined : expected;
}

export function displayPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown === '' || shown.startsWith(`..${sep}`) || shown === '..' ? path : shown;
}
