/**
 * The body of the forum's quality report page (/reports) and of its printable version for the steering
 * group (/reports/print): records by group, two charts each with a text summary and its data table,
 * flags and events, per-question measures, and the quality-check scores of the same groups. Every word
 * comes from reports.json in the page's language; figures are written with Intl in that language.
 */
import { percent } from '../../../engine/reports/stats.ts';
import type { Translate } from '../../../engine/i18n/translator.ts';
import type { ScoreGroup } from '../../quality/score-groups.ts';
import type { QualityReport, QualityRow, ShownRow } from '../../../engine/reports/types.ts';
import { FLAG_LEVELS } from '../../../engine/vocabulary/x-flags.ts';
import { escapeHtml as e } from '../layout.ts';
import { barChart, type Axis } from './charts.ts';
import { figure, table, type Table } from './html.ts';

export interface QualityPageData {
  report: QualityReport;
  /** The same query grouped as one row: the per-question table reads it. */
  overall: QualityRow | undefined;
  scores: ScoreGroup[];
  /** Event type code -> title from the definitions. */
  eventTitles: Map<string, string>;
  groupingLabel: string;
  t: Translate;
}

const DASH = '–';
const shown = (rows: QualityRow[]) => rows.filter((r): r is ShownRow => !r.suppressed);
const figureOr = (value: number | null, unit = '') => (value === null ? DASH : `${value}${unit}`);
const pct = (part: number, whole: number) => figureOr(percent(part, whole), '%');

function recordsTable(report: QualityReport, groupingLabel: string, t: Translate): string {
  const head = [groupingLabel, ...['started', 'confirmed', 'cancelled', 'confirmedByMove', 'medianMinutes', 'p90Minutes', 'handovers', 'allAcknowledged', 'redFlagsAdded', 'prefillChanged', 'amended'].map((c) => t(`reports.col.${c}`))];
  const rows = report.rows.map((row) => (row.suppressed
    ? [row.label, row.started, ...Array<string>(head.length - 2).fill(DASH)]
    : [row.label, row.started, row.confirmed, row.cancelled, pct(row.confirmedBeforeMove, row.confirmed), figureOr(row.medianMinutesToConfirm), figureOr(row.p90MinutesToConfirm),
      row.handovers, pct(row.handoversAllRedFlagsAcknowledged, row.handovers), row.redFlagsAdded, pct(row.prefilledAnswersChanged, row.prefilledAnswers), row.answersAmendedAfterComplete]));
  return table({ caption: t('reports.records.caption', { grouping: groupingLabel.toLocaleLowerCase() }), head, rows, numeric: head.map((_, i) => i).slice(1) });
}

/** One bar chart over the shown groups, with what it says in words and its figures as a table. */
function chart(report: QualityReport, groupingLabel: string, name: string, axis: Axis, value: (row: ShownRow) => number | null, t: Translate, max?: number): string {
  const bars = shown(report.rows).flatMap((row) => {
    const v = value(row);
    return v === null ? [] : [{ label: row.label, value: v }];
  });
  const hidden = report.rows.length - bars.length;
  const words = axis.format;
  const sorted = [...bars].sort((a, b) => b.value - a.value);
  const same = bars.length > 1 && sorted[0]!.value === sorted.at(-1)!.value;
  let summary = bars.length === 0 ? t('reports.chart.none', { name }) : same ? t('reports.chart.every', { name, value: words(bars[0]!.value) })
    : bars.length === 1 ? t('reports.chart.one', { name, label: bars[0]!.label, value: words(bars[0]!.value) })
      : t('reports.chart.range', { name, high: sorted[0]!.label, highValue: words(sorted[0]!.value), low: sorted.at(-1)!.label, lowValue: words(sorted.at(-1)!.value) });
  if (hidden > 0) summary += ` ${t('reports.chart.hidden', { count: hidden, min: report.minCount })}`;
  const data: Table = { caption: t('reports.chart.figures', { name }), head: [groupingLabel, axis.title], rows: bars.map((b) => [b.label, words(b.value)]), numeric: [1] };
  return bars.length === 0 ? `<p class="govuk-body">${e(summary)}</p>` : figure(barChart(name, bars, axis, max), summary, data);
}

