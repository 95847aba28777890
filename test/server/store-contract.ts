/**
 * The behaviour every store adapter must show. Each adapter's test file calls `registerStoreContract`
 * with a factory that opens the SAME underlying database on every call (so reopening can be tested);
 * tests use fresh random ids so they never see each other's data. Records are tested here; users,
 * sessions, previews and print links in store-accounts-contract.ts, on the same suite.
 */
import { randomUUID } from 'node:crypto';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { FormRecord } from '../../engine/types.ts';
import { DuplicateError, InvalidUpdateError, type RecordUpdate, type Store } from '../../server/store/types.ts';
import { assertRefused, at, createAudit, edit, makeRecord, type StoreContext } from './store-contract-support.ts';
import { registerAccountsContract } from './store-accounts-contract.ts';

export { assertRefused, makeRecord };

export function registerStoreContract(adapter: string, open: () => Promise<Store>): void {
  const test = suite<StoreContext>(`${adapter} store contract`, { store: undefined as unknown as Store });
  test.before(async (context) => { context.store = await open(); });
  test.after(async (context) => { await context.store.close(); });

  test('a record reads back exactly as inserted; an unknown id reads as null', async ({ store }) => {
    const record = makeRecord();
    await store.insertRecord(record, createAudit);
    assert.equal(await store.getRecord(record.id), record);
    assert.is(await store.getRecord(randomUUID()), null);
  });

  test('a second record of the same form for the same move is refused with DuplicateError', async ({ store }) => {
    const first = makeRecord();
    await store.insertRecord(first, createAudit);
    const twin = makeRecord({ moveId: first.move.id, answers: { sectionOne: { questionA: 'no' } } });
    await assertRefused(() => store.insertRecord(twin, createAudit), DuplicateError, 'a duplicate record');
    assert.is(await store.getRecord(twin.id), null);
    assert.equal(await store.getRecord(first.id), first);
    const otherForm = makeRecord({ moveId: first.move.id, form: 'form-b' });
    await store.insertRecord(otherForm, createAudit);
    assert.equal(await store.getRecord(otherForm.id), otherForm);
  });

  test('findRecords returns only the person\'s records whose move starts or ends at a given location', async ({ store }) => {
    const personId = randomUUID();
    const ab = makeRecord({ personId, from: 'A', to: 'B' });
    const cd = makeRecord({ personId, from: 'C', to: 'D' });
    const ef = makeRecord({ personId, from: 'E', to: 'F' });
    const someoneElse = makeRecord({ from: 'A', to: 'B' });
    for (const r of [ab, cd, ef, someoneElse]) await store.insertRecord(r, createAudit);
    const ids = async (locations: string[]) => (await store.findRecords({ personId, locations })).map((r) => r.id).sort();
    assert.equal(await ids(['B']), [ab.id]);
    assert.equal(await ids(['C', 'F']), [cd.id, ef.id].sort());
    assert.equal(await ids(['A', 'D', 'X']), [ab.id, cd.id].sort());
    assert.equal(await ids(['X']), []);
    assert.equal(await ids([]), []);
  });

  test('lastConfirmedRecords returns the newest confirmed, not cancelled, record of each asked form', async ({ store }) => {
    const personId = randomUUID();
    const confirmed = (form: string, minute: number, extra: Partial<FormRecord> = {}) =>
      makeRecord({ personId, form, state: 'confirmed', confirmed: { at: at(minute), by: 'officer' }, ...extra });
    const older = confirmed('form-a', 10);
    const newest = confirmed('form-a', 20, { state: 'handedOver' });
    const cancelled = confirmed('form-a', 30, { state: 'cancelled', cancelled: { at: at(31), by: 'officer' } });
    const draft = makeRecord({ personId, form: 'form-a', createdAt: at(40) });
    const otherForm = confirmed('form-b', 5);
    const notAsked = confirmed('form-c', 50);
    const otherPerson = confirmed('form-a', 59, { person: { id: randomUUID(), name: 'Other', dateOfBirth: '1980-01-01' } });
    for (const r of [older, newest, cancelled, draft, otherForm, notAsked, otherPerson]) await store.insertRecord(r, createAudit);
    const found = await store.lastConfirmedRecords(personId, ['form-a', 'form-b']);
    assert.equal(found.map((r) => r.id).sort(), [newest.id, otherForm.id].sort());
    assert.equal(await store.lastConfirmedRecords(personId, []), []);
  });

  test('updateRecord applies set, unset and push per path and bumps the revision', async ({ store }) => {
    const record = makeRecord();
    await store.insertRecord(record, createAudit);
    const updated = await store.updateRecord(record.id, edit(1, {
      'answers.sectionOne.questionB': 'no',
      'answers.sectionTwo.questionC': ['x', 'y'],
      'answerRevisions./sectionOne/questionB': 2,
      'prefill./sectionOne/questionA.needsReview': false,
      state: 'complete',
    }, { unset: ['answers.sectionOne.list'], push: { events: [{ id: 'e1', type: 'note', at: at(6), where: 'LOC1', what: 'ok', recordedBy: 'editor' }] } }));
    assert.ok(updated);
    assert.is(updated.revision, 2);
    assert.equal(updated.answers, { sectionOne: { questionA: 'yes', questionB: 'no' }, sectionTwo: { questionC: ['x', 'y'] } });
    assert.equal(updated.answerRevisions, { '/sectionOne/questionA': 1, '/sectionOne/questionB': 2 });
    assert.is(updated.prefill['/sectionOne/questionA']!.needsReview, false);
    assert.is(updated.prefill['/sectionOne/questionA']!.sourceRecordId, 'r0');
    assert.is(updated.state, 'complete');
    assert.equal(updated.events.map((e) => e.id), ['e1']);
    assert.equal(await store.getRecord(record.id), updated);
    const again = await store.updateRecord(record.id, edit(2, {}, { push: { events: [{ id: 'e2', type: 'note', at: at(7), where: 'LOC1', what: 'ok', recordedBy: 'editor' }] } }));
    assert.equal(again?.events.map((e) => e.id), ['e1', 'e2']);
    assert.is(again?.revision, 3);
  });

  test('an update from a stale revision returns null and changes nothing', async ({ store }) => {
    const record = makeRecord();
    await store.insertRecord(record, createAudit);
    assert.ok(await store.updateRecord(record.id, edit(1, { 'answers.sectionOne.questionA': 'no' })));
    const before = await store.getRecord(record.id);
    const trailBefore = await store.auditTrail(record.id);
    assert.is(await store.updateRecord(record.id, edit(1, { 'answers.sectionOne.questionB': 'late' })), null);
    assert.equal(await store.getRecord(record.id), before);
    assert.equal(await store.auditTrail(record.id), trailBefore);
    assert.is(await store.updateRecord(randomUUID(), edit(1, { 'answers.sectionOne.questionA': 'no' })), null);
  });

  test('two editors of different answers from the same base both keep their answer (the loser retries)', async ({ store }) => {
    const record = makeRecord();
    await store.insertRecord(record, createAudit);
    const changes = [{ 'answers.sectionOne.questionB': 'from editor 1' }, { 'answers.sectionTwo.questionC': 'from editor 2' }];
    const results = await Promise.all(changes.map((set) => store.updateRecord(record.id, edit(1, set))));
    assert.is(results.filter((r) => r === null).length, 1);
    const loser = changes[results.indexOf(null)]!;
    const fresh = await store.getRecord(record.id);
    assert.ok(await store.updateRecord(record.id, edit(fresh!.revision, loser)));
    const final = await store.getRecord(record.id);
    assert.is(final?.revision, 3);
    assert.is(final?.answers.sectionOne!.questionB, 'from editor 1');
    assert.is(final?.answers.sectionTwo!.questionC, 'from editor 2');
    assert.is(final?.answers.sectionOne!.questionA, 'yes');
  });

  test('200 concurrent updates from the same revision: exactly one wins', async ({ store }) => {
    const record = makeRecord();
    await store.insertRecord(record, createAudit);
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => store.updateRecord(record.id, edit(1, { 'answers.sectionOne.questionA': `answer ${i}` }))));
    const winners = results.filter((r) => r !== null);
    assert.is(winners.length, 1);
    const final = await store.getRecord(record.id);
    assert.is(final?.revision, 2);
    assert.is(final?.answers.sectionOne!.questionA, winners[0]!.answers.sectionOne!.questionA);
    assert.is((await store.auditTrail(record.id)).length, 2);
  });

  test('every insert and update appends its audit entry, with old and new values, in order', async ({ store }) => {
    const record = makeRecord();
    await store.insertRecord(record, createAudit);
    const change = { pointer: '/sectionOne/questionA', old: 'yes', new: 'no' };
    await store.updateRecord(record.id, { ...edit(1, { 'answers.sectionOne.questionA': 'no' }), audit: { at: at(8), user: 'editor', action: 'answer', changes: [change] } });
    await store.updateRecord(record.id, edit(2, { state: 'complete' }));
    const trail = await store.auditTrail(record.id);
    assert.equal(trail.map((e) => [e.action, e.user, e.revision]), [['create', 'creator', 1], ['answer', 'editor', 2], ['answer', 'editor', 3]]);
    assert.equal(trail[1]!.changes, [change]);
    assert.is(trail[1]!.at, at(8));
    assert.ok(trail.every((e) => e.recordId === record.id && typeof e.id === 'string'));
    assert.is(new Set(trail.map((e) => e.id)).size, 3);
    assert.equal(await store.auditTrail(randomUUID()), []);
  });

  registerAccountsContract(test);

  test('dangerous keys and ambiguous updates are refused and nothing is stored', async ({ store }) => {
    const record = makeRecord();
    await store.insertRecord(record, createAudit);
    const refused: RecordUpdate[] = [
      edit(1, { 'answers.$where': 'x' }),
      edit(1, { 'answers.__proto__.polluted': true }),
      edit(1, { 'answers.constructor.prototype': 'x' }),
      edit(1, { 'answers.sectionOne.questionA': { $gt: '' } }),
      edit(1, { 'answers.sectionOne.questionA': [{ 'a.b': 1 }] }),
      edit(1, { 'answers.sectionOne.questionA': JSON.parse('{"__proto__": {"polluted": true}}') }),
      edit(1, { 'answers.sectionOne..questionA': 'x' }),
      edit(1, { revision: 99 }),
      edit(1, { id: 'other' }),
      edit(1, { 'answers.sectionOne': {}, 'answers.sectionOne.questionA': 'x' }),
      edit(1, {}, { unset: ['answers.$x'] }),
      edit(1, {}, { push: { events: [{ $set: 1 }] } }),
      edit(1, {}, { push: { '$inc.revision': [1] } }),
      { ...edit(1, { 'answers.sectionOne.questionA': 'x' }), audit: { at: at(1), user: 'u', action: 'a', changes: [{ pointer: '/x', new: { $ne: 1 } }] } },
    ];
    for (const update of refused) {
      await assertRefused(() => store.updateRecord(record.id, update), InvalidUpdateError, `update ${JSON.stringify([update.set, update.unset, update.push])}`);
    }
    assert.equal(await store.getRecord(record.id), record);
    assert.is((await store.auditTrail(record.id)).length, 1);
    assert.is(({} as Record<string, unknown>).polluted, undefined);
    const bad = makeRecord({ answers: { sectionOne: { $where: 'x' } } });
    await assertRefused(() => store.insertRecord(bad, createAudit), InvalidUpdateError, 'a record with a $ key');
    assert.is(await store.getRecord(bad.id), null);
  });

  test('query inputs that are not strings (operator objects) are refused', async ({ store }) => {
    const operator = { $ne: null } as unknown as string;
    await assertRefused(() => store.getRecord(operator), InvalidUpdateError, 'an operator as record id');
    await assertRefused(() => store.findRecords({ personId: operator, locations: ['LOC1'] }), InvalidUpdateError, 'an operator as person id');
    await assertRefused(() => store.findRecords({ personId: 'p', locations: [operator] }), InvalidUpdateError, 'an operator as location');
    await assertRefused(() => store.lastConfirmedRecords(operator, ['form-a']), InvalidUpdateError, 'an operator as person id');
    await assertRefused(() => store.updateRecord(operator, edit(1, {})), InvalidUpdateError, 'an operator as record id');
  });

  test('data survives closing and reopening the store', async (context) => {
    const record = makeRecord();
    await context.store.insertRecord(record, createAudit);
    const updated = await context.store.updateRecord(record.id, edit(1, { 'answers.sectionOne.questionA': 'no' }));
    const username = `user-${randomUUID()}`;
    await context.store.putUser({ username, passwordHash: 'h', roles: ['healthcare'], locations: [], failedAttempts: 0 });
    const session = { id: randomUUID(), username, roles: ['healthcare' as const], locations: [], createdAt: at(1), lastSeenAt: at(2) };
    await context.store.createSession(session);
    await context.store.close();
    context.store = await open();
    assert.equal(await context.store.getRecord(record.id), updated);
    assert.is((await context.store.auditTrail(record.id)).length, 2);
    assert.is((await context.store.getUser(username))?.passwordHash, 'h');
    assert.equal(await context.store.getSession(session.id), { ...session, userLanguage: null });
  });

  test.run();
}
