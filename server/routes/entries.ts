/** After confirmation: handovers, the record of events and red flag warnings, append-only. */
import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { addEvent, addRedFlag, recordHandover } from '../../engine/index.ts';
import type { AppContext } from '../app-context.ts';
import { actorOf, principalOf } from '../auth/principal.ts';
import { validateBody } from '../schemas/validate.ts';
import type { BodySchemaName } from '../schemas/bodies.ts';
import { assertVisible } from '../records/access.ts';
import { changeRecord } from '../records/change.ts';
import { formOf, recordResponse } from '../records/view.ts';
import { refusal } from '../records/refusals.ts';

const ENTRY_ROUTES: { path: string; action: string; schema: BodySchemaName; add: typeof addEvent }[] = [
  { path: 'handovers', action: 'handover', schema: 'Handover', add: recordHandover },
  { path: 'events', action: 'addEvent', schema: 'Event', add: addEvent },
  { path: 'red-flags', action: 'addRedFlag', schema: 'RedFlag', add: addRedFlag },
];

export function entryRoutes({ store, forms, config }: AppContext): Router {
  const router = Router();
  for (const { path, action, schema, add } of ENTRY_ROUTES) {
    router.post(`/records/:id/${path}`, validateBody(schema), async (req, res) => {
      const principal = principalOf(res);
      const id = randomUUID();
      // Time left out means now, fixed once so a retried decision records the same entry.
      const input = { at: new Date().toISOString(), ...(req.body as Record<string, unknown>) };
      const { record } = await changeRecord(store, String(req.params.id), { user: principal.username, action, retries: config.saveRetries }, (current) => {
        assertVisible(principal, current);
        const outcome = add(formOf(forms, current).compiled, current, input, actorOf(principal), new Date().toISOString(), id);
        if (!outcome.ok) throw refusal(outcome.refusal);
        return { record: outcome.record };
      });
      res.status(201).json(recordResponse(forms, record, principal.roles));
    });
  }
  return router;
}
