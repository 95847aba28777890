/**
 * GET /api/prefill-crossings: the prefills that carried answers from a record made at one location into
 * a record created by someone who does not work there, newest first. Auditors only, and only crossings
 * whose new record or source record was made at one of the auditor's locations.
 */
import { Router } from 'express';
import type { AppContext } from '../app-context.ts';
import { mayDo } from '../../engine/vocabulary/roles.ts';
import { principalOf } from '../auth/principal.ts';
import { forbidden, holdersOf, refused, words } from '../http/errors.ts';
import { isIsoDateTime } from '../../engine/entries.ts';

const MAX_LIMIT = 500;

export function prefillCrossingRoutes({ store }: AppContext): Router {
  const router = Router();
  router.get('/prefill-crossings', async (req, res) => {
    const principal = principalOf(res);
    if (!mayDo(principal, 'audit')) throw forbidden(words('api.prefillCrossings.refused', undefined, { who: holdersOf('audit') }));
    const { since, limit } = req.query;
    if (since !== undefined && !isIsoDateTime(since)) throw refused('since', words('api.query.dateTime', { field: 'since' }));
    const count = limit === undefined ? 100 : Number(limit);
    if (!Number.isInteger(count) || count < 1 || count > MAX_LIMIT) throw refused('limit', words('api.query.wholeNumber', { field: 'limit', max: MAX_LIMIT }));
    const sinceIso = since === undefined ? undefined : new Date(since).toISOString();
    res.json(await store.prefillCrossings({ locations: principal.locations, ...(sinceIso ? { since: sinceIso } : {}), limit: count }));
  });
  return router;
}
