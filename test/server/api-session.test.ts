import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createHash } from 'node:crypto';
import { startServer, type TestServer } from './support/server.ts';
import type { Client } from './support/client.ts';

/** The store's key of a client's session: a hash of the cookie's token, never the token itself. */
const sessionId = (client: Client) => createHash('sha256').update(decodeURIComponent(client.cookie!.split('=')[1]!)).digest('base64url');

let server: TestServer;
test.before(async () => { server = await startServer({ loginRateLimit: { windowMs: 60_000, max: 1000 } }); });
test.after(async () => { await server.close(); });

test('a demo account signs in with an HttpOnly SameSite=Strict cookie and sees who it is', async () => {
  const client = server.anonymous();
  const res = await client.post('/api/session', { username: 'prison', password: 'demo' });
  assert.is(res.status, 201);
  const cookie = res.headers.getSetCookie()[0]!;
  assert.match(cookie, /HttpOnly/);
  assert.match(cookie, /SameSite=Strict/);
  const me = await client.get('/api/session');
  assert.is(me.status, 200);
  assert.equal(me.body, { username: 'prison', name: 'Priya Patel', roles: ['prison'], locations: ['WIN'], moveDateWindow: server.config.moveDateWindow });
});

test('demo accounts follow the locations data: police in the home region, prison2 in another region', async () => {
  const police = await (await server.login('police')).get('/api/session');
  const prison2 = await (await server.login('prison2')).get('/api/session');
  const escort = await (await server.login('escort')).get('/api/session');
  const byCode = new Map(server.forms.locations.map((l) => [l.code, l]));
  assert.is(byCode.get(police.body.locations[0])!.kind, 'police');
  assert.is(byCode.get(police.body.locations[0])!.region, byCode.get('WIN')!.region);
  assert.is(byCode.get(prison2.body.locations[0])!.kind, 'prison');
  assert.is.not(byCode.get(prison2.body.locations[0])!.region, byCode.get('WIN')!.region);
  assert.ok(escort.body.locations.length > 1, 'escort staff serve every location of the home region');
});

test('sign-out ends the session in the store: the old cookie no longer works', async () => {
  const client = await server.login('healthcare');
  const cookie = client.cookie;
  assert.is((await client.delete('/api/session')).status, 204);
  const replay = server.anonymous();
  replay.cookie = cookie;
  assert.is((await replay.get('/api/session')).status, 401);
});

test('a wrong password and an unknown user get the same refusal', async () => {
  const wrong = await server.anonymous().post('/api/session', { username: 'prison', password: 'nope' });
  const unknown = await server.anonymous().post('/api/session', { username: 'nobody', password: 'nope' });
  assert.is(wrong.status, 401);
  assert.is(unknown.status, 401);
  assert.is(wrong.body.message, unknown.body.message);
});

test('after three free failures a wrong password earns a delay, which even the right password waits out', async () => {
  await server.addUser('locky', ['prison'], ['WIN']);
  for (let i = 0; i < 3; i++) assert.is((await server.anonymous().post('/api/session', { username: 'locky', password: 'bad' })).status, 401);
  const fourth = await server.anonymous().post('/api/session', { username: 'locky', password: 'bad' });
  assert.is(fourth.status, 401);
  assert.is(fourth.headers.get('retry-after'), '1');
  const right = await server.anonymous().post('/api/session', { username: 'locky', password: 'demo' });
  assert.is(right.status, 429);
  assert.is(right.body.error, 'signInDelayed');
  assert.is((await server.store.getUser('locky'))!.lockedAt, undefined, 'no lock for good (security-lockout.test.ts)');
});

test('a session idle for longer than SESSION_IDLE_MINUTES has ended', async () => {
  const client = await server.login('prison');
  const id = sessionId(client);
  assert.ok(await server.store.getSession(id));
  assert.is(await server.store.getSession(decodeURIComponent(client.cookie!.split('=')[1]!)), null, 'the raw token is not stored');
  await server.store.touchSession(id, new Date(Date.now() - 31 * 60_000).toISOString());
  const res = await client.get('/api/session');
  assert.is(res.status, 401);
  assert.is(await server.store.getSession(id), null);
});

test('a session in use stays alive, and survives a restart (it lives in the store)', async () => {
  const client = await server.login('prison');
  const id = sessionId(client);
  await server.store.touchSession(id, new Date(Date.now() - 29 * 60_000).toISOString());
  assert.is((await client.get('/api/session')).status, 200);
  const seen = Date.parse((await server.store.getSession(id))!.lastSeenAt);
  assert.ok(Date.now() - seen < 60_000, 'the request refreshed lastSeenAt');
});

test('without a session every API route but sign-in and the OpenAPI document answers 401', async () => {
  const anon = server.anonymous();
  for (const path of ['/api/session', '/api/forms', '/api/locations', '/api/records?person=P1', '/api/records/x']) {
    const res = await anon.get(path);
    assert.is(res.status, 401, path);
    assert.is(res.body.error, 'unauthenticated');
  }
  assert.is((await anon.delete('/api/session')).status, 401);
  assert.is((await anon.get('/api/forms/escort-check/versions/1.0.0')).status, 401);
  assert.is((await anon.post('/api/records', {})).status, 401);
  assert.is((await anon.get('/api/openapi.json')).status, 200);
});

test('security headers: strict CSP, no framing, no sniffing, no x-powered-by', async () => {
  const res = await server.anonymous().get('/api/openapi.json');
  const csp = res.headers.get('content-security-policy')!;
  for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "frame-ancestors 'none'"]) {
    assert.ok(csp.includes(directive), directive);
  }
  assert.is(res.headers.get('x-content-type-options'), 'nosniff');
  assert.is(res.headers.get('x-powered-by'), null);
});

test('sign-in is rate limited per address', async () => {
  const limited = await startServer({ loginRateLimit: { windowMs: 60_000, max: 3 } });
  try {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await limited.anonymous().post('/api/session', { username: 'x', password: 'y' })).status);
    assert.equal(statuses, [401, 401, 401, 429, 429]);
  } finally {
    await limited.close();
  }
});

test('in production demo accounts cannot sign in, even if a store still holds one', async () => {
  const production = await startServer({ production: true });
  try {
    assert.is(await production.store.getUser('prison'), null, 'production creates no demo account');
    await production.store.putUser({ username: 'prison', passwordHash: (await server.store.getUser('prison'))!.passwordHash, roles: ['prison'], locations: ['WIN'], failedAttempts: 0, demo: true });
    assert.is((await production.anonymous().post('/api/session', { username: 'prison', password: 'demo' })).status, 401);
    await production.addUser('real', ['prison'], ['WIN'], 'a long passphrase');
    const real = await production.anonymous().post('/api/session', { username: 'real', password: 'a long passphrase' });
    assert.is(real.status, 201);
    assert.match(real.headers.getSetCookie()[0]!, /Secure/);
  } finally {
    await production.close();
  }
});

test.run();
