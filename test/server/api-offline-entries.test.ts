/**
 * Entries sent by an escort's device after a time without a signal: the device's id makes a resend
 * store nothing twice, the recorded and received times are kept and audited, and a conflict (record
 * cancelled meanwhile, a red flag the handover did not acknowledge, an id taken) answers with a
 * machine-readable reason the device can turn into what to do.
 */
import { randomUUID } from 'node:crypto';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startServer, type TestServer } from './support/server.ts';
import type { Client } from './support/client.ts';
import { confirmedRecord as confirmedRecordBy, HANDOVER_OFFICERS } from './support/records.ts';

let server: TestServer;
let prison: Client, healthcare: Client, escort: Client, auditor: Client;

test.before(async () => {
  server = await startServer();
  [prison, healthcare, escort, auditor] = await Promise.all(['prison', 'healthcare', 'escort', 'auditor'].map((u) => server.login(u)));
});
test.after(async () => { await server.close(); });

const officers = HANDOVER_OFFICERS;
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

const confirmedRecord = () => confirmedRecordBy(prison, healthcare);

const acknowledgementsOf = (record: { viewModel: { redFlags: { id: string }[] } }) =>
  record.viewModel.redFlags.map((flag) => ({ entryId: flag.id, name: 'B Officer', at: minutesAgo(0) }));

test('an event sent twice with one id is stored once, with the recorded and received times, and audited', async () => {
  const record = await confirmedRecord();
  const recordedAt = minutesAgo(0);
  const event = { id: randomUUID(), type: 'meal', at: recordedAt, recordedAt, where: 'Van', what: 'Sandwich and water' };
  const first = await escort.post(`/api/records/${record.id}/events`, event);
  assert.is(first.status, 201);
  assert.is(first.headers.get('entry-replayed'), null);
  const stored = first.body.events[0];
  assert.equal([stored.id, stored.recordedAt, stored.recordedBy], [event.id, recordedAt, 'escort']);
  assert.ok(Date.parse(stored.receivedAt) >= Date.parse(recordedAt), 'received after it was recorded');
  const again = await escort.post(`/api/records/${record.id}/events`, event);
  assert.equal([again.status, again.headers.get('entry-replayed')], [201, 'true'], 'answered as the first time, marked as a replay');
  assert.equal(again.body.events, first.body.events);
  assert.is(again.body.revision, first.body.revision, 'nothing stored by the resend');
  const trail = (await auditor.get(`/api/records/${record.id}/audit`)).body as { action: string; entry?: unknown }[];
  assert.equal(trail.filter((a) => a.action === 'addEvent').map((a) => a.entry), [{ id: event.id, recordedAt, receivedAt: stored.receivedAt }]);
});

test('an id already used by another entry, or for other content, is refused as idInUse and stores nothing', async () => {
  const record = await confirmedRecord();
  const id = randomUUID();
  assert.is((await escort.post(`/api/records/${record.id}/events`, { id, type: 'meal', where: 'Van', what: 'Sandwich' })).status, 201);
  const changed = await escort.post(`/api/records/${record.id}/events`, { id, type: 'meal', where: 'Van', what: 'Something else' });
  assert.equal([changed.status, changed.body.reason, changed.body.fields[0].field], [409, 'idInUse', '/id']);
  const otherKind = await escort.post(`/api/records/${record.id}/red-flags`, { id, risk: 'Spat at staff', identifiedBy: 'B Officer' });
  assert.equal([otherKind.status, otherKind.body.reason], [409, 'idInUse']);
  const current = (await escort.get(`/api/records/${record.id}`)).body;
  assert.equal([current.events.length, current.redFlags.length], [1, 0]);
});

