/**
 * The policy team's pages: /editor (drafts, reviews, new forms, pilots), /editor/drafts/<id> (the
 * definition editor) and /editor/review/<id> (approve or reject). They load the editor bundle, built
 * on the first request, besides the components bundle every page loads. Anyone else is told the pages
 * are for policy teams (403).
 */
import { Router, type Request, type RequestHandler, type Response } from 'express';
import { principalOf } from '../auth/principal.ts';
import { mayAuthorDefinitions } from '../definitions/authority.ts';
import { buildEditor } from '../../web-components/build.ts';
import { escapeHtml, renderPage } from './layout.ts';
import { messageHtml, pageLanguage } from './page-language.ts';

const EDITOR_SCRIPT = '<script type="module" src="/components/definition-editor.js"></script>';

/** `titleKey`: the page's title in pages.json; `main`: the component it hosts, told the page's language. */
function policyPage(req: Request, res: Response, titleKey: string, main: (lang: string) => string): void {
  const language = pageLanguage(req, res);
  const { t } = language;
  if (!mayAuthorDefinitions(principalOf(res))) {
    res.status(403).type('html').send(renderPage({
      title: t('pages.editor.refused.title'), language, signedIn: true,
      main: `<h1 class="govuk-heading-l">${escapeHtml(t('pages.editor.refused.title'))}</h1><p class="govuk-body">${messageHtml(t, 'pages.editor.refused.body', { findRecords: `<a class="govuk-link" href="/records">${escapeHtml(t('pages.menu.findRecords'))}</a>` })}</p>`,
    }));
    return;
  }
  res.type('html').send(renderPage({ title: t(titleKey), language, signedIn: true, main: `${main(escapeHtml(language.code))}\n${EDITOR_SCRIPT}` }));
}

export function editorPages(requireSession: RequestHandler): Router {
  const router = Router();
  let bundle: Promise<{ code: string }> | undefined;
  router.get('/components/definition-editor.js', async (_req, res) => {
    bundle ??= buildEditor();
    bundle.catch(() => { bundle = undefined; });
    res.type('text/javascript').set('cache-control', 'no-cache').send((await bundle).code);
  });
  router.get('/editor', requireSession, (req, res) => {
    policyPage(req, res, 'pages.editor.home.title', (lang) => `<editor-home api="/api" lang="${lang}" user="${escapeHtml(principalOf(res).username)}"></editor-home>`);
  });
  router.get('/editor/drafts/:id', requireSession, (req: Request<{ id: string }>, res) => {
    policyPage(req, res, 'pages.editor.draft.title', (lang) => `<definition-editor api="/api" lang="${lang}" draft-id="${escapeHtml(req.params.id)}"></definition-editor>`);
  });
  router.get('/editor/review/:id', requireSession, (req: Request<{ id: string }>, res) => {
    policyPage(req, res, 'pages.editor.review.title', (lang) => `<draft-review api="/api" lang="${lang}" draft-id="${escapeHtml(req.params.id)}"></draft-review>`);
  });
  return router;
}
