/** The audit trail of one record: every change, who made it and when, with old and new answers. For the audit privilege. */
import { Router } from 'express';
import type { AppContext } from '../app-context.ts';
import { mayDo } from '../../engine/vocabulary/roles.ts';
import { principalOf } from '../auth/principal.ts';
import { forbidden, holdersOf, words } from '../http/errors.ts';
import { visibleRecord } from '../records/access.ts';

export function auditRoutes({ store }: AppContext): Router {
  const router = Router();
  router.get('/records/:id/audit', async (req, res) => {
    const principal = principalOf(res);
    await visibleRecord(store, principal, String(req.params.id));
    if (!mayDo(principal, 'audit')) throw forbidden(words('api.audit.refused', undefined, { who: holdersOf('audit') }));
    res.json(await store.auditTrail(String(req.params.id)));
  });
  return router;
}
