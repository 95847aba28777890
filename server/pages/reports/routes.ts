/**
 * The regional forum's pages: the quality report with filters, tables and charts (/reports), its
 * printable version for the steering group (/reports/print), the pilots and their comparisons, and
 * the qualitative checks. Signed-in users only; the report gate decides the rest.
 */
import { Router, type RequestHandler } from 'express';
import { REPORT_GROUPINGS, type QualityQuery } from '../../../engine/reports/types.ts';
import { formatDate } from '../../../engine/display.ts';
import type { AppContext } from '../../app-context.ts';
import type { Principal } from '../../auth/principal.ts';
import { callerRegions, qualityQuery } from '../../reports/filters.ts';
import { qualityReport } from '../../reports/quality.ts';
import { scoreGroups } from '../../quality/score-groups.ts';
import { qualityCheckSettings } from '../../quality/settings.ts';
import { escapeHtml as e } from '../layout.ts';
import { heading, input, link, select } from './html.ts';
import { reportPage, REPORTS_CSS_PATH, reportsCss } from './page.ts';
import { qualityReportBody } from './quality-page.ts';
import { pilotPages } from './pilot-pages.ts';
import { samplePages } from './sample-pages.ts';

const GROUPING_LABELS: Record<QualityQuery['by'], string> = { region: 'Region', location: 'Sending location', version: 'Form version', month: 'Month of the move', all: 'All records' };

/** The filters as submitted, blanks left out (an empty select means "any"). */
export function filledIn(query: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''));
}

function reportForms(context: AppContext): string[] {
  const rubric = qualityCheckSettings(context.config.formsDir, context.forms)?.rubric;
  return context.forms.list().map((f) => f.name).filter((name) => name !== rubric);
}

function filtersForm(context: AppContext, principal: Principal, query: QualityQuery, given: Record<string, string>): string {
  const regions = callerRegions(principal);
  const regionOptions = context.forms.regions.filter((r) => regions.includes(r.code));
  const locations = context.forms.locations.filter((l) => regions.includes(l.region));
  const versions = context.forms.list().find((f) => f.name === query.form)?.versions ?? [];
  const any = (label: string) => ({ value: '', label });
  return `<form class="app-no-print" method="get" action="/reports" novalidate>
  <div class="app-filters">
  ${select('form', 'Form', reportForms(context).map((name) => ({ value: name, label: context.forms.list().find((f) => f.name === name)!.title })), query.form)}
  ${select('by', 'Group by', REPORT_GROUPINGS.map((by) => ({ value: by, label: GROUPING_LABELS[by] })), query.by)}
  ${select('region', 'Region', [any('All your regions'), ...regionOptions.map((r) => ({ value: r.code, label: r.name }))], given.region)}
  ${select('location', 'Sending location', [any('All locations'), ...locations.map((l) => ({ value: l.code, label: l.name }))], given.location)}
  ${select('version', 'Version', [any('All versions'), ...versions.map((v) => ({ value: v, label: v }))], query.version)}
  ${input('from', 'Moves from', query.from, { type: 'date' })}
  ${input('to', 'Moves to', query.to, { type: 'date' })}
  </div>
  <button type="submit" class="govuk-button" data-module="govuk-button">Show report</button>
</form>`;
}

function describe(context: AppContext, query: QualityQuery, given: Record<string, string>): string {
  const title = context.forms.list().find((f) => f.name === query.form)?.title ?? query.form;
  const where = given.location ? context.forms.location(given.location)?.name : given.region ? context.forms.regions.find((r) => r.code === given.region)?.name : 'all your regions';
  const when = query.from || query.to ? `, moves ${query.from ? `from ${formatDate(query.from)}` : ''}${query.from && query.to ? ' ' : ''}${query.to ? `to ${formatDate(query.to)}` : ''}` : '';
  return `${title}${query.version ? ` version ${query.version}` : ''}, ${where}${when}, by ${GROUPING_LABELS[query.by].toLowerCase()}`;
}

export function reportPages(context: AppContext, requireSession: RequestHandler): Router {
  const router = Router();
  const page = reportPage(context);
  // Read at start, so a wrong quality-check.json stops the server naming the field instead of failing a request.
  qualityCheckSettings(context.config.formsDir, context.forms);

  router.get(REPORTS_CSS_PATH, (_req, res) => {
    res.type('css').set('cache-control', 'public, max-age=3600').send(reportsCss);
  });

  const qualityPage = (printable: boolean) => page(printable ? 'page.report.print' : 'page.report.quality', async (principal, req) => {
    const given = filledIn(req.query as Record<string, unknown>);
    const query = qualityQuery(context.forms, principal, { form: reportForms(context)[0], ...given });
    const [report, overall] = await Promise.all([qualityReport(context, query), qualityReport(context, { ...query, by: 'all' })]);
    const eventTitles = new Map(context.forms.list().find((f) => f.name === query.form)!.versions
      .flatMap((v) => context.forms.get(query.form, v)!.compiled.model.settings.eventTypes ?? []).map((t) => [t.const, t.title]));
    const body = qualityReportBody({ report, overall: overall.rows[0], scores: await scoreGroups(context, query), eventTitles, groupingLabel: GROUPING_LABELS[query.by] });
    const search = new URLSearchParams(given).toString();
    const about = describe(context, query, given);
    if (printable) {
      return {
        title: 'PER quality report for the steering group',
        main: `${heading('Report to the steering group', 'PER quality report')}
<p class="govuk-body-l">${e(about)}.</p>
<p class="govuk-body">Prepared on ${e(formatDate(new Date().toISOString().slice(0, 10)))} by ${e(principal.username)} from the records in the service.</p>
<p class="govuk-body app-no-print">Use your browser's print command to print this page or save it as a PDF. ${link(`/reports${search ? `?${search}` : ''}`, 'Back to the report')}</p>
${body}`,
      };
    }
    return {
      title: 'PER quality report',
      main: `${heading('Regional forum', 'PER quality report')}
<p class="govuk-body">${e(about)}.</p>
${filtersForm(context, principal, query, given)}
<p class="govuk-body app-no-print">${link(`/reports/print${search ? `?${search}` : ''}`, 'Printable report for the steering group')}</p>
${body}`,
    };
  });

  router.get('/reports', requireSession, qualityPage(false));
  router.get('/reports/print', requireSession, qualityPage(true));
  router.use(pilotPages(context, requireSession, page));
  router.use(samplePages(context, requireSession, page));
  return router;
}
