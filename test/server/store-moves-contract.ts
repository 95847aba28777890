/**
 * The Moves page's queries, the same on every store: records at some locations over some days, sorted
 * by move date, a page at a time with the total; and the record of one move (for a duplicate's link).
 */
import { randomUUID } from 'node:crypto';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Store } from '../../server/store/types.ts';
import { makeRecord } from './store-contract.ts';

export function registerMoveStoreContract(name: string, open: () => Promise<Store>): void {
  const test = suite<{ store: Store }>(`${name} move queries`);
  test.before(async (ctx) => { ctx.store = await open(); });
  test.after(async (ctx) => { await ctx.store.close(); });

  test('moves at the given locations between two dates, by date, a page at a time', async ({ store }) => {
    const here = `L${randomUUID().slice(0, 6)}`;
    const dates = ['2026-12-05', '2026-12-03', '2026-12-04', '2026-12-02', '2026-12-09'];
    for (const [i, date] of dates.entries()) {
      const record = makeRecord({ from: i % 2 ? here : 'ELSEWHERE', to: i % 2 ? 'ELSEWHERE' : here });
      await store.insertRecord({ ...record, move: { ...record.move, date } }, { at: record.createdAt, user: 'u', action: 'create', changes: [] });
    }
    const other = makeRecord({ from: 'ELSEWHERE', to: 'NOWHERE' });
    await store.insertRecord({ ...other, move: { ...other.move, date: '2026-12-04' } }, { at: other.createdAt, user: 'u', action: 'create', changes: [] });
    const query = { locations: [here], fromDate: '2026-12-03', toDate: '2026-12-05', order: 'asc' as const, offset: 0, limit: 2 };
    const first = await store.findMoves(query);
    assert.is(first.total, 3, 'only the days asked for, only at these locations');
    assert.equal(first.records.map((r) => r.move.date), ['2026-12-03', '2026-12-04']);
    const second = await store.findMoves({ ...query, offset: 2 });
    assert.equal(second.records.map((r) => r.move.date), ['2026-12-05']);
    const latestFirst = await store.findMoves({ ...query, order: 'desc', limit: 10 });
    assert.equal(latestFirst.records.map((r) => r.move.date), ['2026-12-05', '2026-12-04', '2026-12-03']);
    assert.equal(await store.findMoves({ ...query, locations: [] }), { records: [], total: 0 });
  });

  test('the record of one move, found by form and move id', async ({ store }) => {
    const record = makeRecord();
    await store.insertRecord(record, { at: record.createdAt, user: 'u', action: 'create', changes: [] });
    assert.is((await store.recordForMove(record.form, record.move.id))?.id, record.id);
    assert.is(await store.recordForMove(record.form, 'no-such-move'), null);
    const refused = await store.findMoves({ locations: [{ $ne: 1 }] as never, fromDate: '2026-12-01', toDate: '2026-12-02', order: 'asc', offset: 0, limit: 1 }).then(() => false, () => true);
    assert.ok(refused, 'an operator in place of a location code is refused');
  });

  test.run();
}
