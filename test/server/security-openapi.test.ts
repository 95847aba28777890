/** The OpenAPI document lists every refusal the security hardening added, so integrators can handle them. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startServer, type TestServer } from './support/server.ts';
import { whoMay } from '../../engine/vocabulary/roles.ts';

let server: TestServer;
let doc: { paths: Record<string, Record<string, { responses: Record<string, { description: string; headers?: Record<string, { schema: { const?: string } }> }> }>> };

test.before(async () => {
  server = await startServer();
  doc = (await server.anonymous().get('/api/openapi.json')).body;
});
test.after(async () => { await server.close(); });

const describe = (path: string, method: string, status: number) => doc.paths[path]?.[method]?.responses[String(status)]?.description ?? '';

test('every state-changing operation lists the cross-site 403, and every body-taking one the 415 for empty bodies too', () => {
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const method of Object.keys(ops)) {
      if (method === 'get') continue;
      assert.match(describe(path, method, 403), /crossSite/, `${method} ${path}`);
    }
  }
  assert.match(describe('/records/{id}/confirm', 'post', 415), /an empty one too/);
});

test('the revision, plausibility, lock-out and prefill refusals are described', () => {
  assert.match(describe('/records/{id}/sections/{section}', 'patch', 400), /revisionAhead/);
  assert.match(describe('/records/{id}/sections/{section}', 'patch', 409), /unknownRevision/);
  assert.match(describe('/records', 'post', 400), /date of birth in the future or before 1900/);
  assert.match(describe('/records', 'post', 400), /bidirectional-override/);
  assert.match(describe('/records', 'post', 201), /prefillWithheld/);
  assert.match(describe('/session', 'post', 429), /signInDelayed/);
  assert.match(describe('/session', 'post', 403), /for good/);
  assert.is(describe('/prefill-crossings', 'get', 403), `Only ${whoMay('audit')}`);
});

test('every response says Cache-Control: no-store', () => {
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      for (const [status, response] of Object.entries(op.responses)) {
        assert.is(response.headers?.['Cache-Control']?.schema.const, 'no-store', `${method} ${path} ${status}`);
      }
    }
  }
});

test.run();
