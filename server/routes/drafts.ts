/**
 * Drafts of form versions and their four-eyes approval, for policy teams: start a draft from a
 * published version (or a whole definition), save it at the revision read (409 otherwise), submit it
 * when the checker finds nothing, and have another policy user approve it (which publishes it) or
 * reject it with a reason. Every step is kept in the draft's history; the approval keeps what the
 * approver was shown (checker, diff and impact: definitions/approval.ts).
 */
import { randomUUID } from 'node:crypto';
import { Router, type Request } from 'express';
import type { AppContext } from '../app-context.ts';
import { definitionAuthor, secondPairOfEyes } from '../definitions/authority.ts';
import { declaredIdentity, definitionProblems, definitionText, nextFreeVersion, refuseIfPublished } from '../definitions/draft-checks.ts';
import { approvalRecord } from '../definitions/approval.ts';
import { problemsIn } from '../../engine/check/words.ts';
import { translationOf } from '../i18n/language.ts';
import { definitionHash } from '../definitions/hash.ts';
import { fieldProblem, HttpError, notFound, words } from '../http/errors.ts';
import { validateBody } from '../schemas/validate.ts';
import { DuplicateError, type Store } from '../store/types.ts';
import type { StoredDraft } from '../store/definitions-types.ts';

const draftResponse = (draft: StoredDraft) => ({ ...draft, definition: JSON.parse(draft.definition) as unknown });

const stale = (draft: StoredDraft | null) => (draft
  ? new HttpError(409, 'conflict', words('api.draft.staleBy', { revision: draft.revision, user: draft.history.at(-1)?.user ?? '' }), { revision: draft.revision })
  : new HttpError(409, 'conflict', words('api.draft.stale')));

async function draftOf(store: Store, req: Request): Promise<StoredDraft> {
  const draft = await store.getDraft(String(req.params.id));
  if (!draft) throw notFound(words('api.draft.notFound'));
  return draft;
}

