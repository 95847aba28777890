/** The OpenAPI description of the drafts and rollout API (routes/drafts.ts, routes/rollout.ts). */
import type { Operation } from './openapi.ts';
import { whoMay } from '../../engine/vocabulary/roles.ts';

const policy = { 401: 'Not signed in', 403: `Only ${whoMay('author')} write, approve and publish definitions and pilots` };
const onDraft = { ...policy, 404: 'No such draft' };
const fourEyes = '403 also when the caller submitted it: another policy user must decide';

export const definitionOperations: Record<string, Record<string, Operation>> = {
  '/drafts': {
    get: { summary: 'Every draft, newest first, without its definition', success: [200, 'Drafts'], refusals: policy },
    post: { summary: 'Start a draft from a published version (it gets the next free minor version) or from a whole definition', body: 'CreateDraft', success: [201, '{id, revision, name, version}'], refusals: { ...policy, 400: 'Invalid body (fields named)', 404: 'from names no published version', 409: 'The definition declares a name and version already published', 413: 'The definition is larger than DEFINITION_LIMIT_KB' } },
  },
  '/drafts/{id}': {
    get: { summary: 'A draft with its definition, state, submission, decision and history', success: [200, 'The draft'], refusals: onDraft },
    put: { summary: 'Save the draft\'s definition at the revision last read', body: 'SaveDraft', success: [200, '{id, revision, state}'], refusals: { ...onDraft, 400: 'Invalid body', 409: 'Stale revision (someone else saved first), the draft is already published, or the definition declares a published name and version', 413: 'The definition is larger than DEFINITION_LIMIT_KB' } },
  },
  '/drafts/{id}/submit': { post: { summary: 'Submit the draft for approval: the checker must find no problem', body: 'Empty', success: [200, '{id, revision, state: "submitted"}'], refusals: { ...onDraft, 409: 'Already published, or names a published version', 422: 'The checker\'s problems, each {pointer, code, params, message}: code is the problem\'s key (forms/locales/<lang>/checker.json), message in the request\'s language' } } },
  '/drafts/{id}/review': { get: { summary: 'What an approver sees: the checker\'s result on the exact text (hash), the version it follows, what changed and its impact on past records, and per language besides English how many strings staff read its translation lacks (translations: language, total, untranslated)', success: [200, 'The review'], refusals: onDraft } },
  '/drafts/{id}/approve': { post: { summary: 'Approve a submitted draft, which publishes it; the approval keeps what the approver saw', body: 'ApproveDraft', success: [200, '{id, state, published: {name, version, hash}, approval}'], refusals: { ...onDraft, 403: fourEyes, 409: 'Not submitted, changed since it was submitted, not the revision reviewed, or the version was published meanwhile', 422: 'The checker finds problems' } } },
  '/drafts/{id}/reject': { post: { summary: 'Reject a submitted draft with a reason; it can be edited and submitted again', body: 'Reject', success: [200, '{id, revision, state: "rejected"}'], refusals: { ...onDraft, 403: fourEyes, 409: 'Not submitted' } } },
  '/rollout': { get: { summary: 'The current rollout (every published form in it), its history and the pilot proposals', success: [200, '{revision, rollout, history, proposals}'], refusals: policy } },
  '/rollout-proposals': {
    get: { summary: 'Every pilot proposal, newest first', success: [200, 'Proposals'], refusals: policy },
    post: { summary: 'Propose a pilot rule: which version of a form, where (regions, locations) and when (from, until)', body: 'ProposeRollout', success: [201, 'The proposal'], refusals: { ...policy, 400: 'Invalid body, or an unknown form, version, region or location (fields named)' } },
  },
  '/rollout-proposals/{id}/approve': { post: { summary: 'Approve a pilot proposal: the rule goes first among the form\'s rules in a new rollout revision', body: 'Empty', success: [200, '{proposal, revision, rollout}'], refusals: { ...policy, 403: fourEyes, 404: 'No such proposal', 409: 'Already decided, or the rollout changed meanwhile' } } },
  '/rollout-proposals/{id}/reject': { post: { summary: 'Reject a pilot proposal with a reason', body: 'Reject', success: [200, '{proposal}'], refusals: { ...policy, 403: fourEyes, 404: 'No such proposal', 409: 'Already decided' } } },
};
