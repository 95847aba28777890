/**
 * What every store adapter must do for the definitions registry: published versions never change,
 * drafts change only at the revision the caller read, approval publishes in one step, the rollout keeps
 * its history, a proposal is decided once. Each adapter's test file calls `registerDefinitionsContract`
 * with a factory opening the SAME database every call; tests use fresh names so they never collide.
 */
import { createHash, randomUUID } from 'node:crypto';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { DuplicateError, InvalidUpdateError, type Store } from '../../server/store/types.ts';
import type { PublishedVersion, StoredDraft } from '../../server/store/definitions-types.ts';
import { assertRefused } from './store-contract.ts';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 9, minute)).toISOString();

function published(name: string, version: string, title = 'A form'): PublishedVersion {
  const definition = JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', 'x-form': { name, version }, title, $defs: {} });
  return { name, version, hash: createHash('sha256').update(definition).digest('hex'), definition, publishedAt: at(1), publishedBy: 'policy2' };
}

function draft(overrides: Partial<StoredDraft> = {}): StoredDraft {
  const name = `form-${randomUUID().slice(0, 8)}`;
  return { id: randomUUID(), name, version: '1.0.0', definition: published(name, '1.0.0').definition, revision: 1, state: 'draft', createdBy: 'policy', createdAt: at(2), history: [{ at: at(2), user: 'policy', action: 'create', revision: 1 }], ...overrides };
}

const event = (action: string, user = 'policy') => ({ at: at(3), user, action });

