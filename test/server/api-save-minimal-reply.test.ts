/**
 * A section save sent with `Prefer: return=minimal` (RFC 7240) answers the stored record without the
 * view model, says so in Preference-Applied, and both replies say Vary: Prefer. Without the header, or
 * with one that does not ask for it, the reply is the full one; refusals carry what they always did.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startServer, type TestServer } from './support/server.ts';
import { createRecord } from './support/records.ts';
import type { Client } from './support/client.ts';

let server: TestServer;

test.before(async () => { server = await startServer(); });
test.after(async () => { await server.close(); });

function saveWith(client: Client, id: string, answers: Record<string, unknown>, revision: number, prefer?: string) {
  return client.request('PATCH', `/api/records/${id}/sections/risk`, { answers, revision }, { headers: prefer === undefined ? {} : { prefer } });
}

const varies = (headers: Headers) => (headers.get('vary') ?? '').split(',').map((v) => v.trim().toLowerCase()).includes('prefer');

test('return=minimal answers the stored record without its view model', async () => {
  const prison = await server.login('prison');
  const record = await createRecord(prison);
  const res = await saveWith(prison, record.id, { violent: 'yes' }, record.revision, 'return=minimal');
  assert.is(res.status, 200, res.text);
  assert.is(res.headers.get('preference-applied'), 'return=minimal');
  assert.ok(varies(res.headers), `Vary: ${res.headers.get('vary')}`);
  assert.equal(Object.keys(res.body).sort(), ['cleared', 'record', 'reviewed']);
  assert.is(res.body.record.viewModel, undefined);
  assert.is(res.body.record.answers.risk.violent, 'yes');
  assert.is(res.body.record.revision, record.revision + 1);
  // What it answered is what is stored: reading the record gives the same, plus the view model.
  const { viewModel, ...stored } = (await prison.get(`/api/records/${record.id}`)).body;
  assert.ok(viewModel);
  assert.equal(res.body.record, stored);
});

test('without Prefer the reply is the full one, and says it varies with Prefer', async () => {
  const prison = await server.login('prison');
  const record = await createRecord(prison);
  const res = await saveWith(prison, record.id, { violent: 'yes', violentDetails: 'x' }, record.revision);
  assert.is(res.status, 200, res.text);
  assert.is(res.headers.get('preference-applied'), null);
  assert.ok(varies(res.headers));
  assert.ok(res.body.record.viewModel.sections.length > 0);
  assert.equal(res.body.cleared, []);
  assert.equal(res.body.reviewed, []);
});

test('the preference is read as RFC 7240 says: any case, among others, with parameters; the first of a name counts', async () => {
  const prison = await server.login('prison');
  const record = await createRecord(prison);
  let revision = record.revision;
  const cases: [string, boolean][] = [
    ['RETURN=Minimal', true],
    ['respond-async, wait=10, return=minimal', true],
    ['return=minimal; foo="a,b", handling=lenient', true],
    ['handling=strict, return="minimal"', true],
    ['return=representation, return=minimal', false],
    ['return=representation', false],
  ];
  for (const [prefer, minimal] of cases) {
    const res = await saveWith(prison, record.id, { violent: 'yes', violentDetails: `note ${revision}` }, revision, prefer);
    assert.is(res.status, 200, `${prefer}: ${res.text}`);
    assert.is(res.body.record.viewModel === undefined, minimal, prefer);
    assert.is(res.headers.get('preference-applied'), minimal ? 'return=minimal' : null, prefer);
    revision = res.body.record.revision;
  }
});

test('a garbage Prefer header is ignored: the full reply', async () => {
  const prison = await server.login('prison');
  const record = await createRecord(prison);
  let revision = record.revision;
  for (const prefer of ['', ',,,', 'return=', 'return minimal', '"return=minimal"', 'return=mini mal', 're turn=minimal', 'return="minimal', '=minimal']) {
    const res = await saveWith(prison, record.id, { violent: 'yes', violentDetails: `note ${revision}` }, revision, prefer);
    assert.is(res.status, 200, `${JSON.stringify(prefer)}: ${res.text}`);
    assert.ok(res.body.record.viewModel, `${JSON.stringify(prefer)} gave the minimal reply`);
    assert.is(res.headers.get('preference-applied'), null);
    revision = res.body.record.revision;
  }
});

test('a refusal with return=minimal still carries the record with its view model (409 stale revision, unknown revision)', async () => {
  const prison = await server.login('prison');
  const record = await createRecord(prison);
  const first = await saveWith(prison, record.id, { violent: 'yes' }, record.revision, 'return=minimal');
  assert.is(first.status, 200, first.text);
  const stale = await saveWith(prison, record.id, { violent: 'no' }, record.revision, 'return=minimal');
  assert.is(stale.status, 409, stale.text);
  assert.is(stale.body.error, 'conflict');
  assert.is(stale.body.record.revision, first.body.record.revision);
  assert.ok(stale.body.record.viewModel);
  assert.equal(stale.body.theirs, { '/risk/violent': 'yes' });
  assert.is(stale.headers.get('preference-applied'), null);
  const unknown = await saveWith(prison, record.id, { violent: 'no' }, 0, 'return=minimal');
  assert.is(unknown.status, 409, unknown.text);
  assert.is(unknown.body.error, 'unknownRevision');
  assert.ok(unknown.body.record.viewModel);
});

test('the OpenAPI document names the Prefer header and both shapes of the answer', async () => {
  const doc = (await server.anonymous().get('/api/openapi.json')).body;
  const patch = doc.paths['/records/{id}/sections/{section}'].patch;
  assert.ok(patch.parameters.some((p: { name: string; in: string }) => p.name === 'Prefer' && p.in === 'header'));
  const ok = patch.responses['200'];
  assert.is(ok.headers['Preference-Applied'].schema.const, 'return=minimal');
  assert.ok(ok.headers.Vary);
  assert.is(ok.content['application/json'].schema.properties.record.oneOf.length, 2);
});

test.run();
