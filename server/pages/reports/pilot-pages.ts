/**
 * The pilots a forum can evaluate (/reports/pilots) and one pilot's comparison
 * (/reports/pilots/{form}/{rule}): each measure's two values, the difference, its 95% interval and the
 * verdict in words, a chart of the differences with their intervals, and the questions only one
 * version asks. The comparison comes from the report API's model, in the page's language (pilots.json,
 * the words the API gives too); the page's own words from the same file.
 */
import { Router, type RequestHandler } from 'express';
import { formatDate } from '../../../engine/display.ts';
import type { Translate } from '../../../engine/i18n/translator.ts';
import type { MeasureComparison, Side } from '../../../engine/reports/compare.ts';
import type { AppContext } from '../../app-context.ts';
import { callerRegions } from '../../reports/filters.ts';
import { pilotComparison, type Comparison } from '../../reports/pilot-comparison.ts';
import { pilotList } from '../../reports/pilots.ts';
import { comparisonPeriod } from '../../routes/pilot-comparison.ts';
import { escapeHtml as e } from '../layout.ts';
import { pageLanguage } from '../page-language.ts';
import { intervalChart } from './charts.ts';
import { figure, heading, input, paragraph, table } from './html.ts';
import type { reportPage } from './page.ts';

const signed = (x: number) => (x > 0 ? `+${x}` : `${x}`);
const period = (p: { from: string; to: string }, t: Translate) => t('reports.period', { from: formatDate(p.from, t), to: formatDate(p.to, t) });

function comparisonSection(c: Comparison, index: number, pilot: { minCount: number }, t: Translate): string {
  const { title, first, second } = c;
  const unitWords = (m: MeasureComparison, value: number | string) => t(m.unit === 'percent' ? 'reports.unit.points' : 'reports.unit.minutes', { value });
  const sideText = (side: Side, unit: MeasureComparison['unit']) => (side.suppressed ? t('reports.fewerThan', { min: pilot.minCount })
    : unit === 'percent' ? t('reports.side.percent', { value: side.value, numerator: side.numerator ?? 0, denominator: side.denominator }) : t('reports.side.minutes', { value: side.value, denominator: side.denominator }));
  const interval = (m: MeasureComparison) => (m.interval ? t('reports.interval', { low: m.interval.low, high: m.interval.high }) : '–');
  const head = [t('reports.pilot.measure'), first.label, second.label, t('reports.pilot.difference'), t('reports.pilot.interval'), t('reports.pilot.verdict')];
  const rowOf = (m: Comparison['measures'][number]) => [m.label, sideText(m.first, m.unit), sideText(m.second, m.unit),
    m.difference === undefined ? '–' : unitWords(m, signed(m.difference)), interval(m), m.verdictText];
  // Per-question measures (ids "measure:/pointer") where neither side has enough records say nothing: left out.
  const records = c.measures.filter((m) => !m.id.includes(':'));
  const questions = c.measures.filter((m) => m.id.includes(':') && !(m.first.suppressed && m.second.suppressed));
  const percents = records.filter((m) => m.unit === 'percent' && m.interval && m.difference !== undefined);
  const detected = percents.filter((m) => m.verdict === 'higher' || m.verdict === 'lower');
  const questionsDiffering = questions.filter((m) => m.verdict === 'higher' || m.verdict === 'lower').length;
  const summary = percents.length === 0 ? t('reports.pilot.nothingCompared') : [
    t('reports.pilot.summary', {
      compared: t('reports.pilot.compared', { count: percents.length }),
      detected: detected.length === 0 ? t('reports.pilot.noneDetected')
        : t('reports.pilot.detected', { list: detected.map((m) => t('reports.pilot.detectedMeasure', { label: m.label, difference: unitWords(m, signed(m.difference!)) })).join('; ') }),
    }),
    ...(questionsDiffering ? [t('reports.pilot.questionsDiffer', { count: questionsDiffering })] : []),
  ].join(' ');
  const chart = percents.length === 0 ? paragraph(summary) : figure(
    intervalChart(t('reports.pilot.chartName', { title }), percents.map((m) => ({ label: m.label, value: m.difference!, low: m.interval!.low, high: m.interval!.high })), t('reports.chart.difference')),
    summary,
    { caption: t('reports.pilot.chartFigures'), head: [t('reports.pilot.measure'), t('reports.pilot.differencePoints'), t('reports.pilot.interval')], rows: percents.map((m) => [m.label, signed(m.difference!), interval(m)]), numeric: [1] },
  );
  const only = (list: { label: string }[], what: string) => (list.length === 0 ? '' : `<h3 class="govuk-heading-s">${e(what)}</h3><ul class="govuk-list govuk-list--bullet">${list.map((q) => `<li>${e(q.label)}</li>`).join('')}</ul>`);
  const startedLine = (group: Comparison['first']) => t('reports.pilot.started', { label: group.label, period: period(group.period, t), started: group.started });
  return `<h2 class="govuk-heading-m" id="comparison-${index}">${e(title)}</h2>
<p class="govuk-body">${e(`${startedLine(first)} ${startedLine(second)}`)}</p>
${table({ caption: t('reports.pilot.recordsCaption', { title }), head, rows: records.map(rowOf), numeric: [1, 2, 3, 4] })}
${chart}
${questions.length ? table({ caption: t('reports.pilot.questionsCaption', { title }), head: [t('reports.pilot.questionAndMeasure'), ...head.slice(1)], rows: questions.map(rowOf), numeric: [1, 2, 3, 4] }) : paragraph(t('reports.pilot.noQuestions'))}
<p class="govuk-body">${e(t('reports.pilot.shared', { count: c.questions.shared }))}</p>
${only(c.questions.onlyFirst, t('reports.pilot.onlyFirst'))}${only(c.questions.onlySecond, t('reports.pilot.onlySecond'))}`;
}

