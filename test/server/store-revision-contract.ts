/**
 * A record's revision can only be matched, never overtaken: an update naming a revision the record has
 * not reached stores nothing, in every adapter (the API refuses such a save first: security-revision).
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Store } from '../../server/store/types.ts';
import { makeRecord } from './store-contract.ts';

export function registerRevisionContract(adapter: string, open: () => Promise<Store>): void {
  const test = suite<{ store: Store }>(`${adapter} revisions`, { store: undefined as unknown as Store });
  test.before(async (context) => { context.store = await open(); });
  test.after(async (context) => { await context.store.close(); });

  test('an update from a revision the record has not reached yet returns null and changes nothing', async ({ store }) => {
    const record = makeRecord();
    const audit = { at: record.createdAt, user: 'creator', action: 'create', changes: [] };
    await store.insertRecord(record, audit);
    for (const ahead of [2, 1e15]) {
      const update = { expectedRevision: ahead, set: { 'answers.sectionOne.questionA': 'from the future' }, unset: [], push: {}, audit: { ...audit, action: 'answer' } };
      assert.is(await store.updateRecord(record.id, update), null, `revision ${ahead}`);
    }
    assert.equal(await store.getRecord(record.id), record);
    assert.is((await store.auditTrail(record.id)).length, 1);
  });

  test.run();
}
