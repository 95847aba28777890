// A session's "last seen" is written at most once a minute (docs/security.md): requests within a minute
// of the stored time change nothing in the store, the first one after it moves the time on, and the
// idle time-out is exact to that minute.
import { createHash } from 'node:crypto';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startServer, type TestServer } from './support/server.ts';
import type { Client } from './support/client.ts';

let server: TestServer;
test.before(async () => { server = await startServer(); });
test.after(async () => { await server.close(); });

const sessionId = (client: Client) => createHash('sha256').update(decodeURIComponent(client.cookie!.split('=')[1]!)).digest('base64url');
const lastSeen = async (id: string) => (await server.store.getSession(id))!.lastSeenAt;

test('requests within a minute of the stored last-seen time do not write it; the first one after a minute does', async () => {
  const client = await server.login('prison');
  const id = sessionId(client);
  const seenAtSignIn = await lastSeen(id);
  for (let i = 0; i < 5; i++) assert.is((await client.get('/api/session')).status, 200);
  assert.is(await lastSeen(id), seenAtSignIn, 'five requests inside the minute wrote nothing');

  const aMinuteAgo = new Date(Date.now() - 61_000).toISOString();
  await server.store.touchSession(id, aMinuteAgo);
  assert.is((await client.get('/api/session')).status, 200);
  const moved = await lastSeen(id);
  assert.ok(Date.parse(moved) > Date.parse(aMinuteAgo) + 60_000, 'the request after the minute wrote the time');
});

test('the idle time-out counts from the stored time: a minute under the limit still signs in, a minute over does not', async () => {
  const client = await server.login('prison');
  const id = sessionId(client);
  await server.store.touchSession(id, new Date(Date.now() - (server.config.sessionIdleMinutes - 1) * 60_000).toISOString());
  assert.is((await client.get('/api/session')).status, 200);
  await server.store.touchSession(id, new Date(Date.now() - (server.config.sessionIdleMinutes + 1) * 60_000).toISOString());
  assert.is((await client.get('/api/session')).status, 401);
});

test.run();
