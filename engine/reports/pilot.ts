/**
 * Which records a pilot comparison counts, from the rollout rule alone: the pilot is the rule's version
 * sent from the rule's locations in the period; "the rest" is the default version sent from anywhere
 * else in the same period; "before" is the same locations over the same number of days just before the
 * rule's first day. Pure: the server asks the store for each group's facts.
 */
import type { FormRollout, Location, RolloutRule } from '../rollout.ts';

export interface Period {
  /** YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
}

export interface GroupQuery extends Period {
  form: string;
  version?: string;
  locations?: string[];
  excludeLocations?: string[];
}

export interface PilotPlan {
  index: number;
  rule: RolloutRule;
  defaultVersion: string;
  /** Sending locations the rule covers (its regions' locations and its own), in locations.json order. */
  locations: string[];
  period: Period;
  pilot: GroupQuery;
  rest: GroupQuery;
  /** Absent when the rule has no first day: there is no "before". */
  before?: GroupQuery;
}

export class PilotPlanError extends Error {
  constructor(readonly parameter: string, message: string) {
    super(message);
  }
}

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
const dayOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

export function ruleLocations(rule: RolloutRule, locations: Location[]): string[] {
  const { regions, locations: codes } = rule.when;
  if (regions === undefined && codes === undefined) return locations.map((l) => l.code);
  return locations.filter((l) => (regions?.includes(l.region) ?? false) || (codes?.includes(l.code) ?? false)).map((l) => l.code);
}

/**
 * The groups of rule `index` of `form`'s rollout. The period is the rule's days, narrowed by `from`/`to`
 * when given; without `to`, a rule with no last day runs to `today` (planned moves may lie beyond it). Throws PilotPlanError naming the parameter.
 */
export function planPilot(form: string, rollout: FormRollout, index: number, locations: Location[], options: { from?: string; to?: string; today: string }): PilotPlan {
  const rule = rollout.rules[index];
  if (!rule) throw new PilotPlanError('rule', `rule must be the number of one of the ${rollout.rules.length} rollout rules of ${form}, counted from 0`);
  const from = [options.from, rule.when.from].filter((d): d is string => d !== undefined).sort().at(-1);
  const to = [options.to ?? (rule.when.until === undefined ? options.today : undefined), rule.when.until].filter((d): d is string => d !== undefined).sort()[0]!;
  if (from === undefined) throw new PilotPlanError('from', 'from is required: this rule has no first day to start the comparison from');
  if (from > to) throw new PilotPlanError('from', `from (${from}) is after the end of the period (${to})`);
  const covered = ruleLocations(rule, locations);
  const period = { from, to };
  const plan: PilotPlan = {
    index, rule, defaultVersion: rollout.default, locations: covered, period,
    pilot: { form, version: rule.version, locations: covered, ...period },
    rest: { form, version: rollout.default, excludeLocations: covered, ...period },
  };
  if (rule.when.from !== undefined) {
    const start = dayNumber(rule.when.from);
    const days = dayNumber(to) - dayNumber(from) + 1;
    plan.before = { form, locations: covered, from: dayOf(start - days), to: dayOf(start - 1) };
  }
  return plan;
}
