/**
 * GET /api/reports/pilots/{form}/{rule}: the pilot against the default version elsewhere in the same
 * period, and against the same locations before it began. The store sums each group inside the
 * database; the engine compares them (engine/reports/compare.ts). The pilot counts only its locations
 * in the caller's regions; "elsewhere" is every other location, shown only as one group's totals.
 */
import { compareGroups, type GroupFacts, type MeasureComparison, type Side } from '../../engine/reports/compare.ts';
import { planPilot, PilotPlanError, type GroupQuery, type Period } from '../../engine/reports/pilot.ts';
import { matchQuestions, type AskedQuestion } from '../../engine/reports/questions.ts';
import { ruleDescription } from '../../engine/rollout.ts';
import type { AppContext } from '../app-context.ts';
import { badRequest, fieldProblem, HttpError, words } from '../http/errors.ts';
import { groupSums } from './quality.ts';
import { measureLabel, verdictText } from './pilot-words.ts';
import type { Translate } from '../../engine/i18n/translator.ts';

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

const refuse = (field: string, message: string) => badRequest(message, [{ field, message }]);


export async function pilotComparison(context: AppContext, regions: string[], form: string, ruleParameter: string, period: { from?: string; to?: string }, reader: { language: string; t: Translate }): Promise<PilotComparison> {
  const { language, t } = reader;
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
  const sideIn = (side: Side): Side => (side.suppressed ? { ...side, denominator: t('reports.fewerThan', { min: minCount }) } : side);
  const started = (facts: GroupFacts) => (facts.totals.started < minCount ? t('reports.fewerThan', { min: minCount }) : facts.totals.started);
  const pilotVersion = forms.localised(form, plan.rule.version, language)!.compiled.model;
  const defaultVersion = forms.localised(form, plan.defaultVersion, language)!.compiled.model;
  const questions = matchQuestions(pilotVersion, defaultVersion);
  const pilotFacts = await factsOf({ ...plan.pilot, locations: covered });
  const pilotGroup = { label: t('reports.group.pilot', { version: plan.rule.version }), period: plan.period, started: started(pilotFacts) };

  const compare = async (against: Comparison['against'], query: GroupQuery): Promise<Comparison> => {
    const other = await factsOf(query);
    const than = t(`reports.than.${against}`);
    const measures = compareGroups(pilotFacts, other, questions.shared, minCount).map((m) => ({ ...m, label: measureLabel(m, t), first: sideIn(m.first), second: sideIn(m.second), verdictText: verdictText(m, minCount, than, t) }));
    return {
      against, title: t(`reports.comparison.${against}`), first: pilotGroup, second: { label: t(`reports.group.${against}`, { version: plan.defaultVersion }), period: { from: query.from, to: query.to }, started: started(other) }, measures,
      questions: { shared: questions.shared.length, onlyFirst: questions.onlyFirst, onlySecond: questions.onlySecond },
    };
  };
  const comparisons = [await compare('rest', plan.rest)];
  const notes: string[] = [];
  if (plan.before) {
    comparisons.push(await compare('before', { ...plan.before, locations: covered }));
  } else {
    notes.push(t('reports.pilot.noBefore'));
  }
  const description = ruleDescription(plan.rule, language);
  const places = forms.locationsIn(language).locations;
  return {
    form, rule: plan.index, version: plan.rule.version, defaultVersion: plan.defaultVersion, ...(description ? { description } : {}),
    locations: covered.map((code) => ({ code, name: places.find((place) => place.code === code)?.name ?? code })), period: plan.period, minCount, comparisons, notes,
  };
}
