/**
 * The quality report: asks the store for sums per group (inside the database), then lets the engine
 * turn them into rows. Callers check access and filters first (server/reports/filters.ts); the pilot
 * comparison calls this too, with its own locations, versions and periods.
 */
import { qualityRow, type GroupSums, type RowContext } from '../../engine/reports/rows.ts';
import type { QualityQuery, QualityReport } from '../../engine/reports/types.ts';
import { formatDate } from '../../engine/display.ts';
import type { GroupModel } from '../../engine/model.ts';
import type { AppContext } from '../app-context.ts';
import type { FormsRegistry } from '../forms-registry.ts';
import type { FactAnswer, FactGrouping } from '../store/report-types.ts';
import { reportSettings } from './settings.ts';

/** Every question's title by pointer "/section/key", follow-ups included. */
export function groupQuestions(group: GroupModel, section: string, into: Map<string, string>): void {
  for (const question of group.questions) into.set(`/${section}/${question.key}`, question.title);
  for (const rule of group.rules) groupQuestions(rule.then, section, into);
}

/** Questions and event types of the versions in scope, newest wording last so it wins. */
export function rowContext(forms: FormsRegistry, form: string, version: string | undefined, minCount: number): RowContext {
  const versions = (forms.list().find((f) => f.name === form)?.versions ?? []).filter((v) => version === undefined || v === version);
  const questions = new Map<string, string>();
  const eventTypes = new Set<string>();
  for (const v of versions) {
    const compiled = forms.get(form, v)!.compiled;
    for (const section of compiled.model.sections) groupQuestions(section, section.key, questions);
    for (const type of compiled.model.settings.eventTypes ?? []) eventTypes.add(type.const);
  }
  return { minCount, questions: [...questions].map(([pointer, label]) => ({ pointer, label })), eventTypes: [...eventTypes] };
}

export function groupLabel(forms: FormsRegistry, by: QualityQuery['by'], group: string): string {
  switch (by) {
    case 'region': return forms.regions.find((r) => r.code === group)?.name ?? group;
    case 'location': return forms.location(group)?.name ?? group;
    case 'month': return formatDate(`${group}-01`).replace(/^1 /, '');
    case 'all': return 'All records';
    default: return group;
  }
}

/** One GroupSums per group the store answered, regions folded from their sending locations (summed in place: answers can be long). */
export function groupSums(forms: FormsRegistry, by: QualityQuery['by'], answer: FactAnswer): GroupSums[] {
  const byGroup = new Map<string, GroupSums>();
  const sumsOf = (group: string): GroupSums => {
    const key = by === 'region' ? forms.location(group)?.region ?? group : group;
    let sums = byGroup.get(key);
    if (!sums) {
      sums = { group: key, label: groupLabel(forms, by, key), totals: { started: 0, confirmed: 0, cancelled: 0, confirmedBeforeMove: 0, handovers: 0, handoversAllRedFlagsAcknowledged: 0, redFlagsAdded: 0, prefilledAnswers: 0, prefilledAnswersChanged: 0, answersAmendedAfterComplete: 0 }, minutes: [], counts: [] };
      byGroup.set(key, sums);
    }
    return sums;
  };
  for (const { group, ...totals } of answer.totals) {
    const into = sumsOf(group).totals;
    for (const key of Object.keys(into) as (keyof typeof into)[]) into[key] += totals[key];
  }
  for (const m of answer.minutes) sumsOf(m.group).minutes.push({ value: m.minutes, n: m.n });
  for (const c of answer.counts) sumsOf(c.group).counts.push(c);
  return [...byGroup.values()].sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
}

export async function qualityReport(context: AppContext, query: QualityQuery): Promise<QualityReport> {
  const { store, forms, config } = context;
  const by: FactGrouping = query.by === 'region' ? 'location' : query.by;
  const answer = await store.reportFacts({ ...query, by });
  const shape = rowContext(forms, query.form, query.version, config.reportMinCount);
  const rows = groupSums(forms, query.by, answer).map((sums) => qualityRow(sums, shape));
  return {
    form: query.form,
    by: query.by,
    minCount: config.reportMinCount,
    thinDetailCharacters: reportSettings(config.formsDir).thinDetailCharacters,
    rows,
  };
}
