/**
 * Prefill reads the person's last confirmed records wherever they were made (the record travels with
 * the person), so the new record's creation is audited with the record each carried answer came from.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startServer, type TestServer } from './support/server.ts';
import { completeRecord, createRecord, newMove, newPerson } from './support/records.ts';
import { toPointer } from '../../engine/pointer.ts';

let server: TestServer;

test.before(async () => { server = await startServer(); });
test.after(async () => { await server.close(); });

test('a record prefilled from one made at another location names that record in its creation audit', async () => {
  const prison = await server.login('prison');
  const healthcare = await server.login('healthcare');
  const person = newPerson();
  const first = await completeRecord(prison, healthcare, newMove(), person);
  assert.is((await prison.post(`/api/records/${first.id}/confirm`)).status, 200);

  // Staff at a prison in another region start the person's next move there.
  const elsewhere = (await server.store.getUser('prison2'))!.locations[0]!;
  assert.not.ok((await server.store.getUser('prison'))!.locations.includes(elsewhere));
  const prison2 = await server.login('prison2');
  const second = await createRecord(prison2, newMove(elsewhere, 'WINCC'), person);
  assert.is(second.prefill['/risk/violent'].sourceRecordId, first.id);

  const auditor = await server.login('auditor');
  const trail = await auditor.get(`/api/records/${second.id}/audit`);
  assert.is(trail.status, 200, trail.text);
  const created = trail.body[0];
  assert.is(created.action, 'create');
  assert.is(created.user, 'prison2');
  const marks = created.changes.filter((c: { pointer: string }) => c.pointer.startsWith('/prefill/'));
  assert.ok(marks.length > 0, JSON.stringify(created.changes));
  assert.equal(marks.map((c: { pointer: string }) => c.pointer), Object.keys(second.prefill).map((p) => toPointer(['prefill', p])));
  assert.ok(marks.some((c: { pointer: string }) => c.pointer === '/prefill/~1risk~1violent'), 'a prefill mark is one escaped key');
  for (const mark of marks) {
    assert.is(mark.new.sourceRecordId, first.id);
    assert.is(mark.new.confirmedAt, second.prefill['/risk/violent'].confirmedAt);
  }
  assert.ok(created.changes.some((c: { pointer: string; new?: unknown }) => c.pointer === '/risk/violent' && c.new === 'yes'), 'the carried answer itself');
});

test('a record with nothing to prefill has no prefill entries in its creation audit', async () => {
  const prison = await server.login('prison');
  const record = await createRecord(prison, newMove(), newPerson());
  const trail = await (await server.login('auditor')).get(`/api/records/${record.id}/audit`);
  assert.equal(trail.body[0].changes.filter((c: { pointer: string }) => c.pointer.startsWith('/prefill/')), []);
});

test.run();
