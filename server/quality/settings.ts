/**
 * The qualitative-check settings (`<FORMS_DIR>/quality-check.json`, shape in
 * forms/schemas/quality-check.schema.json): the rubric form a sampled record is scored with, which
 * forms' records may be sampled, and the largest sample. Read once per forms folder; a wrong file, or
 * a rubric or form the registry does not hold, stops the server naming the field.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAjv } from '../../engine/ajv.ts';
import { plainAjvErrors } from '../../engine/check/plain-ajv-error.ts';
import type { FormsRegistry, FormVersion } from '../forms-registry.ts';

export interface QualityCheckSettings {
  rubric: string;
  forms: string[];
  maxSampleSize: number;
}

const SCHEMA = fileURLToPath(new URL('../../forms/schemas/quality-check.schema.json', import.meta.url));
const loaded = new Map<string, QualityCheckSettings | null>();

/** The settings, or null when the forms folder has no quality-check.json (then there are no qualitative checks). */
export function qualityCheckSettings(formsDir: string, forms: FormsRegistry): QualityCheckSettings | null {
  if (loaded.has(formsDir)) return loaded.get(formsDir)!;
  const path = join(formsDir, 'quality-check.json');
  let settings: QualityCheckSettings | null = null;
  if (existsSync(path)) {
    const data = JSON.parse(readFileSync(path, 'utf8')) as QualityCheckSettings;
    const validate = createAjv({ verbose: true }).compile(JSON.parse(readFileSync(SCHEMA, 'utf8')) as object);
    const problems = validate(data) ? [] : plainAjvErrors(validate.errors, '', 'quality-check');
    const known = new Set(forms.list().map((f) => f.name));
    if (problems.length === 0) {
      if (!known.has(data.rubric)) problems.push({ pointer: '/rubric', message: `"${data.rubric}" is not a form in rollout.json` });
      data.forms.forEach((form, i) => { if (!known.has(form)) problems.push({ pointer: `/forms/${i}`, message: `"${form}" is not a form in rollout.json` }); });
    }
    if (problems.length) throw new Error(`${path} is not valid:\n${problems.map((p) => `  ${path}#${p.pointer}: ${p.message}`).join('\n')}`);
    settings = data;
  }
  loaded.set(formsDir, settings);
  return settings;
}

/** The version of the rubric a new score is given on: the one the rollout gives by default. */
export function currentRubric(forms: FormsRegistry, settings: QualityCheckSettings): FormVersion {
  return forms.get(settings.rubric, forms.rollout().forms[settings.rubric]!.default)!;
}