function flagsAndEvents(report: QualityReport, groupingLabel: string, eventTitles: Map<string, string>, t: Translate): string {
  const rows = shown(report.rows);
  const types = [...new Set(rows.flatMap((r) => Object.keys(r.eventsByType)))];
  const levelName = (level: string) => t('reports.flags.level', { level: t(`components.flag.level.${level}`) });
  const head = [groupingLabel, ...FLAG_LEVELS.map(levelName), ...types.map((type) => t('reports.flags.events', { title: eventTitles.get(type) ?? type }))];
  return table({
    caption: t('reports.flags.caption'),
    head,
    rows: rows.map((r) => [r.label, ...FLAG_LEVELS.map((level) => r.flagsRaised[level]), ...types.map((type) => r.eventsByType[type] ?? 0)]),
    numeric: head.map((_, i) => i).slice(1),
  });
}

function questionsTable(overall: QualityRow | undefined, thinCharacters: number, t: Translate): string {
  if (!overall || overall.suppressed) return `<p class="govuk-body">${e(t('reports.questions.tooFew'))}</p>`;
  const asked = overall.questions.filter((q) => q.shown > 0 || q.details > 0 || q.prefilled > 0);
  const head = [t('reports.questions.question'), t('reports.questions.answered'), t('reports.questions.thin', { count: thinCharacters }), t('reports.questions.kept'), t('reports.questions.changed')];
  const of = (part: string | number, whole: number) => t('reports.ofWhole', { part, whole });
  return table({
    caption: t('reports.questions.caption'),
    head,
    rows: asked.map((q) => [q.label, q.shown ? of(figureOr(q.answeredPercent, '%'), q.shown) : DASH, q.details ? of(q.thinDetails, q.details) : DASH, q.prefilled ? q.prefillKept : DASH, q.prefilled ? q.prefillChanged : DASH]),
    numeric: [1, 2, 3, 4],
  });
}

function scoresTable(scores: ScoreGroup[], groupingLabel: string, t: Translate): string {
  if (scores.length === 0) return `<p class="govuk-body">${e(t('reports.scores.none'))}</p>`;
  const questions = scores.find((s) => !s.suppressed)?.tallies.map((tally) => tally.label) ?? [];
  return table({
    caption: t('reports.scores.caption'),
    head: [groupingLabel, t('reports.scores.scored'), ...questions],
    // A choice's words up to the first comma ("Yes", "Partly") keep the cells short; the form has the rest.
    rows: scores.map((s) => (s.suppressed
      ? [s.label, s.scored, ...questions.map(() => DASH)]
      : [s.label, s.scored, ...s.tallies.map((tally) => tally.choices.map((c) => `${c.label.split(',')[0]}: ${c.n}`).join('; '))])),
    numeric: [1],
  });
}

export function qualityReportBody({ report, overall, scores, eventTitles, groupingLabel, t }: QualityPageData): string {
  const total = shown(report.rows).reduce((n, r) => n + r.started, 0);
  const suppressed = report.rows.filter((r) => r.suppressed).length;
  const percentAxis: Axis = { title: t('reports.chart.percent'), format: (v) => `${v}%` };
  const minutesAxis: Axis = { title: t('reports.chart.minutes'), format: (v) => t('reports.unit.minutes', { value: v }) };
  return `
<p class="govuk-body">${e(t('reports.groups', { count: report.rows.length, total }))}${suppressed ? e(` ${t('reports.groups.suppressed', { count: suppressed, min: report.minCount })}`) : ''}</p>
${recordsTable(report, groupingLabel, t)}
<h2 class="govuk-heading-m">${e(t('reports.charts'))}</h2>
${chart(report, groupingLabel, t('reports.chart.confirmed'), percentAxis, (r) => percent(r.confirmedBeforeMove, r.confirmed), t, 100)}
${chart(report, groupingLabel, t('reports.chart.median'), minutesAxis, (r) => r.medianMinutesToConfirm, t)}
${flagsAndEvents(report, groupingLabel, eventTitles, t)}
${questionsTable(overall, report.thinDetailCharacters, t)}
${scoresTable(scores, groupingLabel, t)}
<p class="govuk-body-s">${e(t('reports.footnote', { min: report.minCount }))}</p>`;
}
