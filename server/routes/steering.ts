/** What a new form version changes, and what it would have done to past records: for policy teams and regional forums. */
import { Router } from 'express';
import type { AppContext } from '../app-context.ts';
import { principalOf } from '../auth/principal.ts';
import { notFound, words } from '../http/errors.ts';
import { translationOf } from '../i18n/language.ts';
import { versionImpact } from '../steering/impact.ts';
import { parseSince } from '../steering/since.ts';
import { versionPair } from '../steering/versions.ts';
import { versionsDiff } from '../steering/versions-diff.ts';
import { assertMaySeeVersionChanges } from '../steering/who-may-see.ts';

export function steeringRoutes({ store, forms }: AppContext): Router {
  const router = Router();
  router.get('/forms/:form/diff', (req, res) => {
    assertMaySeeVersionChanges(principalOf(res));
    const { from, to } = versionPair(forms, String(req.params.form), req.query);
    // The sentences, titles included, in the request's language (?lang=, the caller's choice); kinds and pointers are the same in any.
    res.json(versionsDiff(forms, from, to, translationOf(res)));
  });
  router.get('/forms/:form/versions/:version/impact', async (req, res) => {
    assertMaySeeVersionChanges(principalOf(res));
    const target = forms.get(String(req.params.form), String(req.params.version));
    if (!target) throw notFound(words('api.form.noVersion'));
    res.json(await versionImpact(store, forms, target, parseSince(req.query.since)));
  });
  return router;
}
