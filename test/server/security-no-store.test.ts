/**
 * Personal data is never cached: every API answer (records, lists, audit, errors) and the record pages
 * say Cache-Control: no-store, so a shared computer's browser cache or a proxy keeps none of it.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startServer, type TestServer } from './support/server.ts';
import { createRecord, newMove, newPerson } from './support/records.ts';

let server: TestServer;

test.before(async () => { server = await startServer(); });
test.after(async () => { await server.close(); });

test('record JSON, the person search, the audit trail, creation and refusals are all no-store', async () => {
  const prison = await server.login('prison');
  const auditor = await server.login('auditor');
  const person = newPerson();
  const created = await prison.request('POST', '/api/records', { form: 'escort-check', move: newMove(), person });
  assert.is(created.status, 201);
  const id = created.body.id as string;
  const answers = [
    ['create', created],
    ['record', await prison.get(`/api/records/${id}`)],
    ['search', await prison.get(`/api/records?person=${person.id}`)],
    ['audit', await auditor.get(`/api/records/${id}/audit`)],
    ['session', await prison.get('/api/session')],
    ['not found', await prison.get('/api/records/no-such-record')],
    ['not signed in', await server.anonymous().get(`/api/records/${id}`)],
  ] as const;
  for (const [what, res] of answers) assert.is(res.headers.get('cache-control'), 'no-store', what);
});

test('the record pages and the print view are no-store', async () => {
  const prison = await server.login('prison');
  const record = await createRecord(prison);
  for (const path of ['/records', `/records/${record.id}`, `/api/records/${record.id}/print`]) {
    const res = await prison.request('GET', path, undefined, { headers: { accept: 'text/html' } });
    assert.is(res.status, 200, path);
    assert.is(res.headers.get('cache-control'), 'no-store', path);
  }
});

test.run();
