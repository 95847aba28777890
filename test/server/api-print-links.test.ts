/**
 * Single-use print links over HTTP: staff who call the API with a bearer token cannot carry it on a
 * navigation to a new tab, so they ask for a short-lived link that opens the print page once.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startServer, type TestServer } from './support/server.ts';
import type { Client } from './support/client.ts';
import { createRecord } from './support/records.ts';

let server: TestServer;
let prison: Client, healthcare: Client, prison2: Client;

test.before(async () => {
  server = await startServer();
  [prison, healthcare, prison2] = await Promise.all(['prison', 'healthcare', 'prison2'].map((u) => server.login(u)));
});
test.after(async () => { await server.close(); });

interface PrintLink { url: string; expiresAt: string }

async function printLink(client: Client, recordId: string): Promise<PrintLink> {
  const res = await client.post<PrintLink>(`/api/records/${recordId}/print-links`, {});
  assert.is(res.status, 201, res.text);
  return res.body;
}

/** Opened as a new tab would: no cookie, no token. */
const open = (base: string, url: string) => fetch(base + url, { headers: { accept: 'text/html' } });

/** Everything the store holds on disk (SQLite) or in its collections (MongoDB leg), as text. */
async function everythingStored(): Promise<string> {
  if (process.env.MONGODB_URL) {
    const client = await MongoClient.connect(process.env.MONGODB_URL);
    try {
      const db = client.db(server.mongodbDatabase);
      const collections = await db.listCollections().toArray();
      const docs = await Promise.all(collections.map((c) => db.collection(c.name).find().toArray()));
      return JSON.stringify(docs);
    } finally {
      await client.close();
    }
  }
  return readdirSync(server.dataDir).map((file) => readFileSync(join(server.dataDir, file)).toString('latin1')).join('\n');
}

test('a link opens the same print page as GET /api/records/{id}/print, without signing in, once', async () => {
  const record = await createRecord(prison);
  const link = await printLink(prison, record.id);
  assert.match(link.url, /^\/print\/[A-Za-z0-9_-]{43}$/, '32 random bytes, base64url');
  const lifetime = Date.parse(link.expiresAt) - Date.now();
  assert.ok(lifetime > 50_000 && lifetime <= 60_000, `valid for a minute, not ${lifetime} ms`);

  const page = await open(server.url, link.url);
  assert.is(page.status, 200);
  assert.match(page.headers.get('content-type') ?? '', /text\/html/);
  assert.is(page.headers.get('cache-control'), 'no-store');
  const expected = await prison.request('GET', `/api/records/${record.id}/print`, undefined, { headers: { accept: 'text/html' } });
  assert.is(await page.text(), expected.text, 'the very page the session route renders');
  assert.ok(expected.text.includes('Alex Example'), 'it shows the person');

  const again = await open(server.url, link.url);
  assert.is(again.status, 404, 'a second use is refused');
  assert.match(again.headers.get('content-type') ?? '', /text\/html/);
  assert.match(await again.text(), /expired or has been used/);
});

test('every role that may read the record gets a link; two links work independently', async () => {
  const record = await createRecord(prison);
  const [first, second] = [await printLink(prison, record.id), await printLink(healthcare, record.id)];
  assert.is.not(first.url, second.url);
  assert.is((await open(server.url, second.url)).status, 200);
  assert.is((await open(server.url, first.url)).status, 200);
});

test('an expired link is refused with 404', async () => {
  // A second server on the same store whose links expire the moment they are made.
  const shortLived = await startServer({ printLinkSeconds: 0 }, {}, server);
  try {
    const officer = await shortLived.login('prison');
    const record = await createRecord(officer);
    const link = await printLink(officer, record.id);
    const page = await open(shortLived.url, link.url);
    assert.is(page.status, 404);
    assert.match(await page.text(), /expired or has been used/);
  } finally {
    await shortLived.close();
  }
});

test('unknown and malformed tokens are a plain 404 page', async () => {
  for (const url of ['/print/' + 'A'.repeat(43), '/print/not-a-token', '/print/%24ne']) {
    const page = await open(server.url, url);
    assert.is(page.status, 404, url);
    assert.match(await page.text(), /Print link not found/, url);
  }
});

test('someone at another location gets 404 and no link; a stranger gets 401', async () => {
  const record = await createRecord(prison);
  const refused = await prison2.post(`/api/records/${record.id}/print-links`, {});
  assert.is(refused.status, 404);
  assert.is(refused.body.url, undefined);
  assert.is((await prison2.get(`/api/records/${record.id}/print`)).status, 404, 'the same answer as the print route');
  assert.is((await server.anonymous().post(`/api/records/${record.id}/print-links`, {})).status, 401);
});

test('the body must be an empty object, and the refusal names the field', async () => {
  const record = await createRecord(prison);
  const res = await prison.post(`/api/records/${record.id}/print-links`, { recordId: record.id });
  assert.is(res.status, 400);
  assert.ok(res.body.fields.some((f: { field: string }) => f.field.includes('recordId')), JSON.stringify(res.body));
});

test('the store holds only the sha256 of the token, never the token', async () => {
  const record = await createRecord(prison);
  const { url } = await printLink(prison, record.id);
  const token = url.split('/').pop()!;
  const stored = await everythingStored();
  assert.ok(stored.includes(createHash('sha256').update(token).digest('hex')), 'the hash is stored');
  assert.not.ok(stored.includes(token), 'the token is not');
});

test('the API description lists the route with its empty body', async () => {
  const doc = (await prison.get('/api/openapi.json')).body;
  const post = doc.paths['/records/{id}/print-links'].post;
  assert.is(post.requestBody.content['application/json'].schema.$ref, '#/components/schemas/Empty');
  assert.ok(post.responses['201'] && post.responses['404']);
});

test.run();
