/** The form definitions, for the web components and for integrators. */
import { Router } from 'express';
import type { AppContext } from '../app-context.ts';
import { principalOf } from '../auth/principal.ts';
import { notFound } from '../http/errors.ts';

export function formRoutes({ forms }: AppContext): Router {
  const router = Router();
  router.get('/forms', (_req, res) => {
    principalOf(res);
    res.json(forms.list());
  });
  router.get('/forms/:form/versions/:version', (req, res) => {
    principalOf(res);
    const version = forms.get(String(req.params.form), String(req.params.version));
    if (!version) throw notFound('No such form version');
    res.set('cache-control', 'private, max-age=3600, immutable').json(version.definition);
  });
  return router;
}