test('a recorded time before the record was confirmed or in the future is refused naming recordedAt; a bad id names id', async () => {
  const record = await confirmedRecord();
  const body = { type: 'meal', where: 'Van', what: 'Sandwich' };
  const before = await escort.post(`/api/records/${record.id}/events`, { ...body, id: randomUUID(), recordedAt: '2020-01-01T10:00:00Z' });
  assert.equal([before.status, before.body.fields[0].field], [400, '/recordedAt']);
  assert.match(before.body.fields[0].message, 'after the record was confirmed');
  const future = await escort.post(`/api/records/${record.id}/events`, { ...body, id: randomUUID(), recordedAt: new Date(Date.now() + 3_600_000).toISOString() });
  assert.equal([future.status, future.body.fields[0].field], [400, '/recordedAt']);
  const notUuid = await escort.post(`/api/records/${record.id}/events`, { ...body, id: 'not-a-uuid' });
  assert.equal([notUuid.status, notUuid.body.fields[0].field], [400, '/id']);
  assert.is((await escort.get(`/api/records/${record.id}`)).body.events.length, 0);
});

test('an entry for a record cancelled meanwhile is refused with reason recordCancelled, who cancelled it and why', async () => {
  const record = await confirmedRecord();
  assert.is((await prison.post(`/api/records/${record.id}/cancel`, { reason: 'Court hearing adjourned' })).status, 200);
  const late = await escort.post(`/api/records/${record.id}/events`, { id: randomUUID(), recordedAt: minutesAgo(0), type: 'meal', where: 'Van', what: 'Sandwich' });
  assert.equal([late.status, late.body.reason, late.body.cancelled.reason, late.body.cancelled.by], [423, 'recordCancelled', 'Court hearing adjourned', 'prison']);
});

test('a handover that missed a red flag added meanwhile names the flag; acknowledged and resent with the same id it is stored once', async () => {
  const record = await confirmedRecord();
  const handover = { id: randomUUID(), recordedAt: minutesAgo(0), ...officers, acknowledgements: acknowledgementsOf(record) };
  const flag = await escort.post(`/api/records/${record.id}/red-flags`, { id: randomUUID(), risk: 'Threatened to self-harm', identifiedBy: 'C Officer' });
  assert.is(flag.status, 201);
  const missed = await escort.post(`/api/records/${record.id}/handovers`, handover);
  assert.equal([missed.status, missed.body.reason], [400, 'unacknowledgedRedFlags']);
  assert.equal(missed.body.redFlags.map((f: { risk: string }) => f.risk), ['Threatened to self-harm']);
  const fixed = { ...handover, acknowledgements: acknowledgementsOf(flag.body) };
  const sent = await escort.post(`/api/records/${record.id}/handovers`, fixed);
  assert.equal([sent.status, sent.body.handovers.length, sent.body.handovers[0].id], [201, 1, handover.id]);
  const again = await escort.post(`/api/records/${record.id}/handovers`, fixed);
  assert.equal([again.status, again.headers.get('entry-replayed'), again.body.handovers.length], [201, 'true', 1]);
});

test('two copies of one entry sent at the same moment store it once', async () => {
  const record = await confirmedRecord();
  const event = { id: randomUUID(), recordedAt: minutesAgo(0), type: 'meal', where: 'Van', what: 'Sandwich' };
  const replies = await Promise.all([1, 2, 3].map(() => escort.post(`/api/records/${record.id}/events`, event)));
  assert.equal(replies.map((r) => r.status), [201, 201, 201]);
  assert.is((await escort.get(`/api/records/${record.id}`)).body.events.length, 1);
});

test('each user has one device key for their offline copies, given only to them signed in and never cached', async () => {
  const first = await escort.get('/api/session/device-key');
  assert.equal([first.status, first.headers.get('cache-control'), Buffer.from(first.body.key, 'base64').length], [200, 'no-store', 32]);
  assert.is((await escort.get('/api/session/device-key')).body.key, first.body.key, 'the same key again: what the device queued stays readable');
  assert.is.not((await prison.get('/api/session/device-key')).body.key, first.body.key, 'another user has another key');
  assert.is((await server.anonymous().get('/api/session/device-key')).status, 401);
});

test.run();
