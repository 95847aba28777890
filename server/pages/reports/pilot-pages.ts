/**
 * The pilots a forum can evaluate (/reports/pilots) and one pilot's comparison
 * (/reports/pilots/{form}/{rule}): each measure's two values, the difference, its 95% interval and the
 * verdict in words, a chart of the differences with their intervals, and the questions only one
 * version asks.
 */
import { Router, type RequestHandler } from 'express';
import { formatDate } from '../../../engine/display.ts';
import type { AppContext } from '../../app-context.ts';
import { callerRegions } from '../../reports/filters.ts';
import { pilotComparison, type Comparison } from '../../reports/pilot-comparison.ts';
import { pilotList } from '../../reports/pilots.ts';
import { comparisonPeriod } from '../../routes/pilot-comparison.ts';
import { escapeHtml as e } from '../layout.ts';
import { intervalChart } from './charts.ts';
import { figure, heading, input, paragraph, table } from './html.ts';
import type { reportPage } from './page.ts';
import type { MeasureComparison, Side } from '../../../engine/reports/compare.ts';

const sideText = (side: Side, unit: string) => (side.suppressed ? side.denominator : unit === 'percent' ? `${side.value}% (${side.numerator} of ${side.denominator})` : `${side.value} (${side.denominator} records)`);
const signed = (x: number) => (x > 0 ? `+${x}` : `${x}`);
const unitOf = (m: MeasureComparison) => (m.unit === 'percent' ? 'points' : 'minutes');
const period = (p: { from: string; to: string }) => `${formatDate(p.from)} to ${formatDate(p.to)}`;

function comparisonSection(c: Comparison, index: number): string {
  const head = ['Measure', c.first.label, c.second.label, 'Difference', '95% interval', 'Verdict'];
  const rowOf = (m: MeasureComparison & { verdictText: string }) => [m.label, sideText(m.first, m.unit), sideText(m.second, m.unit),
    m.difference === undefined ? '–' : `${signed(m.difference)} ${unitOf(m)}`,
    m.interval ? `${m.interval.low} to ${m.interval.high}` : '–', m.verdictText];
  // Per-question measures (ids "measure:/pointer") where neither side has enough records say nothing: left out.
  const records = c.measures.filter((m) => !m.id.includes(':'));
  const questions = c.measures.filter((m) => m.id.includes(':') && !(m.first.suppressed && m.second.suppressed));
  const percents = records.filter((m) => m.unit === 'percent' && m.interval && m.difference !== undefined);
  const detected = percents.filter((m) => m.verdict === 'higher' || m.verdict === 'lower');
  const questionsDiffering = questions.filter((m) => m.verdict === 'higher' || m.verdict === 'lower').length;
  const summary = percents.length === 0
    ? 'No measure has enough records on both sides to compare.'
    : `${percents.length} measure${percents.length === 1 ? '' : 's'} compared in percentage points; ${detected.length === 0 ? 'none shows a detectable difference' : `a detectable difference in: ${detected.map((m) => `${m.label} (${signed(m.difference!)} ${unitOf(m)})`).join('; ')}`}. A line that crosses 0 means no detectable difference.${questionsDiffering ? ` ${questionsDiffering} question measure${questionsDiffering === 1 ? '' : 's'} below differ${questionsDiffering === 1 ? 's' : ''} detectably.` : ''}`;
  const chart = percents.length === 0 ? paragraph(summary) : figure(
    intervalChart(`${c.title}: differences in percentage points with 95% intervals`, percents.map((m) => ({ label: m.label, value: m.difference!, low: m.interval!.low, high: m.interval!.high })), 'points'),
    summary,
    { caption: 'Differences charted: figures', head: ['Measure', 'Difference (points)', '95% interval'], rows: percents.map((m) => [m.label, signed(m.difference!), `${m.interval!.low} to ${m.interval!.high}`]), numeric: [1] },
  );
  const only = (list: { label: string }[], what: string) => (list.length === 0 ? '' : `<h3 class="govuk-heading-s">${e(what)}</h3><ul class="govuk-list govuk-list--bullet">${list.map((q) => `<li>${e(q.label)}</li>`).join('')}</ul>`);
  return `<h2 class="govuk-heading-m" id="comparison-${index}">${e(c.title)}</h2>
<p class="govuk-body">${e(`${c.first.label}, ${period(c.first.period)}: ${c.first.started} records started. ${c.second.label}, ${period(c.second.period)}: ${c.second.started} records started.`)}</p>
${table({ caption: `${c.title}: records`, head, rows: records.map(rowOf), numeric: [1, 2, 3, 4] })}
${chart}
${questions.length ? table({ caption: `${c.title}: question by question`, head: ['Question and measure', ...head.slice(1)], rows: questions.map(rowOf), numeric: [1, 2, 3, 4] }) : paragraph('No question has enough records on either side to compare.')}
<p class="govuk-body">${e(`${c.questions.shared} questions are asked in both versions and compared above by key.`)}</p>
${only(c.questions.onlyFirst, 'Asked only in the pilot version')}${only(c.questions.onlySecond, 'Asked only in the other version')}`;
}

export function pilotPages(context: AppContext, requireSession: RequestHandler, page: ReturnType<typeof reportPage>): Router {
  const router = Router();
  router.get('/reports/pilots', requireSession, page('page.report.pilots', async (principal) => {
    const pilots = await pilotList(context, callerRegions(principal));
    return {
      title: 'Pilots',
      main: `${heading('Regional forum', 'Pilots')}
<p class="govuk-body">Each pilot is a rule in the rollout: a form version given to some locations from a date. Choose one to see whether it worked.</p>
${pilots.length === 0 ? paragraph('No pilot runs in a region you report on.') : table({
  caption: 'Pilots in your regions',
  head: ['Pilot', 'Form and version', 'Began', 'Records'],
  rows: pilots.map((p) => [{ text: p.description ?? `${p.form} ${p.version}`, href: `/reports/pilots/${encodeURIComponent(p.form)}/${p.rule}` }, `${p.form} ${p.version} (default ${p.defaultVersion})`, p.from ? formatDate(p.from) : 'no first day', p.records]),
  numeric: [3],
})}`,
    };
  }));

  router.get('/reports/pilots/:form/:rule', requireSession, page('page.report.pilot', async (principal, req) => {
    const given = Object.fromEntries(Object.entries(req.query).filter(([, v]) => v !== ''));
    const p = comparisonPeriod(given);
    const c = await pilotComparison(context, callerRegions(principal), String(req.params.form), String(req.params.rule), p);
    return {
      title: `Pilot: ${c.description ?? `${c.form} ${c.version}`}`,
      main: `${heading('Pilot versus the rest', c.description ?? `${c.form} ${c.version}`)}
<p class="govuk-body">${e(`Version ${c.version} of ${c.form} at ${c.locations.map((l) => l.name).join(', ')}, ${period(c.period)}. Groups with fewer than ${c.minCount} records behind a measure show no figures.`)}</p>
<form class="app-no-print" method="get" novalidate><div class="app-filters">
${input('from', 'Moves from', p.from ?? c.period.from, { type: 'date' })}${input('to', 'Moves to', p.to ?? c.period.to, { type: 'date' })}
</div><button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Change the period</button></form>
${c.comparisons.map(comparisonSection).join('\n')}
${c.notes.map(paragraph).join('')}
<p class="govuk-body-s">Proportions: Newcombe's hybrid score interval for the difference; medians: the Price and Bonett interval. "No detectable difference" means the 95% interval includes 0. See docs/reports.md.</p>`,
    };
  }));
  return router;
}
