/**
 * Two servers on one store, as behind a load balancer: nothing a request needs is in either server's
 * memory, so a session, a record, a conflict and a sign-in delay are the same whichever server answers.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startServer, type TestServer } from './support/server.ts';
import { Client } from './support/client.ts';
import { createRecord, save } from './support/records.ts';

let a: TestServer;
let b: TestServer;

test.before(async () => {
  a = await startServer();
  b = await startServer({}, {}, a);
});
test.after(async () => {
  await b.close();
  await a.close();
});

/** The same signed-in browser, talking to the other server. */
function onServer(server: TestServer, client: Client): Client {
  const moved = new Client(server.url);
  moved.cookie = client.cookie;
  return moved;
}

test('a session made on one server works on the other, and signing out on it ends it on both', async () => {
  const client = await a.login('prison');
  assert.is((await onServer(b, client).get('/api/session')).status, 200);
  assert.is((await onServer(b, client).delete('/api/session')).status, 204);
  assert.is((await client.get('/api/session')).status, 401);
});

test('a record created on one server is saved through the other, and a conflict is seen across them', async () => {
  const prisonA = await a.login('prison');
  const prisonB = onServer(b, prisonA);
  const record = await createRecord(prisonA);
  const first = await save(prisonB, record.id, 'risk', { observation: 'standard' }, record.revision);
  assert.is(first.status, 200);
  const stale = await save(prisonA, record.id, 'risk', { observation: 'constant' }, record.revision);
  assert.is(stale.status, 409, 'server A knows what server B stored');
  const both = await Promise.all([
    save(prisonA, record.id, 'risk', { heightCm: 170 }, first.body.record.revision),
    save(prisonB, record.id, 'risk', { violent: 'no' }, first.body.record.revision),
  ]);
  assert.equal(both.map((r) => r.status), [200, 200]);
  const stored = (await prisonA.get(`/api/records/${record.id}`)).body;
  assert.equal(stored.answers.risk, { observation: 'standard', heightCm: 170, violent: 'no' });
});

test('failed sign-ins count across servers, and a delay earned on one holds on the other', async () => {
  await a.addUser('shared', ['prison'], ['WIN']);
  const free = a.config.lockout.freeFailures;
  for (let i = 0; i <= free; i++) {
    const server = i % 2 === 0 ? a : b;
    assert.is((await server.anonymous().post('/api/session', { username: 'shared', password: 'wrong' })).status, 401);
  }
  assert.is((await a.store.getUser('shared'))!.failedAttempts, free + 1, 'every failure counted, whichever server saw it');
  for (const server of [a, b]) {
    const res = await server.anonymous().post('/api/session', { username: 'shared', password: 'demo' });
    assert.is(res.status, 429, 'both servers enforce the delay');
    assert.is(res.body.error, 'signInDelayed');
  }
});

test.run();
