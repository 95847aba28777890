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

/** The draft's Welsh page, linked above its editor. */
const welshLink = (req: Request, res: Response, id: string) =>
  `<p class="govuk-body"><a class="govuk-link" href="/editor/drafts/${encodeURIComponent(id)}/welsh">${escapeHtml(pageLanguage(req, res).t('translations.link'))}</a></p>`;

export function editorPages(requireSession: RequestHandler): Router {
  const router = Router();
  let bundle: Promise<{ code: string }> | undefined;
  router.get('/components/definition-editor.js', async (_req, res) => {
    bundle ??= buildEditor();
    bundle.catch(() => { bundle = undefined; });
    res.type('text/javascript').set('cache-control', 'no-cache').send((await bundle).code);
  });
  router.get('/editor', requireSession, (req, res) => {
    policyPage(req, res, 'pages.editor.home.title', (lang) => `<editor-home api="/api" lang="${lang}" user="${escapeHtml(principalOf(res).username)}"></editor-home>\n<welsh-versions api="/api" lang="${lang}"></welsh-versions>`);
  });
  router.get('/editor/drafts/:id', requireSession, (req: Request<{ id: string }>, res) => {
    policyPage(req, res, 'pages.editor.draft.title', (lang) => `${welshLink(req, res, req.params.id)}<definition-editor api="/api" lang="${lang}" draft-id="${escapeHtml(req.params.id)}"></definition-editor>`);
  });
  router.get('/editor/drafts/:id/welsh', requireSession, (req: Request<{ id: string }>, res) => {
    policyPage(req, res, 'translations.link', (lang) => `<translation-editor api="/api" lang="${lang}" language="cy" draft-id="${escapeHtml(req.params.id)}"></translation-editor>`);
  });
  router.get('/editor/welsh/:form/:version', requireSession, (req: Request<{ form: string; version: string }>, res) => {
    policyPage(req, res, 'translations.link', (lang) => `<translation-editor api="/api" lang="${lang}" language="cy" form="${escapeHtml(req.params.form)}" version="${escapeHtml(req.params.version)}"></translation-editor>`);
  });
  router.get('/editor/review/:id', requireSession, (req: Request<{ id: string }>, res) => {
    policyPage(req, res, 'pages.editor.review.title', (lang) => `<draft-review api="/api" lang="${lang}" draft-id="${escapeHtml(req.params.id)}"></draft-review>`);
  });
  return router;
}
