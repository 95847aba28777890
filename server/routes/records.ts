/** Creating records, finding a person's records, and reading one record. */
import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { createRecord, creationChanges, dateIn, moveProblems, prefillSources } from '../../engine/index.ts';
import type { Move, Person } from '../../engine/types.ts';
import type { AppContext } from '../app-context.ts';
import { actorOf, principalOf } from '../auth/principal.ts';
import { badRequest, fieldProblem, forbidden, HttpError, notFound, words } from '../http/errors.ts';
import { languageOf, translationOf } from '../i18n/language.ts';
import { validateBody } from '../schemas/validate.ts';
import { DuplicateError } from '../store/types.ts';
import { visibleRecord, worksAtEitherEnd } from '../records/access.ts';
import { recordResponse } from '../records/view.ts';
import { canStartRecord } from '../records/permissions.ts';
import { implausibleDates } from '../records/plausible.ts';
import { crossingEntries, planPrefill } from '../records/prefill-guard.ts';

export function recordRoutes({ store, forms, config, logger, custodyCheck }: AppContext): Router {
  const router = Router();

  router.post('/records', validateBody('CreateRecord'), async (req, res) => {
    const principal = principalOf(res);
    const { form: name, move, person } = req.body as { form: string; move: Move; person: Person };
    for (const end of ['from', 'to'] as const) {
      if (!forms.location(move[end])) throw badRequest(words('api.record.unknownLocation', { field: `/move/${end}` }), [fieldProblem(`/move/${end}`, words('api.record.unknownLocation', { field: `/move/${end}` }))]);
    }
    if (!forms.moveType(move.type)) {
      const unknown = words('api.record.unknownMoveType', { field: '/move/type', types: forms.moveTypes.map((t) => t.const).join(', ') });
      throw badRequest(unknown, [fieldProblem('/move/type', unknown)]);
    }
    const today = dateIn(new Date());
    const implausible = implausibleDates(person, today);
    if (implausible.length > 0) throw badRequest(words('api.body.invalid', undefined, undefined, { problems: implausible.map((p) => p.words!) }), implausible);
    // The staff pages run this same rule with the same window (GET /api/session gives it), so they agree.
    const moveWrong = moveProblems(move, today, config.moveDateWindow, translationOf(res));
    if (moveWrong.length) throw badRequest(moveWrong.map((p) => `${p.field}: ${p.message}`).join('; '), moveWrong);
    if (!worksAtEitherEnd(principal, move)) throw forbidden(words('api.record.notYourMove'));
    const form = forms.versionFor(name, move);
    if (!form) throw notFound(words('api.form.none', { name }));
    if (!canStartRecord(form.compiled, principal.roles)) throw forbidden(words('api.record.mayNotStart'));
    const previous = await store.lastConfirmedRecords(person.id, prefillSources(form.compiled));
    const plan = await planPrefill({ forms, form, principal, person, move, previous, custodyCheck, timeoutMs: config.custodyCheckTimeoutMs, logger });
    const at = new Date().toISOString();
    const record = createRecord(form.compiled, { id: randomUUID(), move, person, prefill: plan.prefill }, actorOf(principal), at);
    const { withheld } = plan;
    const changes = [...creationChanges(record), ...(withheld ? [{ pointer: '/prefillWithheld', new: { reason: withheld.reason, sourceRecordIds: withheld.sourceRecordIds } }] : [])];
    try {
      await store.insertRecord(record, { at, user: principal.username, action: 'create', changes });
    } catch (error) {
      if (error instanceof DuplicateError) {
        // Say which record: staff go to it rather than start again (only when they may see it).
        const existing = await store.recordForMove(form.name, move.id);
        const link = existing && worksAtEitherEnd(principal, existing.move) ? { recordId: existing.id, href: `/records/${existing.id}` } : {};
        throw new HttpError(409, 'duplicate', words('api.record.duplicate', { form: form.title }), link);
      }
      throw error;
    }
    // After the record: a crossing is listed only for a record that exists. Its creation audit names the
    // same sources, so an entry lost to a crash here is still in the record's own trail.
    if (plan.crossings.length > 0) await store.recordPrefillCrossings(crossingEntries(plan, record, principal.username));
    const body = recordResponse(forms, record, principal.roles, languageOf(res));
    res.status(201).location(`/api/records/${record.id}`).json(withheld ? { ...body, prefillWithheld: { reason: withheld.reason, message: withheld.message } } : body);
  });

  router.get('/records', async (req, res) => {
    const principal = principalOf(res);
    const person = req.query.person;
    if (typeof person !== 'string' || person === '') throw badRequest(words('api.record.personRequired'), [fieldProblem('person', words('api.field.required', { field: 'person' }))]);
    const records = await store.findRecords({ personId: person, locations: principal.locations });
    res.json(records.map((record) => recordResponse(forms, record, principal.roles, languageOf(res))));
  });

  router.get('/records/:id', async (req, res) => {
    const principal = principalOf(res);
    const record = await visibleRecord(store, principal, String(req.params.id));
    res.json(recordResponse(forms, record, principal.roles, languageOf(res)));
  });

  return router;
}
