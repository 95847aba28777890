// Reads the committed data in forms/: every definition by form and version, locations and rollout.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locations, Rollout } from '../../engine/rollout.ts';
import { translationLanguageOf } from '../../engine/i18n/index.ts';

export const root = fileURLToPath(new URL('../..', import.meta.url));
/** The forms folder under test: FORMS_DIR when set (as the server reads it), else the committed forms/. */
export const formsDir = process.env.FORMS_DIR ? resolve(process.env.FORMS_DIR) : join(root, 'forms');

export function readJson<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export interface DefinitionFile {
  form: string;
  version: string;
  path: string;
  definition: Record<string, any>;
}

/**
 * A definition's file name: forms/<form>/<version>.json, not a translation beside it (<version>.cy.json);
 * folders of other data (schemas, locales) hold no such file, so they yield no form.
 */
export const isDefinitionFile = (file: string) => /^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?\.json$/.test(file) && translationLanguageOf(file) === undefined;

/** Every forms/<form>/<version>.json (the schemas folder holds data-file schemas, not forms). */
export function definitionFiles(): DefinitionFile[] {
  return readdirSync(formsDir)
    .filter((name) => name !== 'schemas' && statSync(join(formsDir, name)).isDirectory())
    .flatMap((form) => readdirSync(join(formsDir, form))
      .filter(isDefinitionFile)
      .map((file) => {
        const path = join(formsDir, form, file);
        return { form, version: file.replace(/\.json$/, ''), path, definition: readJson<Record<string, any>>(path) };
      }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

export function definition(form: string, version: string): Record<string, any> {
  return readJson(join(formsDir, form, `${version}.json`));
}

export const locations = (): Locations => readJson(join(formsDir, 'locations.json'));
export const rollout = (): Rollout => readJson(join(formsDir, 'rollout.json'));

/** The complete realistic record of a form version, test/fixtures/records/<form>-<version>.json. */
export function fixtureAnswers(form: string, version: string): Record<string, Record<string, any>> {
  return readJson(join(root, 'test', 'fixtures', 'records', `${form}-${version}.json`));
}

/** forms/quality-check.json: the rubric forms score sampled records with; it records no move. */
export const qualityCheck = (): { rubric: string; forms: string[]; maxSampleSize: number } => readJson(join(formsDir, 'quality-check.json'));

