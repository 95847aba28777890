/**
 * The report settings (`<FORMS_DIR>/reports.json`, shape in forms/schemas/reports.schema.json): the
 * thin-details threshold; without the file, details are thin under 20 characters. Who reads reports is
 * the "reports" privilege in forms/roles.json, decided in reports/audited.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAjv } from '../../engine/ajv.ts';
import { plainAjvErrors } from '../../engine/check/plain-ajv-error.ts';

export interface ReportSettings {
  thinDetailCharacters: number;
}

const DEFAULTS: ReportSettings = { thinDetailCharacters: 20 };
const SCHEMA = fileURLToPath(new URL('../../forms/schemas/reports.schema.json', import.meta.url));
const loaded = new Map<string, ReportSettings>();

/** Read once per forms folder (data never changes while the server runs); refuses a wrong file naming the field. */
export function reportSettings(formsDir: string): ReportSettings {
  const cached = loaded.get(formsDir);
  if (cached) return cached;
  const path = join(formsDir, 'reports.json');
  let settings = DEFAULTS;
  if (existsSync(path)) {
    const data = JSON.parse(readFileSync(path, 'utf8')) as ReportSettings;
    const validate = createAjv({ verbose: true }).compile(JSON.parse(readFileSync(SCHEMA, 'utf8')) as object);
    const problems = validate(data) ? [] : plainAjvErrors(validate.errors, '', 'reports');
    if (problems.length) throw new Error(`${path} is not valid:\n${problems.map((p) => `  ${path}#${p.pointer}: ${p.message}`).join('\n')}`);
    settings = data;
  }
  loaded.set(formsDir, settings);
  return settings;
}
