/**
 * The body guard refuses exactly the keys that could reach a prototype or become a database operator
 * (the store's own rule), and lets ordinary keys that merely contain such words through to validation.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startServer, type TestServer } from './support/server.ts';
import type { Client } from './support/client.ts';
import { createRecord, save } from './support/records.ts';

let server: TestServer;
let prison: Client;
let record: { id: string; revision: number };

test.before(async () => {
  server = await startServer();
  prison = await server.login('prison');
  record = await createRecord(prison);
});
test.after(async () => { await server.close(); });

for (const key of ['constructorDetails', 'prototypeDetails', 'hasConstructor']) {
  test(`a key "${key}" passes the guard and reaches validation (an unknown question, 422)`, async () => {
    const res = await save(prison, record.id, 'risk', { [key]: 'x' }, record.revision);
    assert.is(res.status, 422, res.text);
    assert.ok(res.body.fields.some((f: { field: string }) => f.field === `/risk/${key}`), res.text);
  });
}

for (const key of ['constructor', 'prototype', '__proto__', 'a__proto__', '$where', 'risk.violent', '']) {
  test(`a key ${JSON.stringify(key)} is refused by the guard, naming it`, async () => {
    const raw = `{"answers":{${JSON.stringify(key)}:"x"},"revision":${record.revision}}`;
    const res = await prison.request('PATCH', `/api/records/${record.id}/sections/risk`, undefined, { raw });
    assert.is(res.status, 400, res.text);
    assert.is(res.body.error, 'forbiddenInput');
    assert.equal(res.body.fields.map((f: { field: string }) => f.field), [`/answers/${key}`]);
  });
}

test('nothing refused was stored', async () => {
  const stored = await server.store.getRecord(record.id);
  assert.is(stored!.revision, record.revision);
});

test.run();