export function draftRoutes({ store, forms, config }: AppContext): Router {
  const router = Router();

  router.get('/drafts', async (_req, res) => {
    definitionAuthor(res);
    res.json(await store.listDrafts());
  });

  router.post('/drafts', validateBody('CreateDraft'), async (req, res) => {
    const principal = definitionAuthor(res);
    const body = req.body as { from?: { form: string; version: string }; definition?: Record<string, unknown> };
    let definition = body.definition;
    if (body.from) {
      const base = forms.get(body.from.form, body.from.version);
      if (!base) throw new HttpError(404, 'notFound', words('api.draft.baseNotPublished', { form: body.from.form, version: body.from.version }), { fields: [fieldProblem('/from', words('api.draft.notPublishedField', { field: '/from' }))] });
      definition = { ...base.definition, 'x-form': { ...(base.definition['x-form'] as object), version: nextFreeVersion(forms, base.name, base.version) } };
    }
    const identity = declaredIdentity(definition!);
    refuseIfPublished(forms, identity);
    const at = new Date().toISOString();
    const draft: StoredDraft = {
      id: randomUUID(), ...identity, definition: definitionText(definition!, config.definitionLimitBytes), revision: 1, state: 'draft',
      ...(body.from ? { basedOn: body.from } : {}), createdBy: principal.username, createdAt: at,
      history: [{ at, user: principal.username, action: body.from ? `start from ${body.from.form} ${body.from.version}` : 'start', revision: 1 }],
    };
    await store.createDraft(draft);
    res.status(201).location(`/api/drafts/${draft.id}`).json({ id: draft.id, revision: draft.revision, name: draft.name, version: draft.version });
  });

  router.get('/drafts/:id', async (req, res) => {
    definitionAuthor(res);
    res.json(draftResponse(await draftOf(store, req)));
  });

  router.put('/drafts/:id', validateBody('SaveDraft'), async (req, res) => {
    const principal = definitionAuthor(res);
    const { definition, revision } = req.body as { definition: Record<string, unknown>; revision: number };
    const draft = await draftOf(store, req);
    if (draft.state === 'approved') throw new HttpError(409, 'published', words('api.draft.published'));
    if (draft.revision !== revision) throw stale(draft);
    const identity = declaredIdentity(definition);
    refuseIfPublished(forms, identity);
    const text = definitionText(definition, config.definitionLimitBytes);
    // A rejected draft edited again is a draft again; a submitted one stays submitted, but cannot be approved until submitted again.
    const state = draft.state === 'rejected' ? 'draft' : draft.state;
    const saved = await store.updateDraft(draft.id, revision, { ...identity, definition: text, state }, { at: new Date().toISOString(), user: principal.username, action: 'save' });
    if (!saved) throw stale(await store.getDraft(draft.id));
    res.json({ id: saved.id, revision: saved.revision, state: saved.state });
  });

  router.post('/drafts/:id/submit', validateBody('Empty'), async (req, res) => {
    const principal = definitionAuthor(res);
    const draft = await draftOf(store, req);
    if (draft.state === 'approved') throw new HttpError(409, 'published', words('api.draft.alreadyPublished'));
    const definition = JSON.parse(draft.definition) as Record<string, unknown>;
    refuseIfPublished(forms, declaredIdentity(definition));
    const problems = definitionProblems(definition);
    if (problems.length > 0) {
      throw new HttpError(422, 'definitionProblems', words('api.draft.problems', { count: problems.length }), { problems });
    }
    const at = new Date().toISOString();
    const submitted = await store.updateDraft(draft.id, draft.revision, { state: 'submitted', submitted: { by: principal.username, at, revision: draft.revision + 1 } }, { at, user: principal.username, action: 'submit' });
    if (!submitted) throw stale(await store.getDraft(draft.id));
    res.json({ id: submitted.id, revision: submitted.revision, state: submitted.state });
  });

  router.get('/drafts/:id/review', async (req, res) => {
    definitionAuthor(res);
    const draft = await draftOf(store, req);
    const approval = await approvalRecord(store, forms, draft, JSON.parse(draft.definition));
    res.json({ ...approval, problems: problemsIn(translationOf(res), approval.problems) });
  });

  router.post('/drafts/:id/approve', validateBody('ApproveDraft'), async (req, res) => {
    const principal = definitionAuthor(res);
    const draft = await draftOf(store, req);
    if (draft.state !== 'submitted' || !draft.submitted) throw new HttpError(409, 'notSubmitted', words('api.draft.notSubmittedApprove', { state: draft.state }));
    secondPairOfEyes(principal, draft.submitted.by, 'draft');
    if (draft.revision !== draft.submitted.revision) {
      throw new HttpError(409, 'changedSinceSubmitted', words('api.draft.changedSinceSubmitted', { submitted: draft.submitted.revision, revision: draft.revision }));
    }
    const seen = (req.body as { revision?: number }).revision;
    if (seen !== undefined && seen !== draft.revision) throw stale(draft);
    const definition = JSON.parse(draft.definition) as Record<string, unknown>;
    refuseIfPublished(forms, draft);
    const approval = await approvalRecord(store, forms, draft, definition);
    if (approval.problems.length > 0) throw new HttpError(422, 'definitionProblems', words('api.draft.problemsNow'), { problems: approval.problems });
    const at = new Date().toISOString();
    let approved: StoredDraft | null;
    try {
      approved = await store.approveDraft(draft.id, draft.revision, { state: 'approved', decided: { by: principal.username, at }, approval }, { at, user: principal.username, action: 'approve and publish' }, {
        name: draft.name, version: draft.version, hash: definitionHash(draft.definition), definition: draft.definition, publishedAt: at, publishedBy: principal.username, draftId: draft.id,
      });
    } catch (error) {
      if (error instanceof DuplicateError) throw new HttpError(409, 'alreadyPublished', words('api.draft.publishedMeanwhile', { form: draft.name, version: draft.version }));
      throw error;
    }
    if (!approved) throw stale(await store.getDraft(draft.id));
    await forms.refresh();
    res.json({ id: approved.id, state: approved.state, published: { name: draft.name, version: draft.version, hash: definitionHash(draft.definition) }, approval });
  });

  router.post('/drafts/:id/reject', validateBody('Reject'), async (req, res) => {
    const principal = definitionAuthor(res);
    const draft = await draftOf(store, req);
    if (draft.state !== 'submitted' || !draft.submitted) throw new HttpError(409, 'notSubmitted', words('api.draft.notSubmittedReject', { state: draft.state }));
    secondPairOfEyes(principal, draft.submitted.by, 'draft');
    const at = new Date().toISOString();
    const { reason } = req.body as { reason: string };
    const rejected = await store.updateDraft(draft.id, draft.revision, { state: 'rejected', decided: { by: principal.username, at, reason } }, { at, user: principal.username, action: 'reject', detail: { reason } });
    if (!rejected) throw stale(await store.getDraft(draft.id));
    res.json({ id: rejected.id, revision: rejected.revision, state: rejected.state });
  });

  return router;
}
