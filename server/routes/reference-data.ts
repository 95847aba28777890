/** The data records point at by code: the locations moves go between, their regions, and the types of move. */
import { Router } from 'express';
import type { AppContext } from '../app-context.ts';
import { principalOf } from '../auth/principal.ts';
import { queryLanguage } from '../http/language-query.ts';
import type { Language } from '../../engine/i18n/index.ts';

export function referenceDataRoutes({ forms }: AppContext): Router {
  const router = Router();
  const lists = {
    '/locations': (language: Language) => forms.locationsIn(language).locations,
    '/regions': (language: Language) => forms.locationsIn(language).regions,
    '/move-types': (language: Language) => forms.moveTypesIn(language),
  };
  for (const [path, list] of Object.entries(lists)) {
    router.get(path, (req, res) => {
      principalOf(res);
      res.json(list(queryLanguage(req.query)));
    });
  }
  return router;
}
