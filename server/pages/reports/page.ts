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

export const REPORTS_CSS_PATH = '/reports-assets/reports.css';
export const reportsCss = readFileSync(new URL('./reports.css', import.meta.url), 'utf8');

export interface PageAnswer {
  title: string;
  main: string;
  status?: number;
}

export type PageHandler = (principal: Principal, req: Request, res: Response) => Promise<PageAnswer | void>;

const TITLES: Record<number, string> = { 400: 'Check the filters', 403: 'You cannot see this report', 404: 'Page not found' };

export function reportPage(context: AppContext) {
  const audited = auditedReports(context);
  const send = (res: Response, principal: Principal | undefined, page: PageAnswer) => {
    res.status(page.status ?? 200).type('html').set('Cache-Control', 'no-store').send(renderPage({
      title: page.title, main: page.main, signedIn: principal ?? true, stylesheets: [REPORTS_CSS_PATH],
    }));
  };
  return (action: string, handler: PageHandler): RequestHandler => async (req, res) => {
    try {
      await audited(action, async (principal, request, response) => {
        const page = await handler(principal, request, response);
        if (page) send(response, principal, page);
      })(req, res);
    } catch (error) {
      if (!(error instanceof HttpError) || error.status >= 500) throw error;
      const title = TITLES[error.status] ?? 'There is a problem';
      const principal = res.locals.principal as Principal | undefined;
      send(res, principal, {
        status: error.status, title,
        main: `<h1 class="govuk-heading-l">${escapeHtml(title)}</h1><p class="govuk-body">${escapeHtml(error.message)}</p><p class="govuk-body"><a class="govuk-link" href="/reports">Back to reports</a></p>`,
      });
    }
  };
}
