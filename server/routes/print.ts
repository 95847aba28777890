/** GET /api/records/{id}/print: the record as a printable HTML page, and the stylesheet it links. */
import { Router } from 'express';
import { buildViewModel } from '../../engine/index.ts';
import type { AppContext } from '../app-context.ts';
import { principalOf } from '../auth/principal.ts';
import { visibleRecord } from '../records/access.ts';
import { formOf } from '../records/view.ts';
import { PRINT_CSS_PATH, printCss, renderPrint } from '../print/render.ts';

export function printRoutes({ store, forms }: AppContext): Router {
  const router = Router();
  router.get('/records/:id/print', async (req, res) => {
    const record = await visibleRecord(store, principalOf(res), String(req.params.id));
    const view = buildViewModel(formOf(forms, record).compiled, record, { omitUnanswered: true });
    const html = renderPrint(record, view, { location: (code) => forms.location(code)?.name, moveType: (code) => forms.moveType(code)?.title });
    res.type('html').set('cache-control', 'no-store').send(html);
  });
  return router;
}

/** The print stylesheet, served from this origin so the strict CSP allows it. */
export function printAssets(): Router {
  const router = Router();
  router.get(PRINT_CSS_PATH, (_req, res) => {
    res.type('css').set('cache-control', 'public, max-age=3600').send(printCss);
  });
  return router;
}
