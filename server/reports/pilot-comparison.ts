/**
 * GET /api/reports/pilots/{form}/{rule}: the pilot against the default version elsewhere in the same
 * period, and against the same locations before it began. The store sums each group inside the
 * database; the engine compares them (engine/reports/compare.ts). The pilot counts only its locations
 * in the caller's regions; "elsewhere" is every other location, shown only as one group's totals.
 */
import { compareGroups, type GroupFacts, type MeasureComparison } from '../../engine/reports/compare.ts';
import { planPilot, PilotPlanError, type GroupQuery, type Period } from '../../engine/reports/pilot.ts';
import { matchQuestions, type AskedQuestion } from '../../engine/reports/questions.ts';
import { ruleDescription } from '../../engine/rollout.ts';
import type { AppContext } from '../app-context.ts';
import { badRequest, fieldProblem, HttpError, words } from '../http/errors.ts';
import { groupSums } from './quality.ts';

export interface ComparedGroup {
  label: string;
  period: Period;
  /** Records started in the group; "fewer than N" when suppressed. */
  started: number | string;
}

export interface Comparison {
  against: 'rest' | 'before';
  title: string;
  first: ComparedGroup;
  second: ComparedGroup;
  measures: (MeasureComparison & { verdictText: string })[];
  questions: { shared: number; onlyFirst: AskedQuestion[]; onlySecond: AskedQuestion[] };
}

export interface PilotComparison {
  form: string;
  rule: number;
  version: string;
  defaultVersion: string;
  description?: string;
  locations: { code: string; name: string }[];
  period: Period;
  minCount: number;
  comparisons: Comparison[];
  /** Why a comparison is missing (a rule with no first day has no "before"). */
  notes: string[];
}

/** The note when a rule has no first day; pages show it in their own language. */
export const NO_BEFORE_NOTE = 'This rule has no first day, so there is no "before the pilot" to compare with.';

const refuse = (field: string, message: string) => badRequest(message, [{ field, message }]);

export function verdictText(measure: MeasureComparison, minCount: number, than: string): string {
  switch (measure.verdict) {
    case 'suppressed': return `Not compared: fewer than ${minCount} records on one side`;
    case 'noDetectableDifference': return 'No detectable difference';
    case 'higher': return `Higher on the pilot than ${than}`;
    case 'lower': return `Lower on the pilot than ${than}`;
  }
}

export async function pilotComparison(context: AppContext, regions: string[], form: string, ruleParameter: string, period: { from?: string; to?: string }, language: string): Promise<PilotComparison> {
  const { forms, store, config } = context;
  const rollout = Object.hasOwn(forms.rollout().forms, form) ? forms.rollout().forms[form] : undefined;
  if (!rollout) throw refuse('form', `form "${form}" is not a form: use one of ${Object.keys(forms.rollout().forms).join(', ')}`);
  if (!/^\d{1,4}$/.test(ruleParameter)) throw refuse('rule', `rule "${ruleParameter}" must be the number of a rollout rule of ${form}, counted from 0`);
  const mine = new Set(forms.locations.filter((l) => regions.includes(l.region)).map((l) => l.code));
  let plan;
  try {
    plan = planPilot(form, rollout, Number(ruleParameter), forms.locations, { ...period, today: new Date().toISOString().slice(0, 10) });
  } catch (error) {
    if (error instanceof PilotPlanError) throw refuse(error.parameter, error.message);
    throw error;
  }
  const covered = plan.locations.filter((code) => mine.has(code));
  if (covered.length === 0) {
    const outside = words('api.report.ruleOutside', { rule: plan.index, form });
    throw new HttpError(403, 'forbidden', outside, { fields: [fieldProblem('rule', outside)] });
  }

  const minCount = config.reportMinCount;
  const factsOf = async (query: GroupQuery): Promise<GroupFacts> => {
    const [sums] = groupSums(forms, 'all', await store.reportFacts({ ...query, by: 'all' }));
    return sums ?? { totals: { started: 0, confirmed: 0, cancelled: 0, confirmedBeforeMove: 0, handovers: 0, handoversAllRedFlagsAcknowledged: 0, redFlagsAdded: 0, prefilledAnswers: 0, prefilledAnswersChanged: 0, answersAmendedAfterComplete: 0 }, minutes: [], counts: [] };
  };
  const started = (facts: GroupFacts) => (facts.totals.started < minCount ? `fewer than ${minCount}` : facts.totals.started);
  const pilotVersion = forms.get(form, plan.rule.version)!.compiled.model;
  const defaultVersion = forms.get(form, plan.defaultVersion)!.compiled.model;
  const questions = matchQuestions(pilotVersion, defaultVersion);
  const pilotFacts = await factsOf({ ...plan.pilot, locations: covered });
  const pilotGroup = { label: `Pilot: version ${plan.rule.version} at its locations`, period: plan.period, started: started(pilotFacts) };

  const compare = async (against: Comparison['against'], query: GroupQuery, title: string, label: string, than: string): Promise<Comparison> => {
    const other = await factsOf(query);
    const measures = compareGroups(pilotFacts, other, questions.shared, minCount).map((m) => ({ ...m, verdictText: verdictText(m, minCount, than) }));
    return {
      against, title, first: pilotGroup, second: { label, period: { from: query.from, to: query.to }, started: started(other) }, measures,
      questions: { shared: questions.shared.length, onlyFirst: questions.onlyFirst, onlySecond: questions.onlySecond },
    };
  };
  const comparisons = [await compare('rest', plan.rest, 'Pilot against the default version elsewhere', `Version ${plan.defaultVersion} elsewhere`, 'elsewhere')];
  const notes: string[] = [];
  if (plan.before) {
    comparisons.push(await compare('before', { ...plan.before, locations: covered }, 'Pilot against the same locations before it began', 'The same locations before the pilot', 'before it'));
  } else {
    notes.push(NO_BEFORE_NOTE);
  }
  const description = ruleDescription(plan.rule, language);
  const places = forms.locationsIn(language).locations;
  return {
    form, rule: plan.index, version: plan.rule.version, defaultVersion: plan.defaultVersion, ...(description ? { description } : {}),
    locations: covered.map((code) => ({ code, name: places.find((place) => place.code === code)?.name ?? code })), period: plan.period, minCount, comparisons, notes,
  };
}
