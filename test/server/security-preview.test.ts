/**
 * POST /preview/check is for policy teams only, guarded like the API (key rules, depth, size) and
 * rate-limited; the definition it accepts is kept in the store, so a second server answers the
 * validator URL the first one gave.
 */
import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startServer, type TestServer } from './support/server.ts';
import { Client } from './support/client.ts';

const example = JSON.parse(readFileSync(new URL('../../docs/examples/escort-check/1.0.0.json', import.meta.url), 'utf8'));

let a: TestServer;
let b: TestServer;
let policy: Client;

test.before(async () => {
  a = await startServer();
  b = await startServer({}, {}, a);
  policy = await a.login('policy');
});
test.after(async () => {
  await b.close();
  await a.close();
});

const check = (client: Client, raw: string) => client.request('POST', '/preview/check', undefined, { raw });

test('only a signed-in policy user may check a definition', async () => {
  assert.is((await check(a.anonymous(), JSON.stringify(example))).status, 401);
  const prison = await a.login('prison');
  const refused = await check(prison, JSON.stringify(example));
  assert.is(refused.status, 403);
  assert.is(refused.body.error, 'forbidden');
});

test('the preview page opens for policy staff and tells anyone else they cannot preview forms', async () => {
  const page = await policy.request('GET', '/preview');
  assert.is(page.status, 200);
  assert.match(page.text, /<preview-workbench/);
  const prison = await a.login('prison');
  const refused = await prison.request('GET', '/preview');
  assert.is(refused.status, 403);
  assert.match(refused.text, /Only policy teams can preview forms/);
  assert.not.match(refused.text, /<preview-workbench/);
});

test('a validator checked on one server is served by another on the same store', async () => {
  const checked = await check(policy, JSON.stringify(example));
  assert.is(checked.status, 200, checked.text);
  assert.equal(checked.body.problems, []);
  const path: string = checked.body.validator;
  assert.match(path, /^\/components\/validators\/preview\/[0-9a-f]{32}\.js$/);
  const fromA = await fetch(a.url + path);
  const fromB = await fetch(b.url + path);
  assert.is(fromA.status, 200);
  assert.is(fromB.status, 200, 'the second server rebuilds it from the stored definition');
  assert.match(fromB.headers.get('content-type') ?? '', /javascript/);
  assert.is(await fromB.text(), await fromA.text());
});

test('an unknown or malformed validator hash is 404', async () => {
  assert.is((await fetch(`${b.url}/components/validators/preview/${'0'.repeat(32)}.js`)).status, 404);
  assert.is((await fetch(`${b.url}/components/validators/preview/nothex.js`)).status, 404);
});

test('a key such as constructorDetails reaches the definition check; prototype keys are refused', async () => {
  const withKey = structuredClone(example);
  const [section] = Object.keys(withKey.properties);
  withKey.properties[section].properties.constructorDetails = { type: 'string', title: 'Details' };
  const passed = await check(policy, JSON.stringify(withKey));
  assert.is(passed.status, 200, passed.text);
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    const raw = JSON.stringify(example).replace('{', `{${JSON.stringify(key)}:{"x":1},`);
    const refused = await check(policy, raw);
    assert.is(refused.status, 400, `${key}: ${refused.text}`);
    assert.is(refused.body.error, 'forbiddenInput');
    assert.equal(refused.body.fields.map((f: { field: string }) => f.field), [`/${key}`]);
  }
});

test('a body nested too deep is refused; one over the size limit is 413', async () => {
  const deep = '{"a":'.repeat(100) + '1' + '}'.repeat(100);
  const nested = await check(policy, deep);
  assert.is(nested.status, 400);
  assert.is(nested.body.fields[0].rule, 'depth');
  const huge = await check(policy, JSON.stringify({ ...example, description: 'x'.repeat(600_000) }));
  assert.is(huge.status, 413);
});

test('checks are rate-limited per client', async () => {
  let status = 0;
  for (let i = 0; i < 70 && status !== 429; i++) status = (await check(policy, '{}')).status;
  assert.is(status, 429);
  const limited = await check(policy, '{}');
  assert.is(limited.body.error, 'tooManyRequests');
});

test.run();
