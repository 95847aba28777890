/**
 * Saving answers of one section, and accepting prefilled answers as they are. The engine decides
 * everything (who may, what is valid, what conflicts, what is cleared); this file turns its verdicts
 * into HTTP answers and persists the outcome with a revision check. A save sent with
 * `Prefer: return=minimal` answers the stored record without the view model (server/http/prefer.ts).
 */
import { Router } from 'express';
import { acceptPrefill, saveSection } from '../../engine/index.ts';
import type { SectionAnswers } from '../../engine/types.ts';
import type { AppContext } from '../app-context.ts';
import { actorOf, principalOf } from '../auth/principal.ts';
import { validateBody } from '../schemas/validate.ts';
import { assertVisible } from '../records/access.ts';
import { changeRecord } from '../records/change.ts';
import { formIn, recordResponse } from '../records/view.ts';
import { languageOf, translationOf } from '../i18n/language.ts';
import { refusal } from '../records/refusals.ts';
import { assertKnownRevision } from '../records/revision.ts';
import { answerPreference, prefersMinimal } from '../http/prefer.ts';

export function sectionRoutes({ store, forms, config }: AppContext): Router {
  const router = Router();

  router.patch('/records/:id/sections/:section', validateBody('SaveSection'), async (req, res) => {
    const principal = principalOf(res);
    const { answers, revision } = req.body as { answers: SectionAnswers; revision: number };
    const section = String(req.params.section);
    const { record, result } = await changeRecord<{ cleared: string[]; reviewed: string[] }>(store, String(req.params.id), { user: principal.username, action: 'saveSection', retries: config.saveRetries }, (current) => {
      assertVisible(principal, current);
      assertKnownRevision(revision, current, () => ({ record: recordResponse(forms, current, principal.roles, languageOf(res)) }));
      const outcome = saveSection(formIn(forms, current, languageOf(res)).compiled, current, { section, answers, baseRevision: revision }, actorOf(principal, translationOf(res)), new Date().toISOString());
      if (!outcome.ok) throw refusal(outcome.refusal, outcome.refusal.kind === 'conflict' ? { record: recordResponse(forms, current, principal.roles, languageOf(res)) } : {});
      return { record: outcome.record, result: { cleared: outcome.cleared, reviewed: outcome.reviewed } };
    });
    // Prefer: return=minimal: the stored record without its view model, which a client that builds its own never reads.
    const minimal = prefersMinimal(req);
    answerPreference(res, minimal ? 'return=minimal' : undefined);
    res.json({ record: minimal ? record : recordResponse(forms, record, principal.roles, languageOf(res)), cleared: result?.cleared ?? [], reviewed: result?.reviewed ?? [] });
  });

  router.post('/records/:id/prefill-reviews', validateBody('PrefillReviews'), async (req, res) => {
    const principal = principalOf(res);
    const { pointers } = req.body as { pointers: string[] };
    const { record } = await changeRecord(store, String(req.params.id), { user: principal.username, action: 'reviewPrefill', retries: config.saveRetries }, (current) => {
      assertVisible(principal, current);
      const outcome = acceptPrefill(formIn(forms, current, languageOf(res)).compiled, current, pointers, actorOf(principal, translationOf(res)), new Date().toISOString());
      if (!outcome.ok) throw refusal(outcome.refusal);
      return { record: outcome.record };
    });
    res.json(recordResponse(forms, record, principal.roles, languageOf(res)));
  });

  return router;
}
