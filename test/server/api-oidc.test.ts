/**
 * Production sign-in with bearer tokens: a real JWKS served on 127.0.0.1 and tokens signed here, so
 * the server verifies exactly as it would against a real issuer.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { startServer, type TestServer } from './support/server.ts';
import { Client } from './support/client.ts';
import { createRecord } from './support/records.ts';

const ISSUER = 'https://issuer.example.test/realm';
const AUDIENCE = 'per-api';
let issuerKeys: { privateKey: CryptoKey; publicKey: CryptoKey };
let otherKeys: { privateKey: CryptoKey; publicKey: CryptoKey };
let jwksServer: Server;
let jwksRequests = 0;
let server: TestServer;

test.before(async () => {
  issuerKeys = await generateKeyPair('RS256');
  otherKeys = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(issuerKeys.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  jwksServer = createServer((_req, res) => {
    jwksRequests++;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  const jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/jwks.json`;
  server = await startServer({
    production: true,
    oidc: { issuer: ISSUER, audience: AUDIENCE, jwksUrl, rolesClaim: 'realm_access.roles', locationsClaim: 'locations' },
  });
});
test.after(async () => {
  await server.close();
  jwksServer.closeAllConnections();
  await new Promise((resolve) => jwksServer.close(resolve));
});

interface TokenOptions { issuer?: string; audience?: string; expiresIn?: string | number; key?: CryptoKey; roles?: string[]; locations?: string[]; regions?: string[]; name?: string }

function token({ issuer = ISSUER, audience = AUDIENCE, expiresIn = '5m', key, roles = ['prison'], locations = ['WIN'], regions, name }: TokenOptions = {}) {
  return new SignJWT({ realm_access: { roles }, locations, ...(regions ? { regions } : {}), ...(name ? { name } : {}) })
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setSubject('officer.jones')
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt(Math.floor(Date.now() / 1000) - 600)
    .setExpirationTime(expiresIn)
    .sign(key ?? issuerKeys.privateKey);
}

const bearer = async (options: TokenOptions = {}) => new Client(server.url, { authorization: `Bearer ${await token(options)}` });

test('a valid token signs the caller in with roles and locations from the configured claims', async () => {
  const res = await (await bearer({ roles: ['prison', 'not-a-role'], locations: ['WIN', 'SOTPIC'] })).get('/api/session');
  assert.is(res.status, 200);
  assert.equal(res.body, { username: 'officer.jones', roles: ['prison'], locations: ['WIN', 'SOTPIC'], moveDateWindow: server.config.moveDateWindow });
  assert.ok(jwksRequests >= 1, 'keys were fetched from the JWKS address');
});

test('the name claim is the display name the pages show and a confirmation keeps', async () => {
  const res = await (await bearer({ name: 'Morgan Jones' })).get('/api/session');
  assert.is(res.body.name, 'Morgan Jones');
});

test('a forum member\'s regions come from the regions claim, and let them read their region\'s report only', async () => {
  const client = await bearer({ roles: ['forum'], locations: [], regions: ['south'] });
  assert.equal((await client.get('/api/session')).body, { username: 'officer.jones', roles: ['forum'], locations: [], regions: ['south'], moveDateWindow: server.config.moveDateWindow });
  assert.is((await client.get('/api/reports/quality?form=escort-check&region=south')).status, 200);
  assert.is((await client.get('/api/reports/quality?form=escort-check&region=north')).status, 403);
});

test('a token holder works with records like any user, limited to their locations', async () => {
  const client = await bearer();
  const record = await createRecord(client);
  assert.is(record.createdBy, 'officer.jones');
  const elsewhere = await bearer({ locations: ['LEE'] });
  assert.is((await elsewhere.get(`/api/records/${record.id}`)).status, 404);
});

const refusedTokens: [string, () => TokenOptions, RegExp][] = [
  ['expired', () => ({ expiresIn: Math.floor(Date.now() / 1000) - 60 }), /expired/],
  ['from another issuer', () => ({ issuer: 'https://evil.example.test' }), /iss/],
  ['for another audience', () => ({ audience: 'someone-else' }), /aud/],
  ['signed with another key', () => ({ key: otherKeys.privateKey }), /could not be verified/],
];
for (const [name, options, message] of refusedTokens) {
  test(`a token ${name} is refused with 401`, async () => {
    const res = await (await bearer(options())).get('/api/session');
    assert.is(res.status, 401);
    assert.is(res.body.error, 'invalidToken');
    assert.match(res.body.message, message);
  });
}

test('a malformed authorization header is refused, never treated as anonymous', async () => {
  for (const header of ['Bearer', 'Basic abc', 'Bearer not.a.jwt']) {
    const res = await new Client(server.url, { authorization: header }).get('/api/forms');
    assert.is(res.status, 401, header);
  }
});

test('without OIDC_JWKS_URL the keys are found through the issuer\'s discovery document', async () => {
  const keysUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/jwks.json`;
  const discovery = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/realm/.well-known/openid-configuration') res.end(JSON.stringify({ issuer: discoveryIssuer, jwks_uri: keysUrl }));
    else { res.statusCode = 404; res.end('{}'); }
  });
  await new Promise<void>((resolve) => discovery.listen(0, '127.0.0.1', resolve));
  const discoveryIssuer = `http://127.0.0.1:${(discovery.address() as AddressInfo).port}/realm`;
  const discovered = await startServer({ production: true, oidc: { issuer: discoveryIssuer, audience: AUDIENCE, rolesClaim: 'realm_access.roles', locationsClaim: 'locations' } });
  try {
    const client = new Client(discovered.url, { authorization: `Bearer ${await token({ issuer: discoveryIssuer })}` });
    const res = await client.get('/api/session');
    assert.is(res.status, 200, res.text);
    assert.is(res.body.username, 'officer.jones');
  } finally {
    await discovered.close();
    discovery.closeAllConnections();
    await new Promise((resolve) => discovery.close(resolve));
  }
});

test('an unreachable issuer answers 503, not a crash', async () => {
  const unreachable = await startServer({ production: true, oidc: { issuer: 'http://127.0.0.1:9/realm', audience: AUDIENCE, rolesClaim: 'roles', locationsClaim: 'locations' } });
  try {
    const res = await new Client(unreachable.url, { authorization: `Bearer ${await token()}` }).get('/api/session');
    assert.is(res.status, 503);
    assert.is(res.body.error, 'issuerUnavailable');
  } finally {
    await unreachable.close();
  }
});

test.run();
