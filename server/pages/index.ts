import express, { Router, type Express, type Request, type Response, type NextFunction } from 'express';
import cookieParser from 'cookie-parser';
import { fileURLToPath } from 'node:url';
import type { AppContext } from '../app-context.ts';
import { sessionPrincipal } from '../auth/sessions.ts';
import { principalOf, setPrincipal } from '../auth/principal.ts';
import { mayDo, PRIVILEGES } from '../../engine/vocabulary/roles.ts';
import { rolesIn } from '../../engine/i18n/role-titles.ts';
import { escapeHtml, renderPage, titleSuffix } from './layout.ts';
import { messageHtml, pageLanguage } from './page-language.ts';
import { applyUserLanguage, translationOf } from '../i18n/language.ts';
import { sameSitePath } from './next-path.ts';
import { previewRoutes } from './preview.ts';
import { reportPages } from './reports/routes.ts';
import { componentRoutes } from './components.ts';
import { offlineWorkerRoutes } from './offline-worker.ts';
import { editorPages } from './editor.ts';
import { movesPageRoutes } from './moves-page.ts';
import { noStore } from '../http/no-store.ts';
import { steeringPages } from './steering.ts';
import { recordsPagesGate } from './records-gate.ts';

const govukDist = fileURLToPath(new URL('../../node_modules/govuk-frontend/dist/govuk/', import.meta.url));

/**
 * Mounts the web pages and the component bundle. The API calls it once, after its routes. Pages other
 * than the login page send a visitor without a session to sign in first.
 */
export function mountPages(app: Express, context: AppContext): void {
  const { forms, store, config, logger } = context;
  const router = Router();
  router.use(cookieParser());

  router.use('/components/form-engine.css', express.static(fileURLToPath(new URL('../../web-components/form-engine.css', import.meta.url)), { maxAge: '1h' }));
  router.use('/components/govuk-frontend.min.css', express.static(`${govukDist}govuk-frontend.min.css`, { maxAge: '1h' }));
  router.use('/assets', express.static(`${govukDist}assets`, { maxAge: '1d' }));
  // Browsers ask for it on every page, the print view included.
  router.use('/favicon.ico', express.static(`${govukDist}assets/images/favicon.ico`, { maxAge: '1d' }));

  const requireSession = async (req: Request, res: Response, next: NextFunction) => {
    const principal = await sessionPrincipal(store, config, req);
    if (principal) {
      setPrincipal(res, principal);
      await applyUserLanguage({ store, config }, res, principal);
      return next();
    }
    if (req.method === 'GET') res.redirect(303, `/login?next=${encodeURIComponent(req.originalUrl)}`);
    else res.status(401).json({ error: 'unauthenticated', message: translationOf(res)('api.signIn.first') });
  };

  // Before the form validators below, whose path would otherwise match /components/validators/preview/*.
  router.use(previewRoutes({ store, config }, requireSession));
  router.use(editorPages(requireSession));
  // The built bundles, and one standalone validator module per form version: the browser imports it
  // instead of compiling.
  router.use(componentRoutes(forms, logger));
  router.use(offlineWorkerRoutes());

  router.get('/preview/forms/:form/:version.json', requireSession, (req: Request<{ form: string; version: string }>, res) => {
    const form = forms.get(req.params.form, req.params.version);
    if (!form) res.status(404).json({ error: 'notFound', message: translationOf(res)('api.form.noVersion') });
    else res.json(form.definition);
  });

  router.use(steeringPages({ store, forms }, requireSession));
  router.get('/', (_req, res) => res.redirect(303, '/moves'));
  router.use(recordsPagesGate(requireSession));
  router.use(movesPageRoutes({ store, forms }, requireSession));
  router.get('/login', (req, res) => {
    const next = sameSitePath(req.query.next);
    const language = pageLanguage(req, res);
    res.type('html').send(renderPage({ title: language.t('pages.signIn.title'), language, main: `<staff-login api="/api" next="${escapeHtml(next)}" lang="${escapeHtml(language.code)}"></staff-login>` }));
  });
  router.use(reportPages(context, requireSession));
  router.get('/records', noStore, requireSession, (req, res) => {
    const language = pageLanguage(req, res);
    res.type('html').send(renderPage({ title: language.t('pages.records.title'), language, signedIn: principalOf(res), main: `<record-finder api="/api" lang="${escapeHtml(language.code)}"></record-finder>` }));
  });
  router.get('/records/:id', noStore, requireSession, (req: Request<{ id: string }>, res) => {
    const language = pageLanguage(req, res);
    res.type('html').send(renderPage({
      title: language.t('pages.record.title'), language, signedIn: principalOf(res),
      main: `<form-record record-id="${escapeHtml(req.params.id)}" api="/api" lang="${escapeHtml(language.code)}" title-suffix="${escapeHtml(titleSuffix(language.t))}" offline></form-record>`,
    }));
  });
  router.get('/preview', requireSession, (req, res) => {
    const language = pageLanguage(req, res);
    const { t } = language;
    // The page's definition check needs the preview privilege; say so rather than show a page that cannot work.
    if (!mayDo(principalOf(res), 'preview')) {
      res.status(403).type('html').send(renderPage({
        title: t('pages.preview.refused.title'), language, signedIn: principalOf(res),
        main: `<h1 class="govuk-heading-l">${escapeHtml(t('pages.preview.refused.title'))}</h1><p class="govuk-body">${messageHtml(t, 'pages.preview.refused.body', { findRecords: `<a class="govuk-link" href="/records">${escapeHtml(t('pages.menu.findRecords'))}</a>` }, { who: rolesIn(PRIVILEGES.preview, t, 'and') })}</p>`,
      }));
      return;
    }
    const list = JSON.stringify(forms.list());
    res.type('html').send(renderPage({
      title: t('pages.preview.title'), language, signedIn: principalOf(res), main: `<preview-workbench check="/preview/check" forms="${escapeHtml(list)}" lang="${escapeHtml(language.code)}"></preview-workbench>`,
    }));
  });

  app.use(router);
}
