/** The data records point at by code: the locations moves go between, and the types of move. */
import { Router } from 'express';
import type { AppContext } from '../app-context.ts';
import { principalOf } from '../auth/principal.ts';

export function referenceDataRoutes({ forms }: AppContext): Router {
  const router = Router();
  const lists = { '/locations': forms.locations, '/move-types': forms.moveTypes };
  for (const [path, list] of Object.entries(lists)) {
    router.get(path, (_req, res) => {
      principalOf(res);
      res.json(list);
    });
  }
  return router;
}
