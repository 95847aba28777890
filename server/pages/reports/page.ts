/**
 * How every report page answers: through the same gate and activity log as the report API (only roles
 * that read reports; every request logged), in the GOV.UK layout with the reports stylesheet, and
 * refusals as pages that say what happened rather than JSON.
 */
import { readFileSync } from 'node:fs';
import type { Request, RequestHandler, Response } from 'express';
import type { AppContext } from '../../app-context.ts';
import type { Principal } from '../../auth/principal.ts';
import { HttpError } from '../../http/errors.ts';
import { auditedReports } from '../../reports/audited.ts';
import { escapeHtml, renderPage } from '../layout.ts';
import { pageLanguage } from '../page-language.ts';

export const REPORTS_CSS_PATH = '/reports-assets/reports.css';
export const reportsCss = readFileSync(new URL('./reports.css', import.meta.url), 'utf8');

export interface PageAnswer {
  title: string;
  main: string;
  status?: number;
  /** The page shows an error summary: its title starts "Error: " in the page's language. */
  error?: boolean;
}

export type PageHandler = (principal: Principal, req: Request, res: Response) => Promise<PageAnswer | void>;

/** The title of a refusal page by status, as keys in pages.json. */
const TITLES: Record<number, string> = { 400: 'pages.reports.refused.400', 403: 'pages.reports.refused.403', 404: 'pages.reports.refused.404' };

export function reportPage(context: AppContext) {
  const audited = auditedReports(context);
  const send = (req: Request, res: Response, principal: Principal | undefined, page: PageAnswer) => {
    res.status(page.status ?? 200).type('html').set('Cache-Control', 'no-store').send(renderPage({
      title: page.title, main: page.main, error: page.error, language: pageLanguage(req, res), signedIn: principal ?? true, stylesheets: [REPORTS_CSS_PATH],
    }));
  };
  return (action: string, handler: PageHandler): RequestHandler => async (req, res) => {
    try {
      await audited(action, async (principal, request, response) => {
        const page = await handler(principal, request, response);
        if (page) send(request, response, principal, page);
      })(req, res);
    } catch (error) {
      if (!(error instanceof HttpError) || error.status >= 500) throw error;
      const { t } = pageLanguage(req, res);
      const title = t(TITLES[error.status] ?? 'pages.reports.refused.other');
      const principal = res.locals.principal as Principal | undefined;
      send(req, res, principal, {
        status: error.status, title,
        main: `<h1 class="govuk-heading-l">${escapeHtml(title)}</h1><p class="govuk-body">${escapeHtml(error.message)}</p><p class="govuk-body"><a class="govuk-link" href="/reports">${escapeHtml(t('pages.reports.back'))}</a></p>`,
      });
    }
  };
}
