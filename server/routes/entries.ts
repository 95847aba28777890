/**
 * After confirmation: handovers, the record of events and red flag warnings, append-only.
 * An entry may carry the id its device gave it (a UUID): the same id again from the same user is
 * answered as the first time was and stores nothing, so a device resending after a lost answer
 * never records anything twice (docs/offline.md).
 */
import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { addEvent, addRedFlag, recordHandover, replayOf, type StoredEntryKind } from '../../engine/index.ts';
import type { AppContext } from '../app-context.ts';
import { actorOf, principalOf } from '../auth/principal.ts';
import { validateBody } from '../schemas/validate.ts';
import type { BodySchemaName } from '../schemas/bodies.ts';
import { assertVisible } from '../records/access.ts';
import { changeRecord } from '../records/change.ts';
import { formIn, recordResponse } from '../records/view.ts';
import { languageOf, translationOf } from '../i18n/language.ts';
import { refusal } from '../records/refusals.ts';

const ENTRY_ROUTES: { path: string; action: string; kind: StoredEntryKind; schema: BodySchemaName; add: typeof addEvent }[] = [
  { path: 'handovers', action: 'handover', kind: 'handover', schema: 'Handover', add: recordHandover },
  { path: 'events', action: 'addEvent', kind: 'event', schema: 'Event', add: addEvent },
  { path: 'red-flags', action: 'addRedFlag', kind: 'redFlag', schema: 'RedFlag', add: addRedFlag },
];

/** Set on the answer to an entry whose id was stored already: nothing new was stored. */
export const REPLAYED_HEADER = 'Entry-Replayed';

export function entryRoutes({ store, forms, config, logger }: AppContext): Router {
  const router = Router();
  for (const { path, action, kind, schema, add } of ENTRY_ROUTES) {
    router.post(`/records/:id/${path}`, validateBody(schema), async (req, res) => {
      const principal = principalOf(res);
      const { id: given, ...body } = req.body as Record<string, unknown>;
      const id = typeof given === 'string' ? given.toLowerCase() : randomUUID();
      // One clock reading: a time left out means now, and a retried decision records the same entry.
      const receivedAt = new Date().toISOString();
      const input = { at: receivedAt, ...body };
      const recordedAt = typeof body.recordedAt === 'string' ? { recordedAt: body.recordedAt } : {};
      const audit = { entry: { id, ...recordedAt, receivedAt } };
      const { record, result } = await changeRecord<'replay'>(store, String(req.params.id), { user: principal.username, action, retries: config.saveRetries, audit }, (current) => {
        assertVisible(principal, current);
        const form = formIn(forms, current, languageOf(res)).compiled;
        if (typeof given === 'string') {
          const prior = replayOf(form, current, kind, id, body, principal.username, receivedAt, translationOf(res));
          if (prior === 'replay') return { record: current, result: 'replay' };
          if (prior !== 'new') throw refusal(prior);
        }
        const outcome = add(form, current, input, actorOf(principal, translationOf(res)), receivedAt, id);
        if (!outcome.ok) throw refusal(outcome.refusal);
        return { record: outcome.record };
      });
      if (result === 'replay') {
        res.setHeader(REPLAYED_HEADER, 'true');
        logger.info({ recordId: record.id, entryId: id, user: principal.username, action }, 'entry sent again: already stored, nothing stored');
      }
      res.status(201).json(recordResponse(forms, record, principal.roles, languageOf(res)));
    });
  }
  return router;
}
