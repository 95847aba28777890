/**
 * The report settings (`<FORMS_DIR>/reports.json`, shape in forms/schemas/reports.schema.json): who may
 * read reports and the activity log, and the thin-details threshold. This is the one place the server
 * decides who reads reports. Without the file nobody may, and details are thin under 20 characters.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAjv } from '../../engine/ajv.ts';
import { plainAjvErrors } from '../../engine/check/plain-ajv-error.ts';
import { ROLES, type Role } from '../../engine/vocabulary/roles.ts';
import type { Principal } from '../auth/principal.ts';

export interface ReportSettings {
  readRoles: Role[];
  activityRoles: Role[];
  thinDetailCharacters: number;
}

const DEFAULTS: ReportSettings = { readRoles: [], activityRoles: [], thinDetailCharacters: 20 };
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
    [...data.readRoles, ...data.activityRoles].forEach((role) => {
      if (!(ROLES as readonly string[]).includes(role)) problems.push({ pointer: '/readRoles', message: `"${role}" is not a role: use one of ${ROLES.join(', ')}` });
    });
    if (problems.length) throw new Error(`${path} is not valid:\n${problems.map((p) => `  ${path}#${p.pointer}: ${p.message}`).join('\n')}`);
    settings = data;
  }
  loaded.set(formsDir, settings);
  return settings;
}

export const mayReadReports = (settings: ReportSettings, principal: Principal) => principal.roles.some((r) => settings.readRoles.includes(r));
export const mayReadActivity = (settings: ReportSettings, principal: Principal) => principal.roles.some((r) => settings.activityRoles.includes(r));
