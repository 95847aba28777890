/** The form definitions, for the web components and for integrators. */
import { Router } from 'express';
import type { AppContext } from '../app-context.ts';
import { principalOf } from '../auth/principal.ts';
import { notFound, words } from '../http/errors.ts';
import { canCreate } from '../../engine/index.ts';

export function formRoutes({ forms }: AppContext): Router {
  const router = Router();
  router.get('/forms', (_req, res) => {
    const { roles } = principalOf(res);
    // mayCreate: whether the caller's roles may start a record of the form's newest version (x-form.createRoles).
    res.json(forms.list().map((f) => ({ ...f, mayCreate: canCreate(forms.get(f.name, f.versions.at(-1)!)!.compiled, roles) })));
  });
  router.get('/forms/:form/versions/:version', (req, res) => {
    principalOf(res);
    const version = forms.get(String(req.params.form), String(req.params.version));
    if (!version) throw notFound(words('api.form.noVersion'));
    res.set('cache-control', 'private, max-age=3600, immutable').json(version.definition);
  });
  return router;
}
