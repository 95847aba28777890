/** Confirming (locks the answers) and cancelling a record. */
import { Router } from 'express';
import { cancelRecord, confirmRecord } from '../../engine/index.ts';
import type { AppContext } from '../app-context.ts';
import { actorOf, principalOf } from '../auth/principal.ts';
import { validateBody } from '../schemas/validate.ts';
import { assertVisible } from '../records/access.ts';
import { changeRecord } from '../records/change.ts';
import { formOf, recordResponse } from '../records/view.ts';
import { refusal } from '../records/refusals.ts';

export function lifecycleRoutes({ store, forms, config }: AppContext): Router {
  const router = Router();

  router.post('/records/:id/confirm', validateBody('Empty'), async (req, res) => {
    const principal = principalOf(res);
    const { record } = await changeRecord(store, String(req.params.id), { user: principal.username, action: 'confirm', retries: config.saveRetries }, (current) => {
      assertVisible(principal, current);
      const outcome = confirmRecord(formOf(forms, current).compiled, current, actorOf(principal), new Date().toISOString());
      if (!outcome.ok) throw refusal(outcome.refusal);
      return { record: outcome.record };
    });
    res.json(recordResponse(forms, record, principal.roles));
  });

  router.post('/records/:id/cancel', validateBody('Cancel'), async (req, res) => {
    const principal = principalOf(res);
    const { record } = await changeRecord(store, String(req.params.id), { user: principal.username, action: 'cancel', retries: config.saveRetries }, (current) => {
      assertVisible(principal, current);
      const outcome = cancelRecord(formOf(forms, current).compiled, current, req.body, actorOf(principal), new Date().toISOString());
      if (!outcome.ok) throw refusal(outcome.refusal);
      return { record: outcome.record };
    });
    res.json(recordResponse(forms, record, principal.roles));
  });

  return router;
}
