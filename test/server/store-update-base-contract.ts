/**
 * An update may carry the record as the caller read it (RecordUpdate.base, as records/change.ts sends
 * it), and an adapter may apply the change to that copy instead of reading the stored one again: the
 * result must be exactly what a fresh read gives, a base from another revision must never be applied,
 * and a stale update still stores nothing. Run against every store like store-contract.ts.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Store } from '../../server/store/types.ts';
import { at, createAudit, edit, makeRecord, type StoreContext } from './store-contract-support.ts';

export function registerUpdateBaseContract(adapter: string, open: () => Promise<Store>): void {
  const test = suite<StoreContext>(`${adapter} updates from the caller's copy`, { store: undefined as unknown as Store });
  test.before(async (context) => { context.store = await open(); });
  test.after(async (context) => { await context.store.close(); });

  test('an update given the record it was read from returns exactly what a fresh read gives', async ({ store }) => {
    const record = makeRecord();
    await store.insertRecord(record, createAudit);
    const base = (await store.getRecord(record.id))!;
    const update = edit(1, { 'answers.sectionOne.questionB': 'no', 'answers.sectionTwo.questionC': 3 }, {
      unset: ['answers.sectionOne.questionA'], push: { 'events': [{ id: 'e1', at: '2026-01-01T10:00:00.000Z', type: 'note' }] }, base,
    });
    const stored = await store.updateRecord(record.id, update);
    assert.ok(stored);
    assert.equal(stored, await store.getRecord(record.id));
    assert.is(stored!.revision, 2);
    assert.equal(stored!.answers, { sectionOne: { list: [{ item: 'one' }], questionB: 'no' }, sectionTwo: { questionC: 3 } });
    assert.equal(base, record, 'the caller\'s copy is not changed');
    assert.equal((await store.auditTrail(record.id)).map((entry) => entry.revision), [1, 2]);
    // Again from that result: a push onto a list it already has, and an item inside a list.
    const snapshot = structuredClone(stored!);
    const again = await store.updateRecord(record.id, edit(2, { 'answers.sectionOne.list.0.item': 'changed' }, {
      push: { 'events': [{ id: 'e2', at: '2026-01-01T11:00:00.000Z', type: 'note' }] }, base: stored!,
    }));
    assert.equal(again, await store.getRecord(record.id));
    assert.equal(again!.events.map((event) => event.id), ['e1', 'e2']);
    assert.equal(again!.answers.sectionOne!.list, [{ item: 'changed' }]);
    assert.equal(stored, snapshot, 'the copy an update started from is not changed, inside lists either');
  });

  test('a copy from an older revision is never applied: a stale update stores nothing, a current one applies to the stored record', async ({ store }) => {
    const record = makeRecord();
    await store.insertRecord(record, createAudit);
    const old = (await store.getRecord(record.id))!;
    assert.ok(await store.updateRecord(record.id, edit(1, { 'answers.sectionOne.questionB': 'first' }, { base: old })));
    assert.is(await store.updateRecord(record.id, edit(1, { 'answers.sectionOne.questionB': 'late' }, { base: old })), null);
    // Expected revision current but the copy older (a caller's mistake): the stored record is what changes.
    const stored = await store.updateRecord(record.id, edit(2, { 'answers.sectionOne.questionC': 'second' }, { base: old }));
    assert.equal(stored!.answers.sectionOne, { questionA: 'yes', list: [{ item: 'one' }], questionB: 'first', questionC: 'second' });
    assert.equal(stored, await store.getRecord(record.id));
  });

  test('a copy of another record is never applied', async ({ store }) => {
    const [record, other] = [makeRecord(), makeRecord()];
    await store.insertRecord(record, createAudit);
    await store.insertRecord(other, createAudit);
    const stored = await store.updateRecord(record.id, edit(1, { 'answers.sectionOne.questionB': 'mine' }, { base: (await store.getRecord(other.id))! }));
    assert.is(stored!.id, record.id);
    assert.is(stored!.move.id, record.move.id);
    assert.equal(stored, await store.getRecord(record.id));
  });

  test('an update that moves or confirms a record is found by its new move and confirmation, and not by the old ones', async ({ store }) => {
    const record = makeRecord({ from: 'OLD-FROM', to: 'OLD-TO' });
    await store.insertRecord(record, createAudit);
    const personId = record.person.id;
    const ids = async (locations: string[]) => (await store.findRecords({ personId, locations })).map((r) => r.id);
    const moved = await store.updateRecord(record.id, edit(1, { 'move.from': 'NEW-FROM' }, { base: (await store.getRecord(record.id))! }));
    assert.equal(await ids(['NEW-FROM']), [record.id]);
    assert.equal(await ids(['OLD-FROM']), []);
    assert.equal(await store.lastConfirmedRecords(personId, [record.form]), []);
    await store.updateRecord(record.id, edit(2, { state: 'confirmed', confirmed: { at: at(9), by: 'officer' } }, { base: moved! }));
    assert.equal((await store.lastConfirmedRecords(personId, [record.form])).map((r) => r.id), [record.id]);
    assert.equal(await ids(['OLD-TO']), [record.id], 'a column left unchanged still finds it');
  });

  test.run();
}
