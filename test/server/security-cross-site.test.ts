/**
 * A page on another site can make a signed-in browser send a form post without asking first (no
 * preflight for an empty application/x-www-form-urlencoded body). Such requests are refused: anything
 * that changes state and says, by Sec-Fetch-Site or Origin, that it comes from elsewhere is 403, and
 * every API request that takes a body must say JSON, empty bodies included (415).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startServer, type TestServer } from './support/server.ts';
import type { Client } from './support/client.ts';
import { createRecord } from './support/records.ts';

let server: TestServer;
let prison: Client;

test.before(async () => {
  server = await startServer();
  prison = await server.login('prison');
});
test.after(async () => { await server.close(); });

const EVIL = 'https://evil.example';

async function stateOf(id: string): Promise<string> {
  return (await prison.get(`/api/records/${id}`)).body.state;
}

test('an empty form post with a foreign Origin to /cancel or /confirm is refused and changes nothing', async () => {
  const record = await createRecord(prison);
  for (const action of ['cancel', 'confirm']) {
    const res = await prison.request('POST', `/api/records/${record.id}/${action}`, undefined, { raw: '', contentType: 'application/x-www-form-urlencoded', headers: { origin: EVIL } });
    assert.is(res.status, 403, `${action}: ${res.text}`);
    assert.is(res.body.error, 'crossSite');
  }
  assert.is(await stateOf(record.id), 'draft');
});

test('Sec-Fetch-Site cross-site or same-site is refused even with a JSON body; reading stays allowed', async () => {
  const record = await createRecord(prison);
  for (const site of ['cross-site', 'same-site']) {
    const res = await prison.request('POST', `/api/records/${record.id}/cancel`, {}, { headers: { 'sec-fetch-site': site } });
    assert.is(res.status, 403, `${site}: ${res.text}`);
    assert.match(res.body.message, site);
  }
  assert.is(await stateOf(record.id), 'draft');
  const read = await prison.request('GET', `/api/records/${record.id}`, undefined, { headers: { 'sec-fetch-site': 'cross-site', origin: EVIL } });
  assert.is(read.status, 200, 'a cross-site read is left to CORS, which this server never grants');
});

test('a foreign Origin cannot sign anyone in (login CSRF)', async () => {
  const res = await server.anonymous().request('POST', '/api/session', { username: 'prison', password: 'demo' }, { headers: { origin: EVIL } });
  assert.is(res.status, 403);
  assert.is(res.headers.get('set-cookie'), null);
});

test('an empty body that does not say JSON is refused (415) on every body-taking route, with or without an Origin', async () => {
  const record = await createRecord(prison);
  const attempts: [string, Record<string, string>][] = [
    ['application/x-www-form-urlencoded', {}],
    ['text/plain', {}],
    ['multipart/form-data; boundary=x', {}],
  ];
  for (const [contentType, headers] of attempts) {
    for (const action of ['cancel', 'confirm', 'print-links']) {
      const res = await prison.request('POST', `/api/records/${record.id}/${action}`, undefined, { raw: '', contentType, headers });
      assert.is(res.status, 415, `${action} with ${contentType}: ${res.text}`);
    }
  }
  const bare = await fetch(`${server.url}/api/records/${record.id}/cancel`, { method: 'POST', headers: { cookie: prison.cookie! } });
  assert.is(bare.status, 415, 'no Content-Type at all');
  assert.is(await stateOf(record.id), 'draft');
});

test('this server\'s own origin, and clients that send no Origin, still change records', async () => {
  const record = await createRecord(prison);
  const own = await prison.request('POST', `/api/records/${record.id}/cancel`, {}, { headers: { origin: server.url, 'sec-fetch-site': 'same-origin' } });
  assert.is(own.status, 200, own.text);
  const other = await createRecord(prison);
  const plain = await prison.request('POST', `/api/records/${other.id}/cancel`, undefined, { raw: '', contentType: 'application/json' });
  assert.is(plain.status, 200, `an empty body that says JSON is an empty object: ${plain.text}`);
});

test('without Sec-Fetch-Site (older browsers) the Origin decides, behind a trusted proxy by its forwarded host', async () => {
  const own = await prison.request('POST', `/api/records/${(await createRecord(prison)).id}/cancel`, {}, { headers: { origin: server.url } });
  assert.is(own.status, 200, own.text);
  const proxied = await startServer({ trustProxy: 'loopback' });
  try {
    const client = await proxied.login('prison');
    const id = (await createRecord(client)).id;
    const viaOtherHost = await client.request('POST', `/api/records/${id}/cancel`, {}, { headers: { origin: 'https://per.example', 'x-forwarded-host': 'attacker.example' } });
    assert.is(viaOtherHost.status, 403);
    const viaProxy = await client.request('POST', `/api/records/${id}/cancel`, {}, { headers: { origin: 'https://per.example', 'x-forwarded-host': 'per.example' } });
    assert.is(viaProxy.status, 200, viaProxy.text);
  } finally {
    await proxied.close();
  }
});

test('pages outside the API are covered too: a cross-site definition check is refused', async () => {
  const policy = await server.login('policy');
  const res = await policy.request('POST', '/preview/check', { type: 'object' }, { headers: { 'sec-fetch-site': 'cross-site' } });
  assert.is(res.status, 403);
});

test.run();
