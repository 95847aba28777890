/**
 * Policy teams draft, submit, approve (four eyes) and publish form versions and pilots through the API:
 * what a second policy user approves is served by every server; bad input is refused naming the
 * problem, with nothing published.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_FORMS, startServer, type TestServer } from './support/server.ts';
import { newMove, newPerson } from './support/records.ts';
import type { Client } from './support/client.ts';

const fixture = (version: string) => JSON.parse(readFileSync(join(FIXTURE_FORMS, 'escort-check', `${version}.json`), 'utf8'));
function named(name: string, version = '1.0.0', title = `Form ${name}`) {
  const definition = fixture('1.1.0');
  definition['x-form'] = { ...definition['x-form'], name, version };
  definition.title = title;
  return definition;
}

let server: TestServer;
let policy: Client;
let policy2: Client;
let prison: Client;
test.before(async () => {
  server = await startServer();
  [policy, policy2, prison] = await Promise.all(['policy', 'policy2', 'prison'].map((u) => server.login(u)));
});
test.after(async () => server.close());

const versionsOf = async (client: Client, name: string) => (await client.get('/api/forms')).body.find((f: any) => f.name === name)?.versions;

test('a draft from a published version gets the next free version, saves at the revision read, and a stale save is 409', async () => {
  const created = await policy.post('/api/drafts', { from: { form: 'escort-check', version: '1.1.0' } });
  assert.is(created.status, 201, created.text);
  assert.equal([created.body.name, created.body.version, created.body.revision], ['escort-check', '1.2.0', 1]);
  const draft = (await policy.get(`/api/drafts/${created.body.id}`)).body;
  assert.is(draft.definition.title, 'Escort check (pilot)');
  draft.definition.title = 'Escort check 1.2';
  const saved = await policy.put(`/api/drafts/${draft.id}`, { definition: draft.definition, revision: 1 });
  assert.is(saved.status, 200, saved.text);
  assert.is(saved.body.revision, 2);
  const stale = await policy2.put(`/api/drafts/${draft.id}`, { definition: { ...draft.definition, title: 'Theirs' }, revision: 1 });
  assert.is(stale.status, 409);
  assert.match(stale.body.message, /changed by someone else.*revision 2, by policy/);
  assert.is((await policy.get(`/api/drafts/${draft.id}`)).body.definition.title, 'Escort check 1.2');
});

test('submit needs zero problems (422 lists them); the submitter cannot approve; another policy user approves and it is published', async () => {
  const definition = named('road-check');
  definition.properties.risk.required = ['nothere'];
  const { id } = (await policy.post('/api/drafts', { definition })).body;
  const refused = await policy.post(`/api/drafts/${id}/submit`, {});
  assert.is(refused.status, 422);
  assert.ok(refused.body.problems.some((p: any) => p.pointer === '/properties/risk/required/0' && /nothere/.test(p.message)), refused.text);
  delete definition.properties.risk.required;
  assert.is((await policy.put(`/api/drafts/${id}`, { definition, revision: 1 })).status, 200);
  const submitted = await policy.post(`/api/drafts/${id}/submit`, {});
  assert.is(submitted.status, 200, submitted.text);
  assert.is(submitted.body.state, 'submitted');
  const own = await policy.post(`/api/drafts/${id}/approve`, {});
  assert.is(own.status, 403);
  assert.match(own.body.message, /You submitted this draft: another policy user must approve/);
  assert.is(await versionsOf(prison, 'road-check'), undefined);
  const approved = await policy2.post(`/api/drafts/${id}/approve`, { revision: submitted.body.revision });
  assert.is(approved.status, 200, approved.text);
  assert.equal(approved.body.published.version, '1.0.0');
  assert.equal(approved.body.approval.problems, []);
  assert.is(approved.body.approval.previous, null);
  assert.equal(await versionsOf(prison, 'road-check'), ['1.0.0']);
  const stored = (await policy.get(`/api/drafts/${id}`)).body;
  assert.equal(stored.history.map((h: any) => [h.user, h.action]), [['policy', 'start'], ['policy', 'save'], ['policy', 'submit'], ['policy2', 'approve and publish']]);
  assert.is(stored.approval.hash, approved.body.published.hash);
  // The first version of a new form is its default everywhere.
  const record = await prison.post('/api/records', { form: 'road-check', move: newMove(), person: newPerson() });
  assert.is(record.status, 201, record.text);
  assert.is(record.body.version, '1.0.0');
  assert.is((await policy2.put(`/api/drafts/${id}`, { definition, revision: stored.revision })).status, 409, 'a published draft never changes');
});

test('the review and the approval of a new version keep the diff from the version before and its impact on past records', async () => {
  const { id } = (await policy.post('/api/drafts', { from: { form: 'escort-check', version: '1.1.0' } })).body;
  const draft = (await policy.get(`/api/drafts/${id}`)).body;
  draft.definition.properties.risk.properties.violent.title = 'Have they been violent?';
  const saved = await policy.put(`/api/drafts/${id}`, { definition: draft.definition, revision: draft.revision });
  assert.is(saved.status, 200, saved.text);
  assert.is((await policy.post(`/api/drafts/${id}/submit`, {})).status, 200);
  const review = (await policy2.get(`/api/drafts/${id}/review`)).body;
  assert.equal(review.previous.version, '1.1.0');
  assert.equal([review.diff.from, review.diff.to], ['1.1.0', draft.version]);
  assert.ok(review.diff.changes.some((sentence: string) => sentence.includes('Have they been violent?')), JSON.stringify(review.diff.changes));
  assert.type(review.impact.records, 'number');
  assert.match(review.impact.since, /^\d{4}-\d{2}-\d{2}$/);
  const approved = await policy2.post(`/api/drafts/${id}/approve`, {});
  assert.is(approved.status, 200, approved.text);
  assert.equal(approved.body.approval.diff, review.diff);
  assert.equal((await policy.get(`/api/drafts/${id}`)).body.approval.impact, review.impact);
});

test('bad drafts are refused naming the problem, and nothing is published', async () => {
  const taken = await policy.post('/api/drafts', { definition: fixture('1.0.0') });
  assert.is(taken.status, 409);
  assert.match(taken.body.message, /escort-check 1\.0\.0 is already published/);
  const { id } = (await policy.post('/api/drafts', { definition: named('late-change') })).body;
  assert.is((await policy.post(`/api/drafts/${id}/submit`, {})).status, 200);
  const changed = named('late-change', '1.0.0', 'Changed after submitting');
  assert.is((await policy.put(`/api/drafts/${id}`, { definition: changed, revision: 2 })).status, 200);
  const late = await policy2.post(`/api/drafts/${id}/approve`, {});
  assert.is(late.status, 409);
  assert.match(late.body.message, /changed after it was submitted.*submitted again/);
  const both = await policy.post('/api/drafts', { from: { form: 'escort-check', version: '1.0.0' }, definition: named('x') });
  assert.is(both.status, 400);
  assert.is((await policy.post('/api/drafts', { from: { form: 'escort-check', version: '7.0.0' } })).status, 404);
  assert.is(await versionsOf(prison, 'late-change'), undefined);
  // The approver can still send it back.
  assert.is((await policy2.post(`/api/drafts/${id}/reject`, { reason: 'Submit it again' })).status, 200);
});

test('a definition over the configured limit is refused with its size and the limit', async () => {
  const small = await startServer({ definitionLimitBytes: 4 * 1024 });
  try {
    const client = await small.login('policy');
    const refused = await client.post('/api/drafts', { definition: named('big-form') });
    assert.is(refused.status, 413);
    assert.match(refused.body.message, /The definition is \d+ kB; the largest accepted is 4 kB \(DEFINITION_LIMIT_KB\)/);
    assert.equal((await client.get('/api/drafts')).body, []);
  } finally {
    await small.close();
  }
});

test('only policy teams may use drafts; a rejected draft keeps its reason', async () => {
  assert.is((await prison.get('/api/drafts')).status, 403);
  assert.is((await prison.post('/api/drafts', { definition: named('sneaky') })).status, 403);
  const { id } = (await policy.post('/api/drafts', { definition: named('rejected-form') })).body;
  await policy.post(`/api/drafts/${id}/submit`, {});
  assert.is((await policy.post(`/api/drafts/${id}/reject`, { reason: 'mine' })).status, 403);
  const rejected = await policy2.post(`/api/drafts/${id}/reject`, { reason: 'Needs the health section' });
  assert.is(rejected.status, 200);
  assert.equal((await policy.get(`/api/drafts/${id}`)).body.decided.reason, 'Needs the health section');
});

test('a pilot is proposed and approved by two people; the next record at the pilot location on any server gets the pilot version', async () => {
  const other = await startServer({}, {}, server);
  try {
    const unknownLocation = await policy.post('/api/rollout-proposals', { form: 'escort-check', rule: { version: '1.1.0', when: { locations: ['NOWHERE'] } } });
    assert.is(unknownLocation.status, 400);
    assert.match(unknownLocation.body.message, /\/rule\/when\/locations\/0 "NOWHERE" is not a known location/);
    const unknownVersion = await policy.post('/api/rollout-proposals', { form: 'escort-check', rule: { version: '3.0.0', when: { locations: ['WIN'] } } });
    assert.is(unknownVersion.status, 400);
    assert.match(unknownVersion.body.message, /"3\.0\.0" is not a published version of escort-check/);
    const before = (await policy.get('/api/rollout')).body;
    const proposed = await policy.post('/api/rollout-proposals', { form: 'escort-check', rule: { version: '1.1.0', description: 'Winchester pilot', when: { locations: ['WIN'], from: '2026-12-01' } } });
    assert.is(proposed.status, 201, proposed.text);
    const otherPrison = await other.login('prison');
    const move = () => newMove('WIN', 'WINCC', '2026-12-15');
    assert.is((await otherPrison.post('/api/records', { form: 'escort-check', move: move(), person: newPerson() })).body.version, '1.0.0');
    assert.is((await policy.post(`/api/rollout-proposals/${proposed.body.id}/approve`, {})).status, 403);
    const approved = await policy2.post(`/api/rollout-proposals/${proposed.body.id}/approve`, {});
    assert.is(approved.status, 200, approved.text);
    assert.is((await otherPrison.post('/api/records', { form: 'escort-check', move: move(), person: newPerson() })).body.version, '1.1.0');
    const after = (await policy.get('/api/rollout')).body;
    assert.is(after.revision, before.revision + 1);
    assert.equal(after.rollout.forms['escort-check'].rules[0], { version: '1.1.0', description: 'Winchester pilot', when: { locations: ['WIN'], from: '2026-12-01' } });
    assert.equal(after.history.at(-1).by, 'policy2');
    assert.is((await policy2.post(`/api/rollout-proposals/${proposed.body.id}/approve`, {})).status, 409, 'decided once');
  } finally {
    await other.close();
  }
});

test('the OpenAPI document describes the drafts and rollout API', async () => {
  const doc = (await prison.get('/api/openapi.json')).body;
  for (const path of ['/drafts', '/drafts/{id}', '/drafts/{id}/submit', '/drafts/{id}/approve', '/drafts/{id}/reject', '/rollout', '/rollout-proposals', '/rollout-proposals/{id}/approve']) assert.ok(doc.paths[path], path);
  assert.ok(doc.components.schemas.ProposeRollout);
});

test.run();
