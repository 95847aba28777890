/**
 * The records pages (Moves, Find records, a record) answer only callers with the "records" privilege,
 * as their API does (records/records-privilege.ts). Anyone else landing on Moves or Find records, as
 * after signing in, is sent to the first page their menu offers; asking for anything else there gets a
 * page saying who works on records.
 */
import { Router, type RequestHandler } from 'express';
import { principalOf } from '../auth/principal.ts';
import { mayWorkOnRecords, RECORD_PATHS, RECORDS_REFUSAL } from '../records/records-privilege.ts';
import { say } from '../http/errors.ts';
import { escapeHtml, renderPage } from './layout.ts';
import { pageLanguage } from './page-language.ts';
import { menuFor } from './menu.ts';

export function recordsPagesGate(requireSession: RequestHandler): Router {
  const router = Router();
  router.use(RECORD_PATHS, requireSession, (req, res, next) => {
    const principal = principalOf(res);
    if (mayWorkOnRecords(principal)) return next();
    const menu = menuFor(principal);
    // Under the mount path, "/" is the landing page itself (/records or /moves).
    if (req.method === 'GET' && req.path === '/' && menu[0]) return res.redirect(303, menu[0].href);
    const language = pageLanguage(req, res);
    const { t } = language;
    const links = menu.map((item) => `<li><a class="govuk-link" href="${escapeHtml(item.href)}">${escapeHtml(t(item.labelKey))}</a></li>`).join('');
    res.status(403).type('html').send(renderPage({
      title: t('pages.recordsGate.title'), language, signedIn: principal,
      main: `<h1 class="govuk-heading-l">${escapeHtml(t('pages.recordsGate.title'))}</h1><p class="govuk-body">${escapeHtml(say(t, RECORDS_REFUSAL))}.</p>${links ? `<p class="govuk-body">${escapeHtml(t('pages.recordsGate.goTo'))}</p><ul class="govuk-list">${links}</ul>` : ''}`,
    }));
  });
  return router;
}
