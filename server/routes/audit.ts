/** The audit trail of one record: every change, who made it and when, with old and new answers. Auditors only. */
import { Router } from 'express';
import type { AppContext } from '../app-context.ts';
import { hasRole, principalOf } from '../auth/principal.ts';
import { forbidden } from '../http/errors.ts';
import { visibleRecord } from '../records/access.ts';

export function auditRoutes({ store }: AppContext): Router {
  const router = Router();
  router.get('/records/:id/audit', async (req, res) => {
    const principal = principalOf(res);
    await visibleRecord(store, principal, String(req.params.id));
    if (!hasRole(principal, ['auditor'])) throw forbidden('Only auditors may read the audit trail');
    res.json(await store.auditTrail(String(req.params.id)));
  });
  return router;
}