export function pilotPages(context: AppContext, requireSession: RequestHandler, page: ReturnType<typeof reportPage>): Router {
  const router = Router();
  router.get('/reports/pilots', requireSession, page('page.report.pilots', async (principal, req, res) => {
    const { code: language, t } = pageLanguage(req, res);
    const pilots = await pilotList(context, callerRegions(principal), language);
    return {
      title: t('reports.pilots.title'),
      main: `${heading(t('reports.caption.forum'), t('reports.pilots.title'))}
<p class="govuk-body">${e(t('reports.pilots.intro'))}</p>
${pilots.length === 0 ? paragraph(t('reports.pilots.none')) : table({
  caption: t('reports.pilots.caption'),
  head: [t('reports.pilots.pilot'), t('reports.pilots.formVersion'), t('reports.pilots.began'), t('reports.pilots.records')],
  rows: pilots.map((p) => [{ text: p.description ?? `${p.form} ${p.version}`, href: `/reports/pilots/${encodeURIComponent(p.form)}/${p.rule}` }, t('reports.pilots.versionDefault', { form: p.form, version: p.version, default: p.defaultVersion }), p.from ? formatDate(p.from, t) : t('reports.pilots.noFirstDay'), typeof p.records === 'number' ? p.records : t('reports.fewerThan', { min: context.config.reportMinCount })]),
  numeric: [3],
})}`,
    };
  }));

  router.get('/reports/pilots/:form/:rule', requireSession, page('page.report.pilot', async (principal, req, res) => {
    const { code: language, t } = pageLanguage(req, res);
    const given = Object.fromEntries(Object.entries(req.query).filter(([, v]) => v !== ''));
    const p = comparisonPeriod(given);
    const c = await pilotComparison(context, callerRegions(principal), String(req.params.form), String(req.params.rule), p, { language, t });
    const locations = c.locations.map((l) => l.name).join(', ');
    const name = c.description ?? `${c.form} ${c.version}`;
    return {
      title: t('reports.pilot.title', { name }),
      main: `${heading(t('reports.pilot.caption'), name)}
<p class="govuk-body">${e(t('reports.pilot.about', { version: c.version, form: c.form, locations, period: period(c.period, t), min: c.minCount }))}</p>
<form class="app-no-print" method="get" novalidate><div class="app-filters">
${input('from', t('reports.filter.from'), p.from ?? c.period.from, { type: 'date' })}${input('to', t('reports.filter.to'), p.to ?? c.period.to, { type: 'date' })}
</div><button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">${e(t('reports.pilot.change'))}</button></form>
${c.comparisons.map((comparison, index) => comparisonSection(comparison, index, c, t)).join('\n')}
${c.notes.map((note) => paragraph(note)).join('')}
<p class="govuk-body-s">${e(t('reports.pilot.footnote'))}</p>`,
    };
  }));
  return router;
}
