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

const EDITOR_SCRIPT = '<script type="module" src="/components/definition-editor.js"></script>';

function policyPage(res: Response, title: string, main: string): void {
  if (!mayAuthorDefinitions(principalOf(res))) {
    res.status(403).type('html').send(renderPage({
      title: 'You cannot write forms', signedIn: true,
      main: '<h1 class="govuk-heading-l">You cannot write forms</h1><p class="govuk-body">Only policy staff write, approve and publish forms. <a class="govuk-link" href="/records">Find records</a></p>',
    }));
    return;
  }
  res.type('html').send(renderPage({ title, signedIn: true, main: `${main}\n${EDITOR_SCRIPT}` }));
}

export function editorPages(requireSession: RequestHandler): Router {
  const router = Router();
  let bundle: Promise<{ code: string }> | undefined;
  router.get('/components/definition-editor.js', async (_req, res) => {
    bundle ??= buildEditor();
    bundle.catch(() => { bundle = undefined; });
    res.type('text/javascript').set('cache-control', 'no-cache').send((await bundle).code);
  });
  router.get('/editor', requireSession, (_req, res) => {
    policyPage(res, 'Write and publish forms', `<editor-home api="/api" user="${escapeHtml(principalOf(res).username)}"></editor-home>`);
  });
  router.get('/editor/drafts/:id', requireSession, (req: Request<{ id: string }>, res) => {
    policyPage(res, 'Edit a draft', `<definition-editor api="/api" draft-id="${escapeHtml(req.params.id)}"></definition-editor>`);
  });
  router.get('/editor/review/:id', requireSession, (req: Request<{ id: string }>, res) => {
    policyPage(res, 'Review a draft', `<draft-review api="/api" draft-id="${escapeHtml(req.params.id)}"></draft-review>`);
  });
  return router;
}
