/**
 * The rollout and its pilot rules, for policy teams: GET /rollout shows the current rollout with its
 * history and the proposals; a pilot rule is proposed by one policy user and approved (which changes
 * the rollout, kept in its history) or rejected by another.
 */
import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import type { AppContext } from '../app-context.ts';
import type { RolloutRule } from '../../engine/rollout.ts';
import { definitionAuthor, secondPairOfEyes } from '../definitions/authority.ts';
import { checkPilotRule, withPilot } from '../definitions/pilot-rules.ts';
import { HttpError, notFound, words } from '../http/errors.ts';
import { validateBody } from '../schemas/validate.ts';
import type { StoredRolloutProposal } from '../store/definitions-types.ts';

export function rolloutRoutes({ store, forms }: AppContext): Router {
  const router = Router();

  router.get('/rollout', async (_req, res) => {
    definitionAuthor(res);
    const history = await store.rolloutHistory();
    res.json({
      revision: history.at(-1)?.revision ?? 0,
      rollout: forms.rollout(),
      history: history.map(({ rollout: _text, ...change }) => change),
      proposals: await store.listRolloutProposals(),
    });
  });

  router.get('/rollout-proposals', async (_req, res) => {
    definitionAuthor(res);
    res.json(await store.listRolloutProposals());
  });

  router.post('/rollout-proposals', validateBody('ProposeRollout'), async (req, res) => {
    const principal = definitionAuthor(res);
    const { form, rule } = req.body as { form: string; rule: RolloutRule };
    checkPilotRule(forms, form, rule);
    const proposal: StoredRolloutProposal = { id: randomUUID(), form, rule, state: 'proposed', proposedBy: principal.username, proposedAt: new Date().toISOString() };
    await store.createRolloutProposal(proposal);
    res.status(201).location(`/api/rollout-proposals/${proposal.id}`).json(proposal);
  });

  const proposalOf = async (id: string) => {
    const proposal = await store.getRolloutProposal(id);
    if (!proposal) throw notFound(words('api.rollout.notFound'));
    if (proposal.state !== 'proposed') throw new HttpError(409, 'decided', words('api.rollout.decided', { state: proposal.state, by: proposal.decided?.by ?? '' }));
    return proposal;
  };

  router.post('/rollout-proposals/:id/approve', validateBody('Empty'), async (req, res) => {
    const principal = definitionAuthor(res);
    const proposal = await proposalOf(String(req.params.id));
    secondPairOfEyes(principal, proposal.proposedBy, 'proposal');
    // Checked again: what it names must still exist when it takes effect.
    checkPilotRule(forms, proposal.form, proposal.rule);
    const current = await store.getRollout();
    const revision = current?.revision ?? 0;
    const at = new Date().toISOString();
    const rollout = JSON.stringify(withPilot(forms.rollout(), proposal.form, proposal.rule));
    const reason = `pilot of ${proposal.form} ${proposal.rule.version} proposed by ${proposal.proposedBy}${proposal.rule.description ? `: ${proposal.rule.description}` : ''}`;
    const approved = await store.decideRolloutProposal(proposal.id, { state: 'approved', decided: { by: principal.username, at, rolloutRevision: revision + 1 } }, { rollout: { rollout, at, by: principal.username, reason }, expectedRevision: revision });
    if (!approved) throw new HttpError(409, 'conflict', words('api.rollout.changed'));
    await forms.refresh();
    res.json({ proposal: approved, revision: revision + 1, rollout: forms.rollout() });
  });

  router.post('/rollout-proposals/:id/reject', validateBody('Reject'), async (req, res) => {
    const principal = definitionAuthor(res);
    const proposal = await proposalOf(String(req.params.id));
    secondPairOfEyes(principal, proposal.proposedBy, 'proposal');
    const { reason } = req.body as { reason: string };
    const rejected = await store.decideRolloutProposal(proposal.id, { state: 'rejected', decided: { by: principal.username, at: new Date().toISOString(), reason } });
    if (!rejected) throw new HttpError(409, 'conflict', words('api.rollout.decidedMeanwhile'));
    res.json({ proposal: rejected });
  });

  return router;
}
