/** The locations records can move between (codes, names, kinds and regions). */
import { Router } from 'express';
import type { AppContext } from '../app-context.ts';
import { principalOf } from '../auth/principal.ts';

export function locationRoutes({ forms }: AppContext): Router {
  const router = Router();
  router.get('/locations', (_req, res) => {
    principalOf(res);
    res.json(forms.locations);
  });
  return router;
}
