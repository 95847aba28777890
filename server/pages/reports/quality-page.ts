/**
 * The body of the forum's quality report page (/reports) and of its printable version for the steering
 * group (/reports/print): records by group, two charts each with a text summary and its data table,
 * flags and events, per-question measures, and the quality-check scores of the same groups.
 */
import { percent } from '../../../engine/reports/stats.ts';
import type { ScoreGroup } from '../../quality/score-groups.ts';
import type { QualityReport, QualityRow, ShownRow } from '../../../engine/reports/types.ts';
import { FLAG_LEVELS } from '../../../engine/vocabulary/x-flags.ts';
import { escapeHtml as e } from '../layout.ts';
import { barChart } from './charts.ts';
import { figure, table, type Table } from './html.ts';

export interface QualityPageData {
  report: QualityReport;
  /** The same query grouped as one row: the per-question table reads it. */
  overall: QualityRow | undefined;
  scores: ScoreGroup[];
  /** Event type code -> title from the definitions. */
  eventTitles: Map<string, string>;
  groupingLabel: string;
}

const DASH = '–';
const shown = (rows: QualityRow[]) => rows.filter((r): r is ShownRow => !r.suppressed);
const figureOr = (value: number | null, unit = '') => (value === null ? DASH : `${value}${unit}`);
const pct = (part: number, whole: number) => figureOr(percent(part, whole), '%');

function recordsTable(report: QualityReport, groupingLabel: string): string {
  const head = [groupingLabel, 'Started', 'Confirmed', 'Cancelled', 'Confirmed by the move date', 'Median minutes to confirm', '90th percentile minutes', 'Handovers', 'Every red flag acknowledged', 'Red flags added', 'Prefilled answers changed', 'Answers amended after complete'];
  const rows = report.rows.map((row) => (row.suppressed
    ? [row.label, row.started, ...Array<string>(head.length - 2).fill(DASH)]
    : [row.label, row.started, row.confirmed, row.cancelled, pct(row.confirmedBeforeMove, row.confirmed), figureOr(row.medianMinutesToConfirm), figureOr(row.p90MinutesToConfirm),
      row.handovers, pct(row.handoversAllRedFlagsAcknowledged, row.handovers), row.redFlagsAdded, pct(row.prefilledAnswersChanged, row.prefilledAnswers), row.answersAmendedAfterComplete]));
  return table({ caption: `Records by ${groupingLabel.toLowerCase()}`, head, rows, numeric: head.map((_, i) => i).slice(1) });
}

/** One bar chart over the shown groups, with what it says in words and its figures as a table. */
function chart(report: QualityReport, groupingLabel: string, name: string, unit: string, value: (row: ShownRow) => number | null, max?: number): string {
  const bars = shown(report.rows).flatMap((row) => {
    const v = value(row);
    return v === null ? [] : [{ label: row.label, value: v }];
  });
  const hidden = report.rows.length - bars.length;
  const words = (v: number) => `${v}${unit === '%' ? '%' : ` ${unit}`}`;
  const sorted = [...bars].sort((a, b) => b.value - a.value);
  const same = bars.length > 1 && sorted[0]!.value === sorted.at(-1)!.value;
  let summary = bars.length === 0 ? `${name}: no group has enough records to show.` : bars.length === 1 || same
    ? `${name}: ${same ? `every group ${words(bars[0]!.value)}` : `${bars[0]!.label}, ${words(bars[0]!.value)}`}.`
    : `${name}: highest ${sorted[0]!.label} (${words(sorted[0]!.value)}), lowest ${sorted.at(-1)!.label} (${words(sorted.at(-1)!.value)}).`;
  if (hidden > 0) summary += ` ${hidden} group${hidden === 1 ? '' : 's'} not shown: fewer than ${report.minCount} records, or none to measure.`;
  const data: Table = { caption: `${name}: figures`, head: [groupingLabel, unit === '%' ? 'Percent' : unit], rows: bars.map((b) => [b.label, words(b.value)]), numeric: [1] };
  return bars.length === 0 ? `<p class="govuk-body">${e(summary)}</p>` : figure(barChart(name, bars, unit, max), summary, data);
}

