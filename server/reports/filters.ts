/**
 * Reads the quality report's query parameters into a QualityQuery the caller may ask, or refuses:
 * 400 naming the parameter for anything malformed or unknown, 403 naming it for a region or location
 * outside the regions the caller reports on. A caller sees only sending locations in their regions.
 */
import { REPORT_GROUPINGS, type QualityQuery, type ReportGrouping } from '../../engine/reports/types.ts';
import type { Principal } from '../auth/principal.ts';
import type { FormsRegistry } from '../forms-registry.ts';
import { badRequest, fieldProblem, HttpError, words } from '../http/errors.ts';
import { LANGUAGE_PARAMETER } from '../i18n/language.ts';

const PARAMETERS = ['form', 'from', 'to', 'by', 'region', 'location', 'version'] as const;
type Parameter = (typeof PARAMETERS)[number];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

type Params = Record<string, string>;
const problem = (field: string, key: string, params: Params) => words(`api.report.${key}`, { field, ...params });
const refuse = (field: string, key: string, params: Params = {}) => badRequest(problem(field, key, params), [fieldProblem(field, problem(field, key, params))]);
const outside = (field: string, key: string, params: Params) => new HttpError(403, 'forbidden', problem(field, key, params), { fields: [fieldProblem(field, problem(field, key, params))] });

export function isRealDay(value: string): boolean {
  return DAY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** The single string value of each known parameter; refuses unknown and repeated ones. */
export function readParameters(query: Record<string, unknown>, allowed: readonly string[] = PARAMETERS): Partial<Record<Parameter, string>> {
  const values: Partial<Record<Parameter, string>> = {};
  for (const [name, value] of Object.entries(query)) {
    // ?lang= is the language of the answer, which every operation takes (server/i18n/language.ts).
    if (name === LANGUAGE_PARAMETER) continue;
    if (!allowed.includes(name)) throw refuse(name, 'notParameter', { allowed: allowed.join(', ') });
    if (typeof value !== 'string') throw refuse(name, 'once');
    values[name as Parameter] = value;
  }
  return values;
}

/** The caller's regions, or 403 when they report on none. */
export function callerRegions(principal: Principal): string[] {
  const regions = principal.regions ?? [];
  if (regions.length === 0) throw new HttpError(403, 'forbidden', words('api.reports.noRegion'));
  return regions;
}

export function qualityQuery(forms: FormsRegistry, principal: Principal, query: Record<string, unknown>): QualityQuery {
  const p = readParameters(query);
  const regions = callerRegions(principal);
  if (p.form === undefined || p.form === '') throw refuse('form', 'formRequired', { forms: forms.list().map((f) => f.name).join(', ') });
  const form = forms.list().find((f) => f.name === p.form);
  if (!form) throw refuse('form', 'notForm', { value: p.form, forms: forms.list().map((f) => f.name).join(', ') });
  const by = (p.by ?? 'region') as ReportGrouping;
  if (!REPORT_GROUPINGS.includes(by)) throw refuse('by', 'notGrouping', { value: String(p.by), groupings: REPORT_GROUPINGS.join(', ') });
  for (const name of ['from', 'to'] as const) {
    const day = p[name];
    if (day !== undefined && !isRealDay(day)) throw refuse(name, 'notDay', { value: day });
  }
  if (p.from !== undefined && p.to !== undefined && p.from > p.to) throw refuse('from', 'fromAfterTo', { from: p.from, to: p.to });
  if (p.version !== undefined && !form.versions.includes(p.version)) throw refuse('version', 'notVersion', { value: p.version, form: form.name, versions: form.versions.join(', ') });
  let inScope = regions;
  if (p.region !== undefined) {
    if (!forms.regions.some((r) => r.code === p.region)) throw refuse('region', 'notRegion', { value: p.region, regions: forms.regions.map((r) => r.code).join(', ') });
    if (!regions.includes(p.region)) throw outside('region', 'notYourRegion', { value: p.region, regions: regions.join(', ') });
    inScope = [p.region];
  }
  let locations = forms.locations.filter((l) => inScope.includes(l.region)).map((l) => l.code);
  if (p.location !== undefined) {
    const location = forms.location(p.location);
    if (!location) throw refuse('location', 'notLocation', { value: p.location });
    if (!regions.includes(location.region)) throw outside('location', 'locationOutside', { value: p.location, regions: regions.join(', ') });
    locations = locations.filter((code) => code === p.location);
  }
  return {
    form: form.name, by, locations,
    ...(p.from !== undefined ? { from: p.from } : {}),
    ...(p.to !== undefined ? { to: p.to } : {}),
    ...(p.version !== undefined ? { version: p.version } : {}),
  };
}
