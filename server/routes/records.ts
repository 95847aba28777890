/** Creating records, finding a person's records, and reading one record. */
import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { createRecord, dateIn, moveProblems, prefillAnswers, prefillSources } from '../../engine/index.ts';
import type { Move, Person } from '../../engine/types.ts';
import type { AppContext } from '../app-context.ts';
import { actorOf, principalOf } from '../auth/principal.ts';
import { badRequest, forbidden, HttpError, notFound } from '../http/errors.ts';
import { validateBody } from '../schemas/validate.ts';
import { DuplicateError } from '../store/types.ts';
import { visibleRecord, worksAtEitherEnd } from '../records/access.ts';
import { formOf, recordResponse } from '../records/view.ts';
import { canStartRecord } from '../records/permissions.ts';
import { creationChanges } from '../records/diff.ts';

export function recordRoutes({ store, forms }: AppContext): Router {
  const router = Router();

  router.post('/records', validateBody('CreateRecord'), async (req, res) => {
    const principal = principalOf(res);
    const { form: name, move, person } = req.body as { form: string; move: Move; person: Person };
    for (const end of ['from', 'to'] as const) {
      if (!forms.location(move[end])) throw badRequest(`/move/${end} is not a known location code`, [{ field: `/move/${end}`, message: 'is not a known location code' }]);
    }
    if (!forms.moveType(move.type)) {
      const known = `use one of ${forms.moveTypes.map((t) => t.const).join(', ')}`;
      throw badRequest(`/move/type is not a known type of move: ${known}`, [{ field: '/move/type', message: `is not a known type of move: ${known}` }]);
    }
    const problems = moveProblems(move, dateIn(new Date()));
    if (problems.length) throw badRequest(problems.map((p) => p.message).join('; '), problems);
    if (!worksAtEitherEnd(principal, move)) throw forbidden('You can only create records for moves that start or end where you work');
    const form = forms.versionFor(name, move);
    if (!form) throw notFound(`No form called ${name}`);
    if (!canStartRecord(form.compiled, principal.roles)) throw forbidden('Your role may not start this form');
    const previous = await store.lastConfirmedRecords(person.id, prefillSources(form.compiled));
    const prefill = prefillAnswers(form.compiled, previous.map((record) => ({ record, form: formOf(forms, record).compiled })));
    const at = new Date().toISOString();
    const record = createRecord(form.compiled, { id: randomUUID(), move, person, prefill }, actorOf(principal), at);
    try {
      await store.insertRecord(record, { at, user: principal.username, action: 'create', changes: creationChanges(record) });
    } catch (error) {
      if (error instanceof DuplicateError) {
        // Say which record: staff go to it rather than start again (only when they may see it).
        const existing = await store.recordForMove(form.name, move.id);
        const link = existing && worksAtEitherEnd(principal, existing.move) ? { recordId: existing.id, href: `/records/${existing.id}` } : {};
        throw new HttpError(409, 'duplicate', `A ${form.title} already exists for this move`, link);
      }
      throw error;
    }
    res.status(201).location(`/api/records/${record.id}`).json(recordResponse(forms, record, principal.roles));
  });

  router.get('/records', async (req, res) => {
    const principal = principalOf(res);
    const person = req.query.person;
    if (typeof person !== 'string' || person === '') throw badRequest('Give a person id: /api/records?person=…', [{ field: 'person', message: 'is required' }]);
    const records = await store.findRecords({ personId: person, locations: principal.locations });
    res.json(records.map((record) => recordResponse(forms, record, principal.roles)));
  });

  router.get('/records/:id', async (req, res) => {
    const principal = principalOf(res);
    const record = await visibleRecord(store, principal, String(req.params.id));
    res.json(recordResponse(forms, record, principal.roles));
  });

  return router;
}
