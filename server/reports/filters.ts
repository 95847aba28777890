/**
 * Reads the quality report's query parameters into a QualityQuery the caller may ask, or refuses:
 * 400 naming the parameter for anything malformed or unknown, 403 naming it for a region or location
 * outside the regions the caller reports on. A caller sees only sending locations in their regions.
 */
import { REPORT_GROUPINGS, type QualityQuery, type ReportGrouping } from '../../engine/reports/types.ts';
import type { Principal } from '../auth/principal.ts';
import type { FormsRegistry } from '../forms-registry.ts';
import { badRequest, HttpError, words } from '../http/errors.ts';

const PARAMETERS = ['form', 'from', 'to', 'by', 'region', 'location', 'version'] as const;
type Parameter = (typeof PARAMETERS)[number];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const refuse = (field: string, message: string) => badRequest(`${field} ${message}`, [{ field, message: `${field} ${message}` }]);
const outside = (field: string, message: string) => new HttpError(403, 'forbidden', `${field} ${message}`, { fields: [{ field, message: `${field} ${message}` }] });

export function isRealDay(value: string): boolean {
  return DAY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** The single string value of each known parameter; refuses unknown and repeated ones. */
export function readParameters(query: Record<string, unknown>, allowed: readonly string[] = PARAMETERS): Partial<Record<Parameter, string>> {
  const values: Partial<Record<Parameter, string>> = {};
  for (const [name, value] of Object.entries(query)) {
    if (!allowed.includes(name)) throw refuse(name, `is not a parameter of this report: use ${allowed.join(', ')}`);
    if (typeof value !== 'string') throw refuse(name, 'must be given once, as text');
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
  if (p.form === undefined || p.form === '') throw refuse('form', `is required: use one of ${forms.list().map((f) => f.name).join(', ')}`);
  const form = forms.list().find((f) => f.name === p.form);
  if (!form) throw refuse('form', `"${p.form}" is not a form: use one of ${forms.list().map((f) => f.name).join(', ')}`);
  const by = (p.by ?? 'region') as ReportGrouping;
  if (!REPORT_GROUPINGS.includes(by)) throw refuse('by', `"${p.by}" is not a grouping: use one of ${REPORT_GROUPINGS.join(', ')}`);
  for (const name of ['from', 'to'] as const) {
    const day = p[name];
    if (day !== undefined && !isRealDay(day)) throw refuse(name, `"${day}" must be a real date, like 2026-12-01`);
  }
  if (p.from !== undefined && p.to !== undefined && p.from > p.to) throw refuse('from', `${p.from} is after to (${p.to})`);
  if (p.version !== undefined && !form.versions.includes(p.version)) throw refuse('version', `"${p.version}" is not a version of ${form.name}: use one of ${form.versions.join(', ')}`);
  let inScope = regions;
  if (p.region !== undefined) {
    if (!forms.regions.some((r) => r.code === p.region)) throw refuse('region', `"${p.region}" is not a region: use one of ${forms.regions.map((r) => r.code).join(', ')}`);
    if (!regions.includes(p.region)) throw outside('region', `"${p.region}" is not a region you report on (${regions.join(', ')})`);
    inScope = [p.region];
  }
  let locations = forms.locations.filter((l) => inScope.includes(l.region)).map((l) => l.code);
  if (p.location !== undefined) {
    const location = forms.location(p.location);
    if (!location) throw refuse('location', `"${p.location}" is not a location code`);
    if (!regions.includes(location.region)) throw outside('location', `"${p.location}" is not in a region you report on (${regions.join(', ')})`);
    locations = locations.filter((code) => code === p.location);
  }
  return {
    form: form.name, by, locations,
    ...(p.from !== undefined ? { from: p.from } : {}),
    ...(p.to !== undefined ? { to: p.to } : {}),
    ...(p.version !== undefined ? { version: p.version } : {}),
  };
}
