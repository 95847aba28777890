/**
 * A save names the revision its editor read. One ahead of the record (1e15) once beat every conflict
 * check and overwrote a newer answer; now it is 400 naming /revision, and one the record never had (0)
 * is 409. Either way nothing is stored.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startServer, type TestServer } from './support/server.ts';
import { createRecord, save } from './support/records.ts';

let server: TestServer;

test.before(async () => { server = await startServer(); });
test.after(async () => { await server.close(); });

test('a revision ahead of the record is 400 naming /revision, and the newer answer stays', async () => {
  const prison = await server.login('prison');
  const record = await createRecord(prison);
  const first = await save(prison, record.id, 'risk', { violent: 'yes', violentDetails: 'Assaulted an officer' }, record.revision);
  assert.is(first.status, 200, first.text);
  const stored = first.body.record;
  for (const ahead of [1e15, stored.revision + 1]) {
    const res = await save(prison, record.id, 'risk', { violent: 'no' }, ahead);
    assert.is(res.status, 400, `revision ${ahead}: ${res.text}`);
    assert.is(res.body.error, 'revisionAhead');
    assert.equal(res.body.fields.map((f: { field: string }) => f.field), ['/revision']);
  }
  const after = (await prison.get(`/api/records/${record.id}`)).body;
  assert.is(after.answers.risk.violent, 'yes');
  assert.is(after.revision, stored.revision);
});

test('revision 0, which no record has had, is 409 with the current record; nothing is stored', async () => {
  const prison = await server.login('prison');
  const record = await createRecord(prison);
  const res = await save(prison, record.id, 'risk', { violent: 'no' }, 0);
  assert.is(res.status, 409, res.text);
  assert.is(res.body.error, 'unknownRevision');
  assert.is(res.body.record.id, record.id);
  assert.is((await prison.get(`/api/records/${record.id}`)).body.revision, record.revision);
});

test('every revision the record has had is still accepted (older ones are checked for conflicts)', async () => {
  const prison = await server.login('prison');
  const record = await createRecord(prison);
  const first = await save(prison, record.id, 'risk', { violent: 'yes', violentDetails: 'x' }, record.revision);
  const fromOld = await save(prison, record.id, 'risk', { weaponUsed: 'no' }, record.revision);
  assert.is(fromOld.status, 200, 'a different answer from an older revision merges');
  const conflict = await save(prison, record.id, 'risk', { violent: 'no' }, record.revision);
  assert.is(conflict.status, 409);
  assert.is(conflict.body.error, 'conflict');
  const current = await save(prison, record.id, 'risk', { violent: 'no' }, fromOld.body.record.revision);
  assert.is(current.status, 200, `from the current revision: ${current.text}`);
  assert.ok(first.body.record.revision < current.body.record.revision);
});

test.run();