function flagsAndEvents(report: QualityReport, groupingLabel: string, eventTitles: Map<string, string>): string {
  const rows = shown(report.rows);
  const types = [...new Set(rows.flatMap((r) => Object.keys(r.eventsByType)))];
  const levelName = (level: string) => `${level[0]!.toUpperCase()}${level.slice(1)} flags`;
  const head = [groupingLabel, ...FLAG_LEVELS.map(levelName), ...types.map((t) => `Events: ${eventTitles.get(t) ?? t}`)];
  return table({
    caption: 'Flags raised and events recorded',
    head,
    rows: rows.map((r) => [r.label, ...FLAG_LEVELS.map((level) => r.flagsRaised[level]), ...types.map((t) => r.eventsByType[t] ?? 0)]),
    numeric: head.map((_, i) => i).slice(1),
  });
}

function questionsTable(overall: QualityRow | undefined, thinCharacters: number): string {
  if (!overall || overall.suppressed) return '<p class="govuk-body">Per-question measures need at least as many records as the minimum count.</p>';
  const asked = overall.questions.filter((q) => q.shown > 0 || q.details > 0 || q.prefilled > 0);
  const head = ['Question', 'Optional: answered when shown', `Details under ${thinCharacters} characters`, 'Prefilled: kept', 'Prefilled: changed'];
  return table({
    caption: 'Questions (all groups together)',
    head,
    rows: asked.map((q) => [q.label, q.shown ? `${figureOr(q.answeredPercent, '%')} of ${q.shown}` : DASH, q.details ? `${q.thinDetails} of ${q.details}` : DASH, q.prefilled ? q.prefillKept : DASH, q.prefilled ? q.prefillChanged : DASH]),
    numeric: [1, 2, 3, 4],
  });
}

function scoresTable(scores: ScoreGroup[], groupingLabel: string): string {
  if (scores.length === 0) return '<p class="govuk-body">No sampled record in these groups has been scored yet.</p>';
  const questions = scores.find((s) => !s.suppressed)?.tallies.map((t) => t.label) ?? [];
  return table({
    caption: 'Quality checks of sampled records',
    head: [groupingLabel, 'Records scored', ...questions],
    // A choice's words up to the first comma ("Yes", "Partly") keep the cells short; the form has the rest.
    rows: scores.map((s) => (s.suppressed
      ? [s.label, s.scored, ...questions.map(() => DASH)]
      : [s.label, s.scored, ...s.tallies.map((t) => t.choices.map((c) => `${c.label.split(',')[0]}: ${c.n}`).join('; '))])),
    numeric: [1],
  });
}

export function qualityReportBody({ report, overall, scores, eventTitles, groupingLabel }: QualityPageData): string {
  const total = shown(report.rows).reduce((n, r) => n + r.started, 0);
  const suppressed = report.rows.filter((r) => r.suppressed).length;
  return `
<p class="govuk-body">${e(`${report.rows.length} group${report.rows.length === 1 ? '' : 's'}, ${total} records started in the groups shown.`)}${suppressed ? e(` ${suppressed} group${suppressed === 1 ? ' has' : 's have'} fewer than ${report.minCount} records: ${suppressed === 1 ? 'its' : 'their'} figures are not shown.`) : ''}</p>
${recordsTable(report, groupingLabel)}
<h2 class="govuk-heading-m">Charts</h2>
${chart(report, groupingLabel, 'Confirmed by the end of the move date, percent of confirmed records', '%', (r) => percent(r.confirmedBeforeMove, r.confirmed), 100)}
${chart(report, groupingLabel, 'Median minutes from start to confirmation', 'minutes', (r) => r.medianMinutesToConfirm)}
${flagsAndEvents(report, groupingLabel, eventTitles)}
${questionsTable(overall, report.thinDetailCharacters)}
${scoresTable(scores, groupingLabel)}
<p class="govuk-body-s">Groups with fewer than ${report.minCount} records show no figures. How each measure is computed: docs/reports.md.</p>`;
}
