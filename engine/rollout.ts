/**
 * Which version of a form a new record gets. The rules are data (forms/rollout.json, shape in
 * forms/schemas/rollout.schema.json): per form, the first rule matching the sending location and the date
 * of the move wins, otherwise the default. No code knows which version is being piloted where.
 */

/** One of the kinds forms/schemas/locations.schema.json lists (data, checked when the server starts). */
export type LocationKind = string;

export interface Region {
  code: string;
  name: string;
}

export interface Location {
  code: string;
  name: string;
  kind: LocationKind;
  /** Code of one of the regions. */
  region: string;
}

/** forms/locations.json */
export interface Locations {
  regions: Region[];
  locations: Location[];
}

export interface RolloutRule {
  version: string;
  description?: string;
  /** The description in the other languages, by language code (e.g. { "cy": "…" }): forums read pilots in their own. */
  descriptions?: Partial<Record<string, string>>;
  when: {
    regions?: string[];
    locations?: string[];
    /** First day the rule applies (YYYY-MM-DD). */
    from?: string;
    /** Last day the rule applies (YYYY-MM-DD). */
    until?: string;
  };
}

/** A rule's description in `language`, else its English one (undefined when it has neither). */
export function ruleDescription(rule: Pick<RolloutRule, 'description' | 'descriptions'>, language: string): string | undefined {
  const own = rule.descriptions && Object.hasOwn(rule.descriptions, language) ? rule.descriptions[language] : undefined;
  return own ?? rule.description;
}

export interface FormRollout {
  default: string;
  rules: RolloutRule[];
}

/** forms/rollout.json */
export interface Rollout {
  forms: Record<string, FormRollout>;
}

const DAY = /^(\d{4}-\d{2}-\d{2})(T.*)?$/;

/**
 * The version of `form` for a move leaving `fromLocationCode` on `date` ("2026-12-01", or an ISO
 * date-time whose date is taken as written). Throws when the form, the location or the date is unknown.
 */
export function chooseVersion(rollout: Rollout, locations: Locations, form: string, fromLocationCode: string, date: string): string {
  if (!Object.hasOwn(rollout.forms, form)) {
    throw new Error(`No rollout for form "${form}": add it to forms/rollout.json`);
  }
  const location = locations.locations.find((l) => l.code === fromLocationCode);
  if (!location) throw new Error(`Unknown location "${fromLocationCode}": it is not in forms/locations.json`);
  const day = DAY.exec(date)?.[1];
  if (!day) throw new Error(`Date of the move "${date}" must look like 2026-12-01`);
  const { rules, default: fallback } = rollout.forms[form];
  return rules.find((rule) => matches(rule, location, day))?.version ?? fallback;
}

function matches({ when }: RolloutRule, location: Location, day: string): boolean {
  if (when.from !== undefined && day < when.from) return false;
  if (when.until !== undefined && day > when.until) return false;
  if (when.regions === undefined && when.locations === undefined) return true;
  return (when.regions?.includes(location.region) ?? false) || (when.locations?.includes(location.code) ?? false);
}
