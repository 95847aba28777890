/** Confirming (locks the answers) and cancelling a record. */
import { Router } from 'express';
import { cancelRecord, confirmRecord } from '../../engine/index.ts';
import type { AppContext } from '../app-context.ts';
import { actorOf, principalOf } from '../auth/principal.ts';
import { validateBody } from '../schemas/validate.ts';
import { assertVisible } from '../records/access.ts';
import { changeRecord } from '../records/change.ts';
import { formIn, recordResponse } from '../records/view.ts';
import { languageOf, translationOf } from '../i18n/language.ts';
import { refusal } from '../records/refusals.ts';

export function lifecycleRoutes({ store, forms, config }: AppContext): Router {
  const router = Router();

  router.post('/records/:id/confirm', validateBody('Empty'), async (req, res) => {
    const principal = principalOf(res);
    const { record } = await changeRecord(store, String(req.params.id), { user: principal.username, action: 'confirm', retries: config.saveRetries }, (current) => {
      assertVisible(principal, current);
      const outcome = confirmRecord(formIn(forms, current, languageOf(res)).compiled, current, actorOf(principal, translationOf(res)), new Date().toISOString());
      if (!outcome.ok) throw refusal(outcome.refusal);
      return { record: outcome.record };
    });
    res.json(recordResponse(forms, record, principal.roles, languageOf(res)));
  });

  router.post('/records/:id/cancel', validateBody('Cancel'), async (req, res) => {
    const principal = principalOf(res);
    const { record } = await changeRecord(store, String(req.params.id), { user: principal.username, action: 'cancel', retries: config.saveRetries }, (current) => {
      assertVisible(principal, current);
      const outcome = cancelRecord(formIn(forms, current, languageOf(res)).compiled, current, req.body, actorOf(principal, translationOf(res)), new Date().toISOString());
      if (!outcome.ok) throw refusal(outcome.refusal);
      return { record: outcome.record };
    });
    res.json(recordResponse(forms, record, principal.roles, languageOf(res)));
  });

  return router;
}
