/**
 * Quality-check scores in a report's scope, grouped as the quality report groups its rows (region,
 * sending location, version, month or all), each group tallied per choice question of the rubric.
 * Scores are few (people make them), so they are read and summed here; groups with fewer scored
 * records than the minimum count carry no tallies. Groups, questions and choices are named in the
 * reader's language (the rubric's translation); codes and counts are the same in every language.
 */
import { tallyScores, type ChoiceTally } from '../../engine/reports/scores.ts';
import type { QualityQuery } from '../../engine/reports/types.ts';
import type { AppContext } from '../app-context.ts';
import type { QualityScore } from '../store/quality-checks.ts';
import type { Translate } from '../../engine/i18n/translator.ts';
import { reportLabels } from '../reports/labels.ts';
import { groupLabel } from '../reports/quality.ts';
import { currentRubric, qualityCheckSettings } from './settings.ts';

export type ScoreGroup =
  | { group: string; label: string; suppressed: false; scored: number; tallies: ChoiceTally[] }
  | { group: string; label: string; suppressed: true; scored: string };

export async function scoreGroups(context: AppContext, query: QualityQuery, reader: { language: string; t: Translate }): Promise<ScoreGroup[]> {
  const settings = qualityCheckSettings(context.config.formsDir, context.forms);
  if (!settings) return [];
  const minCount = context.config.reportMinCount;
  const scores = await context.store.scores({ form: query.form, locations: query.locations ?? [], ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}) });
  const keyOf = (s: QualityScore) => {
    switch (query.by) {
      case 'region': return context.forms.location(s.record.location)?.region ?? s.record.location;
      case 'location': return s.record.location;
      case 'version': return s.record.version;
      case 'month': return s.record.moveDate.slice(0, 7);
      default: return 'all';
    }
  };
  const groups = new Map<string, QualityScore[]>();
  for (const score of scores) {
    if (query.version !== undefined && score.record.version !== query.version) continue;
    groups.set(keyOf(score), [...(groups.get(keyOf(score)) ?? []), score]);
  }
  // Answers are tallied by key against today's rubric: a question an older rubric version also asked counts both.
  const current = currentRubric(context.forms, settings);
  const rubric = (context.forms.localised(current.name, current.version, reader.language) ?? current).compiled.model;
  const labels = reportLabels(context, query, reader.language, reader.t);
  return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([group, list]): ScoreGroup => {
    const label = labels.group(group, groupLabel(context.forms, query.by, group));
    if (list.length < minCount) return { group, label, suppressed: true, scored: reader.t('reports.fewerThan', { min: minCount }) };
    return { group, label, suppressed: false, scored: list.length, tallies: tallyScores(rubric, list.map((s) => s.answers), reader.t) };
  });
}