export function registerDefinitionsContract(adapter: string, open: () => Promise<Store>): void {
  const test = suite<{ store: Store }>(`${adapter} definitions registry contract`, { store: undefined as unknown as Store });
  test.before(async (context) => { context.store = await open(); });
  test.after(async (context) => { await context.store.close(); });

  test('a published version reads back with its definition text; publishing it again changes nothing', async ({ store }) => {
    const before = await store.registryStamp();
    const version = published(`form-${randomUUID().slice(0, 8)}`, '1.0.0');
    assert.is(await store.publishVersion(version), true);
    assert.equal(await store.getPublishedVersion(version.name, '1.0.0'), version);
    assert.is(await store.publishVersion(version), false);
    assert.is((await store.registryStamp()).versions, before.versions + 1);
    const listed = (await store.listPublishedVersions()).find((v) => v.name === version.name);
    assert.equal(listed, { name: version.name, version: '1.0.0', hash: version.hash, publishedAt: at(1), publishedBy: 'policy2' });
    assert.is(await store.getPublishedVersion(version.name, '9.9.9'), null);
  });

  test('other content under a published name and version is refused with DuplicateError and the original kept', async ({ store }) => {
    const original = published(`form-${randomUUID().slice(0, 8)}`, '1.0.0');
    await store.publishVersion(original);
    await assertRefused(() => store.publishVersion(published(original.name, '1.0.0', 'Changed')), DuplicateError, 'a changed published version');
    assert.equal(await store.getPublishedVersion(original.name, '1.0.0'), original);
  });

  test('a draft changes only at the revision read; a stale change is null and stores nothing', async ({ store }) => {
    const created = draft();
    await store.createDraft(created);
    assert.equal(await store.getDraft(created.id), created);
    const saved = await store.updateDraft(created.id, 1, { definition: '{"title":"second"}' }, event('save'));
    assert.is(saved?.revision, 2);
    assert.is(saved?.definition, '{"title":"second"}');
    assert.equal(saved?.history.map((h) => [h.action, h.revision]), [['create', 1], ['save', 2]]);
    assert.is(await store.updateDraft(created.id, 1, { definition: '{"title":"stale"}' }, event('save', 'other')), null);
    assert.equal(await store.getDraft(created.id), saved);
    assert.ok((await store.listDrafts()).some((d) => d.id === created.id && !('definition' in d)));
    assert.is(await store.getDraft(randomUUID()), null);
  });

  test('keys that could reach the database as operators are refused, nothing stored', async ({ store }) => {
    const created = draft();
    await store.createDraft(created);
    await assertRefused(() => store.updateDraft(created.id, 1, { approval: { $where: 'x' } }, event('save')), InvalidUpdateError, 'an operator key');
    assert.equal(await store.getDraft(created.id), created);
  });

  test('approving publishes in one step, only a submitted draft at the revision read; a taken version publishes nothing', async ({ store }) => {
    const created = draft();
    await store.createDraft(created);
    const version = { ...published(created.name, '1.0.0'), draftId: created.id };
    const change = { state: 'approved' as const, decided: { by: 'policy2', at: at(4) } };
    assert.is(await store.approveDraft(created.id, 1, change, event('approve', 'policy2'), version), null, 'not submitted yet');
    assert.is(await store.getPublishedVersion(created.name, '1.0.0'), null);
    const submitted = await store.updateDraft(created.id, 1, { state: 'submitted', submitted: { by: 'policy', at: at(3), revision: 1 } }, event('submit'));
    assert.is(await store.approveDraft(created.id, 1, change, event('approve', 'policy2'), version), null, 'stale revision');
    const approved = await store.approveDraft(created.id, submitted!.revision, change, event('approve', 'policy2'), version);
    assert.is(approved?.state, 'approved');
    assert.equal(await store.getPublishedVersion(created.name, '1.0.0'), version);

    const rival = draft({ name: created.name, state: 'submitted' });
    await store.createDraft(rival);
    const other = { ...published(created.name, '1.0.0', 'Rival'), draftId: rival.id };
    await assertRefused(() => store.approveDraft(rival.id, 1, change, event('approve', 'policy2'), other), DuplicateError, 'a second 1.0.0');
    assert.is((await store.getDraft(rival.id))?.state, 'submitted');
    assert.equal(await store.getPublishedVersion(created.name, '1.0.0'), version);
  });

  test('the rollout changes only at the revision read and keeps every earlier rollout', async ({ store }) => {
    const current = await store.getRollout();
    const base = current?.revision ?? 0;
    const first = await store.putRollout({ rollout: '{"forms":{}}', at: at(1), by: 'a', reason: 'one' }, base);
    assert.is(first?.revision, base + 1);
    assert.is(await store.putRollout({ rollout: '{"forms":{"x":1}}', at: at(2), by: 'b', reason: 'stale' }, base), null);
    const second = await store.putRollout({ rollout: '{"forms":{"y":1}}', at: at(2), by: 'b', reason: 'two' }, base + 1);
    assert.equal(await store.getRollout(), second);
    assert.equal((await store.rolloutHistory()).slice(-2).map((r) => r.reason), ['one', 'two']);
    assert.is((await store.registryStamp()).rolloutRevision, base + 2);
  });

  test('a proposal is decided once, and its rollout change happens with it or not at all', async ({ store }) => {
    const proposal = { id: randomUUID(), form: 'f', rule: { version: '1.0.0', when: { locations: ['L1'] } }, state: 'proposed' as const, proposedBy: 'policy', proposedAt: at(1) };
    await store.createRolloutProposal(proposal);
    assert.equal(await store.getRolloutProposal(proposal.id), proposal);
    const revision = (await store.getRollout())?.revision ?? 0;
    const decision = { state: 'approved' as const, decided: { by: 'policy2', at: at(2), rolloutRevision: revision + 1 } };
    const next = { rollout: '{"forms":{"f":{}}}', at: at(2), by: 'policy2', reason: 'pilot' };
    assert.is(await store.decideRolloutProposal(proposal.id, decision, { rollout: next, expectedRevision: revision + 5 }), null, 'rollout moved on');
    assert.is((await store.getRolloutProposal(proposal.id))?.state, 'proposed');
    assert.is((await store.getRollout())?.revision ?? 0, revision);
    const approved = await store.decideRolloutProposal(proposal.id, decision, { rollout: next, expectedRevision: revision });
    assert.is(approved?.state, 'approved');
    assert.is((await store.getRollout())?.reason, 'pilot');
    assert.is(await store.decideRolloutProposal(proposal.id, { state: 'rejected', decided: { by: 'x', at: at(3) } }), null, 'decided twice');
    assert.ok((await store.listRolloutProposals()).some((p) => p.id === proposal.id && p.state === 'approved'));
  });

  test('the registry survives closing and reopening the store', async (context) => {
    const version = published(`form-${randomUUID().slice(0, 8)}`, '2.0.0');
    await context.store.publishVersion(version);
    const created = draft();
    await context.store.createDraft(created);
    await context.store.close();
    context.store = await open();
    assert.equal(await context.store.getPublishedVersion(version.name, '2.0.0'), version);
    assert.equal(await context.store.getDraft(created.id), created);
  });

  test.run();
}
