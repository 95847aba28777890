/**
 * ConfirmedRecordsStore: what every store adapter must do when a report streams a form's confirmed
 * records. Each test uses its own form name, so tests never see each other's records.
 */
import { randomUUID } from 'node:crypto';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { FormRecord } from '../../engine/types.ts';
import { InvalidUpdateError, type Store } from '../../server/store/types.ts';
import { makeRecord } from './store-contract.ts';

const audit = { at: '2026-09-01T08:00:00.000Z', user: 'creator', action: 'create', changes: [] };

async function collect(batches: AsyncIterable<FormRecord[]>): Promise<string[][]> {
  const ids: string[][] = [];
  for await (const batch of batches) ids.push(batch.map((r) => r.id));
  return ids;
}

export function registerConfirmedRecordsContract(name: string, open: () => Promise<Store>): void {
  const it = suite<{ store: Store }>(`${name} store: confirmed records in batches`);
  it.before(async (context) => {
    context.store = await open();
  });
  it.after(async ({ store }) => store.close());

  async function seed(store: Store, form: string, rows: { id: string; version?: string; at?: string; state?: FormRecord['state'] }[]): Promise<void> {
    for (const row of rows) {
      const state = row.state ?? (row.at ? 'confirmed' : 'draft');
      await store.insertRecord(makeRecord({ id: row.id, form, version: row.version ?? '1.0.0', state, ...(row.at ? { confirmed: { at: row.at, by: 'prison' } } : {}) }), audit);
    }
  }

  it('oldest confirmation first, from the date given, without drafts, cancelled records, other forms or the version left out', async ({ store }) => {
    const form = `form-${randomUUID().slice(0, 8)}`;
    await seed(store, form, [
      { id: 'r-late', at: '2026-09-20T10:00:00.000Z' },
      { id: 'r-early', at: '2026-08-31T23:59:59.000Z' },
      { id: 'r-first', at: '2026-09-01T00:00:00.000Z' },
      { id: 'r-draft' },
      { id: 'r-cancelled', at: '2026-09-05T10:00:00.000Z', state: 'cancelled' },
      { id: 'r-handed', at: '2026-09-06T10:00:00.000Z', state: 'handedOver' },
      { id: 'r-new-version', at: '2026-09-07T10:00:00.000Z', version: '2.0.0' },
    ]);
    await seed(store, `${form}-other`, [{ id: `${form}-elsewhere`, at: '2026-09-08T10:00:00.000Z' }]);
    assert.equal(await collect(store.confirmedRecords({ form, since: '2026-09-01T00:00:00.000Z', exceptVersion: '2.0.0' })), [['r-first', 'r-handed', 'r-late']]);
    assert.equal(await collect(store.confirmedRecords({ form, since: '2026-09-01T00:00:00.000Z' })), [['r-first', 'r-handed', 'r-new-version', 'r-late']]);
    assert.equal(await collect(store.confirmedRecords({ form: `${form}-none`, since: '2026-01-01T00:00:00.000Z' })), []);
  });

  it('batches of the size asked, each record once, records confirmed at the same moment ordered by id', async ({ store }) => {
    const form = `form-${randomUUID().slice(0, 8)}`;
    const same = '2026-10-01T09:00:00.000Z';
    await seed(store, form, [
      { id: 'b-3', at: same }, { id: 'b-1', at: same }, { id: 'b-2', at: same },
      { id: 'b-4', at: '2026-10-02T09:00:00.000Z' }, { id: 'b-5', at: '2026-10-03T09:00:00.000Z' },
    ]);
    assert.equal(await collect(store.confirmedRecords({ form, since: '2026-10-01', batchSize: 2 })), [['b-1', 'b-2'], ['b-3', 'b-4'], ['b-5']]);
    assert.equal(await collect(store.confirmedRecords({ form, since: '2026-10-01', batchSize: 5 })), [['b-1', 'b-2', 'b-3', 'b-4', 'b-5']]);
  });

  it('each batch is read when the one before is consumed: a record confirmed meanwhile is still found', async ({ store }) => {
    const form = `form-${randomUUID().slice(0, 8)}`;
    await seed(store, form, [{ id: 'c-1', at: '2026-11-01T09:00:00.000Z' }, { id: 'c-2', at: '2026-11-02T09:00:00.000Z' }]);
    const seen: string[] = [];
    for await (const batch of store.confirmedRecords({ form, since: '2026-11-01', batchSize: 2 })) {
      seen.push(...batch.map((r) => r.id));
      if (seen.length === 2) await seed(store, form, [{ id: 'c-3', at: '2026-11-03T09:00:00.000Z' }]);
    }
    assert.equal(seen, ['c-1', 'c-2', 'c-3']);
  });

  it('a query it cannot run safely is refused before it reaches the database', async ({ store }) => {
    for (const query of [{ form: { $ne: '' }, since: '2026-01-01' }, { form: 'per', since: '2026-01-01', batchSize: 0 }, { form: 'per', since: '2026-01-01', batchSize: 5000 }]) {
      try {
        await collect(store.confirmedRecords(query as never));
        assert.unreachable(`${JSON.stringify(query)} was accepted`);
      } catch (error) {
        assert.instance(error, InvalidUpdateError);
      }
    }
  });

  it.run();
}
