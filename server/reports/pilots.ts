/**
 * The pilots a forum can evaluate: every rollout rule (forms/rollout.json) touching the caller's
 * regions, with how many records its version has at its locations since it began (suppressed when few).
 */
import type { AppContext } from '../app-context.ts';
import { ruleLocations as locationsOfRule } from '../../engine/reports/pilot.ts';
import { ruleDescription, type RolloutRule } from '../../engine/rollout.ts';

export interface PilotSummary {
  form: string;
  /** Position of the rule in the form's rollout rules: /api/reports/pilots/{form}/{rule}. */
  rule: number;
  version: string;
  defaultVersion: string;
  /** In the reader's language when the rule has it there, else English. */
  description?: string;
  regions: string[];
  /** Sending locations the rule covers, within the caller's regions. */
  locations: string[];
  from?: string;
  until?: string;
  /** Records on the pilot version at those locations in the pilot's period; "fewer than N" when few. */
  records: number | string;
}

/** Sending locations a rule covers, matched as the rollout matches them (engine/reports/pilot.ts). */
export function ruleLocations(context: AppContext, when: RolloutRule['when']): string[] {
  return locationsOfRule({ version: '', when }, context.forms.locations);
}

export async function pilotList(context: AppContext, regions: string[], language: string): Promise<PilotSummary[]> {
  const { forms, store, config } = context;
  const pilots: PilotSummary[] = [];
  for (const [form, rollout] of Object.entries(forms.rollout().forms)) {
    for (const [rule, entry] of rollout.rules.entries()) {
      const { version, when } = entry;
      const description = ruleDescription(entry, language);
      const locations = ruleLocations(context, when).filter((code) => regions.includes(forms.location(code)!.region));
      if (locations.length === 0) continue;
      const answer = await store.reportFacts({ form, by: 'all', version, locations, ...(when.from ? { from: when.from } : {}), ...(when.until ? { to: when.until } : {}) });
      const count = answer.totals[0]?.started ?? 0;
      pilots.push({
        form, rule, version, defaultVersion: rollout.default, ...(description ? { description } : {}),
        regions: [...new Set(locations.map((code) => forms.location(code)!.region))], locations,
        ...(when.from ? { from: when.from } : {}), ...(when.until ? { until: when.until } : {}),
        records: count < config.reportMinCount ? `fewer than ${config.reportMinCount}` : count,
      });
    }
  }
  return pilots;
}
