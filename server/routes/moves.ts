/** GET /api/moves: records of moves from or to the caller's locations, today and the coming days. */
import { Router } from 'express';
import type { AppContext } from '../app-context.ts';
import { principalOf } from '../auth/principal.ts';
import { badRequest, words } from '../http/errors.ts';
import { languageOf } from '../i18n/language.ts';
import { movesPage, readMovesQuery } from '../records/moves.ts';

export function moveRoutes({ store, forms }: AppContext): Router {
  const router = Router();
  router.get('/moves', async (req, res) => {
    const principal = principalOf(res);
    const read = readMovesQuery(req.query as Record<string, unknown>);
    if ('problems' in read) throw badRequest(words('api.body.invalid', undefined, undefined, { problems: read.problems.map((p) => p.words!) }), read.problems);
    res.set('cache-control', 'no-store').json(await movesPage(store, forms, principal, read.query, languageOf(res)));
  });
  return router;
}
