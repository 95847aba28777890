/** Handovers, events and red flags over HTTP: what is stored, printed, and refused in each state. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startServer, type TestServer } from './support/server.ts';
import type { Client } from './support/client.ts';
import { completeRecord, confirmedRecord as confirmedRecordBy, createRecord, HANDOVER_OFFICERS } from './support/records.ts';

let server: TestServer;
let prison: Client, healthcare: Client, escort: Client, prison2: Client;

test.before(async () => {
  server = await startServer();
  [prison, healthcare, escort, prison2] = await Promise.all(['prison', 'healthcare', 'escort', 'prison2'].map((u) => server.login(u)));
});
test.after(async () => { await server.close(); });

const officers = HANDOVER_OFFICERS;

const confirmedRecord = () => confirmedRecordBy(prison, healthcare);

function acknowledgementsOf(record: { viewModel: { redFlags: { id: string }[] } }, role?: string) {
  const at = '2026-01-15T10:30:00Z';
  return record.viewModel.redFlags.map((flag) => ({ entryId: flag.id, name: 'B Officer', at, ...(role === undefined ? {} : { role }) }));
}

test('a handover stores the role of who acknowledged each red flag, and the print view shows it after the name', async () => {
  const record = await confirmedRecord();
  const acknowledgements = acknowledgementsOf(record, 'Escort custody officer');
  assert.ok(acknowledgements.length > 0, 'the complete record raises red flags');
  const done = await escort.post(`/api/records/${record.id}/handovers`, { ...officers, acknowledgements });
  assert.is(done.status, 201);
  assert.equal(done.body.handovers[0].acknowledgements.map((a: { role?: string }) => a.role), acknowledgements.map(() => 'Escort custody officer'));
  const stored = await prison.get(`/api/records/${record.id}`);
  assert.is(stored.body.handovers[0].acknowledgements[0].role, 'Escort custody officer');
  const page = await prison.request('GET', `/api/records/${record.id}/print`, undefined, { headers: { accept: 'text/html' } });
  assert.match(page.text, /B Officer, Escort custody officer, 15 January 2026 at 10:30/);
});

test('an acknowledgement without a role prints name and time only', async () => {
  const record = await confirmedRecord();
  const done = await escort.post(`/api/records/${record.id}/handovers`, { ...officers, acknowledgements: acknowledgementsOf(record) });
  assert.is(done.status, 201);
  assert.is(done.body.handovers[0].acknowledgements[0].role, undefined);
  const page = await prison.request('GET', `/api/records/${record.id}/print`, undefined, { headers: { accept: 'text/html' } });
  assert.match(page.text, /B Officer, 15 January 2026 at 10:30/);
});

test('a role over 200 characters answers 400 naming acknowledgements.0.role, and stores nothing', async () => {
  const record = await confirmedRecord();
  const [first, ...rest] = acknowledgementsOf(record, 'Escort custody officer');
  const acknowledgements = [{ ...first!, role: 'x'.repeat(201) }, ...rest];
  const res = await escort.post(`/api/records/${record.id}/handovers`, { ...officers, acknowledgements });
  assert.is(res.status, 400);
  assert.equal(res.body.fields.map((f: { field: string }) => f.field), ['/acknowledgements/0/role']);
  assert.match(res.body.fields[0].message, /200 characters or fewer/);
  const after = await prison.get(`/api/records/${record.id}`);
  assert.is(after.body.revision, record.revision);
  assert.equal(after.body.handovers, []);
});

test('an entry timed in the future answers 400 naming the field, and stores nothing; a time left out means now', async () => {
  const record = await confirmedRecord();
  const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString();
  const refusals = [
    { path: 'handovers', body: { ...officers, at: tomorrow, acknowledgements: acknowledgementsOf(record) }, field: '/at', message: 'The time of the handover must be now or in the past' },
    { path: 'handovers', body: { ...officers, acknowledgements: acknowledgementsOf(record).map((a) => ({ ...a, at: tomorrow })) }, field: '/acknowledgements/0/at', message: 'The time it was acknowledged must be now or in the past' },
    { path: 'events', body: { type: 'meal', at: tomorrow, where: 'Van', what: 'Ate lunch' }, field: '/at', message: 'The time of the event must be now or in the past' },
    { path: 'red-flags', body: { risk: 'Made threats', identifiedBy: 'Escort officer', at: tomorrow }, field: '/at', message: 'When the risk was identified must be now or in the past' },
  ];
  for (const { path, body, field, message } of refusals) {
    const res = await escort.post(`/api/records/${record.id}/${path}`, body);
    assert.is(res.status, 400, path);
    assert.equal(res.body.fields.find((f: { field: string }) => f.field === field)?.message, message, `${path} ${field}`);
    await assertUnchanged(record, `a future ${path} entry stores nothing`);
  }
  const before = Date.now();
  const event = await escort.post(`/api/records/${record.id}/events`, { type: 'meal', where: 'Van', what: 'Ate lunch' });
  assert.is(event.status, 201);
  const at = Date.parse(event.body.events[0].at);
  assert.ok(at >= before - 1000 && at <= Date.now(), 'a time left out is the time it was recorded');
});

type StoredRecord = { id: string; revision: number; viewModel: { redFlags: { id: string }[] } };

const ENTRIES = [
  { path: 'handovers', body: (r: StoredRecord) => ({ ...officers, acknowledgements: acknowledgementsOf(r) }), notYet: 'The record must be confirmed before the person is handed over' },
  { path: 'events', body: () => ({ type: 'meal', where: 'Van', what: 'Ate lunch' }), notYet: 'Events can be added once the record is confirmed' },
  { path: 'red-flags', body: () => ({ risk: 'Made threats', identifiedBy: 'Escort officer' }), notYet: 'Red flags can be added once the record is confirmed' },
];

async function assertUnchanged(record: StoredRecord, message: string) {
  const after = await prison.get(`/api/records/${record.id}`);
  assert.is(after.body.revision, record.revision, message);
  assert.equal([after.body.handovers, after.body.events, after.body.redFlags], [[], [], []], message);
}

for (const { path, body, notYet } of ENTRIES) {
  test(`POST /records/{id}/${path} before confirmation answers 409 with the state and why, in draft and in complete, storing nothing`, async () => {
    const draft = await createRecord(prison);
    const complete = await completeRecord(prison, healthcare);
    assert.equal([draft.state, complete.state], ['draft', 'complete']);
    for (const record of [draft, complete]) {
      const res = await escort.post(`/api/records/${record.id}/${path}`, body(record));
      assert.is(res.status, 409, `${path} on ${record.state}`);
      assert.equal([res.body.error, res.body.message, res.body.reasons], ['notReady', notYet, ['Confirm the record first']]);
      await assertUnchanged(record, `${path} on ${record.state} stores nothing`);
    }
  });

  test(`POST /records/{id}/${path}: 423 once cancelled, 403 for a role that may not, 404 elsewhere, 400 for a bad body; each storing nothing`, async () => {
    const cancelled = (await prison.post(`/api/records/${(await confirmedRecord()).id}/cancel`, { reason: 'Move called off' })).body;
    const res = await escort.post(`/api/records/${cancelled.id}/${path}`, body(cancelled));
    assert.equal([res.status, res.body.error, res.body.message], [423, 'locked', 'The record has been cancelled']);
    await assertUnchanged(cancelled, 'cancelled');
    const record = await confirmedRecord();
    const forbidden = await healthcare.post(`/api/records/${record.id}/${path}`, body(record));
    assert.is(forbidden.status, 403);
    const elsewhere = await prison2.post(`/api/records/${record.id}/${path}`, body(record));
    assert.is(elsewhere.status, 404);
    const bad = await escort.post(`/api/records/${record.id}/${path}`, { ...body(record), unexpected: 1 });
    assert.equal([bad.status, bad.body.fields[0].field], [400, '/unexpected']);
    await assertUnchanged(record, 'refusals on the confirmed record store nothing');
  });

  test(`POST /records/{id}/${path} is accepted once confirmed and again after a handover`, async () => {
    const record = await confirmedRecord();
    const first = await escort.post(`/api/records/${record.id}/${path}`, body(record));
    assert.is(first.status, 201);
    const handedOver = path === 'handovers' ? first.body : (await escort.post(`/api/records/${record.id}/handovers`, { ...officers, acknowledgements: acknowledgementsOf(first.body) })).body;
    assert.is(handedOver.state, 'handedOver');
    const again = await escort.post(`/api/records/${record.id}/${path}`, body(handedOver));
    assert.is(again.status, 201);
  });
}

test.run();
