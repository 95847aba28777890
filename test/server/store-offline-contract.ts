/**
 * What working offline asks of every store. Every store keeps an entry's id unique in the list it is appended to: the id an escort's device gave
 * an event, red flag or handover is stored with it, and an update appending that id again is refused
 * (DuplicateError) and stores nothing, so no path can record an entry sent twice. And each user has
 * one device key, the same from every call and every server, made once.
 */
import { randomUUID } from 'node:crypto';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { DuplicateError, type RecordUpdate, type Store } from '../../server/store/types.ts';
import { assertRefused, makeRecord } from './store-contract.ts';

const at = '2026-01-01T10:00:00.000Z';
const event = (id: string) => ({ id, type: 'note', at, where: 'Van', what: 'Stopped for fuel', recordedBy: 'escort', recordedAt: at, receivedAt: at });

function append(expectedRevision: number, push: RecordUpdate['push']): RecordUpdate {
  return { expectedRevision, set: {}, unset: [], push, audit: { at, user: 'escort', action: 'addEvent', changes: [], entry: { id: 'x', recordedAt: at, receivedAt: at } } };
}

export function registerOfflineContract(name: string, open: () => Promise<Store>): void {
  const test = suite<{ store: Store }>(`${name} store: entry ids and device keys`);
  test.before(async (context) => { context.store = await open(); });
  test.after(async ({ store }) => { await store.close(); });

  test('an entry keeps its id and both times; the same id appended again is refused and stores nothing', async ({ store }) => {
    const record = makeRecord({ state: 'confirmed' });
    await store.insertRecord(record, { at, user: 'prison', action: 'create', changes: [] });
    const id = randomUUID();
    const first = await store.updateRecord(record.id, append(1, { events: [event(id)] }));
    assert.equal(first?.events, [event(id)]);
    await assertRefused(() => store.updateRecord(record.id, append(2, { events: [event(id)] })), DuplicateError, 'the same id again');
    const stored = await store.getRecord(record.id);
    assert.equal([stored?.revision, stored?.events.length], [2, 1], 'nothing stored by the refused append');
    assert.is((await store.auditTrail(record.id)).length, 2, 'no audit entry for the refused append');
    assert.equal((await store.auditTrail(record.id))[1]?.entry, { id: 'x', recordedAt: at, receivedAt: at }, 'the audit keeps both times');
  });

  test('one update appending the same id twice is refused; other ids and other records are not affected', async ({ store }) => {
    const record = makeRecord({ state: 'confirmed' });
    const other = makeRecord({ state: 'confirmed' });
    for (const r of [record, other]) await store.insertRecord(r, { at, user: 'prison', action: 'create', changes: [] });
    const id = randomUUID();
    await assertRefused(() => store.updateRecord(record.id, append(1, { events: [event(id), event(id)] })), DuplicateError, 'an id twice in one update');
    assert.is((await store.getRecord(record.id))?.revision, 1);
    assert.ok(await store.updateRecord(record.id, append(1, { events: [event(id)] })));
    assert.ok(await store.updateRecord(other.id, append(1, { events: [event(id)] })), 'the id is unique per record, not across records');
    const next = await store.updateRecord(record.id, append(2, { events: [event(randomUUID())] }));
    assert.is(next?.events.length, 2, 'a new id appends');
    assert.is(await store.updateRecord(record.id, append(2, { events: [event(id)] })), null, 'a stale revision is still null, not a duplicate');
  });

  test('a user\'s device key is made once: later and racing calls get the first key, other users their own', async ({ store }) => {
    const user = `escort-${randomUUID()}`;
    const [a, b] = await Promise.all([store.deviceKey(user, 'key-a'), store.deviceKey(user, 'key-b')]);
    assert.is(a, b, 'two racing first calls agree');
    assert.ok(['key-a', 'key-b'].includes(a));
    assert.is(await store.deviceKey(user, 'key-c'), a, 'a later call keeps the key');
    assert.is(await store.deviceKey(`other-${randomUUID()}`, 'key-d'), 'key-d');
    const reopened = await open();
    assert.is(await reopened.deviceKey(user, 'key-e'), a, 'kept across a restart');
    await reopened.close();
  });

  test.run();
}
