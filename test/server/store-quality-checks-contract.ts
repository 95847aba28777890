/**
 * What every store adapter must do for qualitative checks: draw samples inside the database,
 * reproducibly, from exactly the frame asked for; keep samples and scores. Run against each adapter by
 * store-quality-checks-<adapter>.test.ts with a factory that opens the same database on every call.
 */
import { randomUUID } from 'node:crypto';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { FormRecord } from '../../engine/types.ts';
import type { Store } from '../../server/store/types.ts';
import type { QualitySample, QualityScore } from '../../server/store/quality-checks.ts';
import { makeRecord } from './store-contract.ts';

const createAudit = { at: '2026-12-01T09:00:00.000Z', user: 'creator', action: 'create', changes: [] };

function confirmedRecord(location: string, date: string, overrides: Partial<FormRecord> = {}): FormRecord {
  return makeRecord({ from: location, state: 'confirmed', confirmed: { at: `${date}T08:00:00.000Z`, by: 'prison' }, ...overrides, move: { id: randomUUID(), type: 'court', from: location, to: 'ELSEWHERE', date } });
}

function sample(overrides: Partial<QualitySample> = {}): QualitySample {
  return { id: randomUUID(), createdBy: 'forum', createdAt: '2026-12-20T10:00:00.000Z', form: 'form-a', location: 'L', from: '2026-12-01', to: '2026-12-31', size: 3, seed: 'seed', recordIds: ['r1', 'r2'], ...overrides };
}

function score(sampleId: string, recordId: string, overrides: Partial<QualityScore> = {}): QualityScore {
  return {
    sampleId, recordId, rubric: { form: 'rubric', version: '1.0.0' }, answers: { review: { riskSpecific: 'yes' } }, scoredBy: 'forum',
    at: '2026-12-21T10:00:00.000Z', record: { form: 'form-a', version: '1.0.0', location: 'L', moveDate: '2026-12-05' }, ...overrides,
  };
}

export function registerQualityCheckContract(adapter: string, open: () => Promise<Store>): void {
  const test = suite<{ store: Store }>(`${adapter} qualitative checks`, { store: undefined as unknown as Store });
  test.before(async (context) => { context.store = await open(); });
  test.after(async (context) => { await context.store.close(); });

  test('a draw takes only confirmed, uncancelled records of the form, sent from the location, moved in the period; at most the size asked', async ({ store }) => {
    const location = `L${randomUUID().slice(0, 6)}`;
    const inFrame = ['2026-12-01', '2026-12-10', '2026-12-10', '2026-12-31', '2026-12-20'].map((d) => confirmedRecord(location, d));
    const outside = [
      confirmedRecord(location, '2026-11-30'),
      confirmedRecord(location, '2027-01-01'),
      confirmedRecord('ELSEWHERE', '2026-12-10'),
      confirmedRecord(location, '2026-12-10', { form: 'form-b' }),
      makeRecord({ from: location, move: { id: randomUUID(), type: 'court', from: location, to: 'X', date: '2026-12-10' } }),
      confirmedRecord(location, '2026-12-10', { state: 'cancelled', cancelled: { at: '2026-12-10T09:00:00.000Z', by: 'prison' } }),
    ];
    for (const record of [...inFrame, ...outside]) await store.insertRecord(record, createAudit);
    const frame = { form: 'form-a', location, from: '2026-12-01', to: '2026-12-31' };
    const all = await store.drawSample(frame, 'seed-1', 100);
    assert.equal([...all].sort(), inFrame.map((r) => r.id).sort(), 'every record of the frame and nothing else');
    const three = await store.drawSample(frame, 'seed-1', 3);
    assert.equal(three, all.slice(0, 3), 'a smaller sample is the start of the same order');
    assert.equal(await store.drawSample(frame, 'seed-1', 3), three, 'the same seed draws the same records in the same order');
    const orders = new Set<string>();
    for (let i = 0; i < 6; i++) orders.add((await store.drawSample(frame, `other-${i}`, 5)).join());
    assert.ok(orders.size > 1, 'other seeds draw in other orders');
  });

  test('a sample reads back as stored; samplesBy lists one member\'s samples, newest first', async ({ store }) => {
    const member = `forum-${randomUUID().slice(0, 6)}`;
    const older = sample({ createdBy: member, createdAt: '2026-12-20T10:00:00.000Z' });
    const newer = sample({ createdBy: member, createdAt: '2026-12-21T10:00:00.000Z' });
    await store.insertSample(older);
    await store.insertSample(newer);
    await store.insertSample(sample({ createdBy: 'someone-else' }));
    assert.equal(await store.getSample(older.id), older);
    assert.is(await store.getSample(randomUUID()), null);
    assert.equal((await store.samplesBy(member)).map((s) => s.id), [newer.id, older.id]);
  });

  test('a score replaces the earlier score of the same record in the same sample; scores filter by form, location and move date', async ({ store }) => {
    const location = `L${randomUUID().slice(0, 6)}`;
    const s = sample({ location });
    await store.insertSample(s);
    const where = { form: 'form-a', version: '1.0.0', location, moveDate: '2026-12-05' };
    await store.putScore(score(s.id, 'r1', { record: where }));
    await store.putScore(score(s.id, 'r1', { record: where, answers: { review: { riskSpecific: 'no' } } }));
    await store.putScore(score(s.id, 'r2', { record: { ...where, moveDate: '2026-12-25' } }));
    const stored = await store.scoresOfSample(s.id);
    assert.equal(stored.map((x) => [x.recordId, x.answers.review!.riskSpecific]), [['r1', 'no'], ['r2', 'yes']]);
    const ids = async (query: Parameters<Store['scores']>[0]) => (await store.scores(query)).map((x) => x.recordId);
    assert.equal(await ids({ form: 'form-a', locations: [location] }), ['r1', 'r2']);
    assert.equal(await ids({ form: 'form-a', locations: [location], from: '2026-12-10' }), ['r2']);
    assert.equal(await ids({ form: 'form-a', locations: [location], to: '2026-12-10' }), ['r1']);
    assert.equal(await ids({ form: 'form-b', locations: [location] }), []);
    assert.equal(await ids({ form: 'form-a', locations: [] }), []);
  });

  test('samples and scores outlive the connection', async ({ store }) => {
    const s = sample();
    await store.insertSample(s);
    await store.putScore(score(s.id, 'r1'));
    const again = await open();
    try {
      assert.equal(await again.getSample(s.id), s);
      assert.is((await again.scoresOfSample(s.id)).length, 1);
    } finally {
      await again.close();
    }
  });

  test('unsafe keys in a sample or a score are refused, storing nothing', async ({ store }) => {
    const bad = sample({ recordIds: JSON.parse('[{"$gt": ""}]') as string[] });
    let refused = false;
    try { await store.insertSample(bad); } catch { refused = true; }
    assert.ok(refused, 'a $-key in a sample is refused');
    assert.is(await store.getSample(bad.id), null);
  });

  test.run();
}
