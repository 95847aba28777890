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
import type { Translate } from '../../../engine/i18n/translator.ts';
import { escapeHtml as e } from '../layout.ts';
import { pageLanguage } from '../page-language.ts';
import { heading, input, link, select } from './html.ts';
import { reportPage, REPORTS_CSS_PATH, reportsCss } from './page.ts';
import { qualityReportBody } from './quality-page.ts';
import { reportIn, reportLabels, rowIn } from '../../reports/labels.ts';
import { pilotPages } from './pilot-pages.ts';
import { samplePages } from './sample-pages.ts';

/** What a grouping is called ("Sending location"), from reports.json in the page's language. */
const groupingLabel = (by: QualityQuery['by'], t: Translate) => t(`reports.by.${by}`);

/** A form's title in the page's language (its newest version's translation, English without one). */
function formTitle(context: AppContext, name: string, language: string): string {
  const form = context.forms.list().find((f) => f.name === name);
  return form ? context.forms.localised(name, form.versions.at(-1)!, language)?.title ?? form.title : name;
}

/** The filters as submitted, blanks left out (an empty select means "any"). */
export function filledIn(query: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''));
}

function reportForms(context: AppContext): string[] {
  const rubric = qualityCheckSettings(context.config.formsDir, context.forms)?.rubric;
  return context.forms.list().map((f) => f.name).filter((name) => name !== rubric);
}

function filtersForm(context: AppContext, principal: Principal, query: QualityQuery, given: Record<string, string>, language: string, t: Translate): string {
  const regions = callerRegions(principal);
  const places = context.forms.locationsIn(language);
  const regionOptions = places.regions.filter((r) => regions.includes(r.code));
  const locations = places.locations.filter((l) => regions.includes(l.region));
  const versions = context.forms.list().find((f) => f.name === query.form)?.versions ?? [];
  const any = (label: string) => ({ value: '', label });
  return `<form class="app-no-print" method="get" action="/reports" novalidate>
  <div class="app-filters">
  ${select('form', t('reports.filter.form'), reportForms(context).map((name) => ({ value: name, label: formTitle(context, name, language) })), query.form)}
  ${select('by', t('reports.filter.by'), REPORT_GROUPINGS.map((by) => ({ value: by, label: groupingLabel(by, t) })), query.by)}
  ${select('region', t('reports.filter.region'), [any(t('reports.filter.allRegions')), ...regionOptions.map((r) => ({ value: r.code, label: r.name }))], given.region)}
  ${select('location', t('reports.filter.location'), [any(t('reports.filter.allLocations')), ...locations.map((l) => ({ value: l.code, label: l.name }))], given.location)}
  ${select('version', t('reports.filter.version'), [any(t('reports.filter.allVersions')), ...versions.map((v) => ({ value: v, label: v }))], query.version)}
  ${input('from', t('reports.filter.from'), query.from, { type: 'date' })}
  ${input('to', t('reports.filter.to'), query.to, { type: 'date' })}
  </div>
  <button type="submit" class="govuk-button" data-module="govuk-button">${e(t('reports.filter.show'))}</button>
</form>`;
}

function describe(context: AppContext, query: QualityQuery, given: Record<string, string>, language: string, t: Translate): string {
  const title = formTitle(context, query.form, language);
  const places = context.forms.locationsIn(language);
  const where = given.location ? places.locations.find((l) => l.code === given.location)?.name : given.region ? places.regions.find((r) => r.code === given.region)?.name : t('reports.about.allRegions');
  const [from, to] = [query.from && formatDate(query.from, t), query.to && formatDate(query.to, t)];
  const when = from && to ? t('reports.about.between', { from, to }) : from ? t('reports.about.from', { from }) : to ? t('reports.about.to', { to }) : undefined;
  return [query.version ? t('reports.about.version', { form: title, version: query.version }) : title, where, when, t('reports.about.by', { grouping: groupingLabel(query.by, t).toLocaleLowerCase() })]
    .filter(Boolean).join(', ');
}

export function reportPages(context: AppContext, requireSession: RequestHandler): Router {
  const router = Router();
  const page = reportPage(context);
  // Read at start, so a wrong quality-check.json stops the server naming the field instead of failing a request.
  qualityCheckSettings(context.config.formsDir, context.forms);

  router.get(REPORTS_CSS_PATH, (_req, res) => {
    res.type('css').set('cache-control', 'public, max-age=3600').send(reportsCss);
  });

  const qualityPage = (printable: boolean) => page(printable ? 'page.report.print' : 'page.report.quality', async (principal, req, res) => {
    const { code: language, t } = pageLanguage(req, res);
    const given = filledIn(req.query as Record<string, unknown>);
    const query = qualityQuery(context.forms, principal, { form: reportForms(context)[0], ...given });
    const [report, overall] = await Promise.all([qualityReport(context, query), qualityReport(context, { ...query, by: 'all' })]);
    const eventTitles = new Map(context.forms.list().find((f) => f.name === query.form)!.versions
      .flatMap((v) => (context.forms.localised(query.form, v, language) ?? context.forms.get(query.form, v)!).compiled.model.settings.eventTypes ?? []).map((type) => [type.const, type.title]));
    const labels = reportLabels(context, query, language, t);
    const first = overall.rows[0];
    const whole = first && rowIn(first, reportLabels(context, { ...query, by: 'all' }, language, t), overall.minCount, t);
    const body = qualityReportBody({ report: reportIn(report, labels, t), overall: whole, scores: await scoreGroups(context, query, { language, t }), eventTitles, groupingLabel: groupingLabel(query.by, t), t });
    const search = new URLSearchParams(given).toString();
    const about = describe(context, query, given, language, t);
    if (printable) {
      return {
        title: t('reports.print.title'),
        main: `${heading(t('reports.print.caption'), t('reports.quality.title'))}
<p class="govuk-body-l">${e(about)}.</p>
<p class="govuk-body">${e(t('reports.print.prepared', { date: formatDate(new Date().toISOString().slice(0, 10), t), username: principal.username }))}</p>
<p class="govuk-body app-no-print">${e(t('reports.print.howTo'))} ${link(`/reports${search ? `?${search}` : ''}`, t('reports.print.back'))}</p>
${body}`,
      };
    }
    return {
      title: t('reports.quality.title'),
      main: `${heading(t('reports.caption.forum'), t('reports.quality.title'))}
<p class="govuk-body">${e(about)}.</p>
${filtersForm(context, principal, query, given, language, t)}
<p class="govuk-body app-no-print">${link(`/reports/print${search ? `?${search}` : ''}`, t('reports.quality.printable'))}</p>
${body}`,
    };
  });

  router.get('/reports', requireSession, qualityPage(false));
  router.get('/reports/print', requireSession, qualityPage(true));
  router.use(pilotPages(context, requireSession, page));
  router.use(samplePages(context, requireSession, page));
  return router;
}
