/**
 * What every store adapter must do for reports: keep the newest facts of each record (counts moving
 * with them), find records whose facts are missing or stale, answer sums, minute histograms and keyed
 * counts per group inside the database, and keep the activity log. Run against each adapter by
 * store-reports-sqlite.test.ts and store-reports-mongo.test.ts.
 */
import { randomUUID } from 'node:crypto';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { ReportFacts } from '../../engine/reports/facts.ts';
import { medianOf, percentileOf } from '../../engine/reports/stats.ts';
import type { Store } from '../../server/store/types.ts';
import { makeRecord } from './store-contract.ts';
import { createAudit, edit } from './store-contract-support.ts';
import { startReplay, type ReplaySummary } from '../../engine/reports/replay.ts';
import type { FactsOfChange } from '../../server/store/report-types.ts';

function facts(overrides: Partial<ReportFacts>): ReportFacts {
  return {
    recordId: randomUUID(), revision: 1, form: 'form-r', version: '1.0.0', location: 'LOC1', moveDate: '2026-03-10',
    confirmed: true, cancelled: false, confirmedBeforeMove: true, minutesToConfirm: 10,
    handovers: 1, handoversAllRedFlagsAcknowledged: 1, redFlagsAdded: 0, prefilledAnswers: 2, prefilledAnswersChanged: 1,
    answersAmendedAfterComplete: 0, counts: [{ measure: 'flagsRaised', key: 'alert', n: 2 }, { measure: 'shown', key: '/s/q', n: 1 }],
    ...overrides,
  };
}

export function registerReportStoreContract(name: string, open: () => Promise<Store>): void {
  const it = suite<{ store: Store; form: string }>(`${name} report store`);
  it.before(async (context) => { context.store = await open(); });
  it.before.each((context) => { context.form = `form-${randomUUID().slice(0, 8)}`; });
  it.after(async (context) => { await context.store.close(); });

  it('sums per group, with minute histograms that give the exact median and 90th percentile', async ({ store, form }) => {
    const minutes = [5, 10, 10, 20, 30, 40, 60, 90, 120, 600];
    for (const [i, m] of minutes.entries()) await store.putReportFacts(facts({ form, minutesToConfirm: m, location: i < 6 ? 'LOC1' : 'LOC2' }));
    await store.putReportFacts(facts({ form, confirmed: false, cancelled: true, confirmedBeforeMove: false, minutesToConfirm: null, handovers: 0, handoversAllRedFlagsAcknowledged: 0, counts: [] }));
    const all = await store.reportFacts({ form, by: 'all' });
    assert.equal(all.totals, [{ group: 'all', started: 11, confirmed: 10, cancelled: 1, confirmedBeforeMove: 10, handovers: 10, handoversAllRedFlagsAcknowledged: 10, redFlagsAdded: 0, prefilledAnswers: 22, prefilledAnswersChanged: 11, answersAmendedAfterComplete: 0 }]);
    const bins = all.minutes.map((m) => ({ value: m.minutes, n: m.n }));
    assert.is(medianOf(bins), 35);
    assert.is(percentileOf(bins, 90), 120);
    assert.equal(all.counts, [{ group: 'all', measure: 'flagsRaised', key: 'alert', n: 20 }, { group: 'all', measure: 'shown', key: '/s/q', n: 10 }]);
    const byLocation = await store.reportFacts({ form, by: 'location', locations: ['LOC2'] });
    assert.equal(byLocation.totals.map((t) => [t.group, t.started]), [['LOC2', 4]]);
  });

  it('filters by move dates, locations, excluded locations and version; groups by month and version', async ({ store, form }) => {
    await store.putReportFacts(facts({ form, moveDate: '2026-02-28' }));
    await store.putReportFacts(facts({ form, moveDate: '2026-03-01', version: '2.0.0' }));
    await store.putReportFacts(facts({ form, moveDate: '2026-03-31', location: 'LOC3' }));
    const months = await store.reportFacts({ form, by: 'month' });
    assert.equal(months.totals.map((t) => [t.group, t.started]), [['2026-02', 1], ['2026-03', 2]]);
    const march = await store.reportFacts({ form, by: 'version', from: '2026-03-01', to: '2026-03-31' });
    assert.equal(march.totals.map((t) => [t.group, t.started]), [['1.0.0', 1], ['2.0.0', 1]]);
    assert.equal((await store.reportFacts({ form, by: 'all', excludeLocations: ['LOC3'], version: '1.0.0' })).totals.map((t) => t.started), [1]);
    assert.equal((await store.reportFacts({ form, by: 'all', locations: [] })).totals, []);
  });

  it('keyed counts over a period with partial months at its edges count exactly the records of those days', async ({ store, form }) => {
    const meal = (n: number) => [{ measure: 'eventsByType' as const, key: 'meal', n }];
    await store.putReportFacts(facts({ form, moveDate: '2026-03-05', counts: meal(1) }));
    await store.putReportFacts(facts({ form, moveDate: '2026-03-25', counts: meal(10) }));
    await store.putReportFacts(facts({ form, moveDate: '2026-04-10', counts: meal(100) }));
    await store.putReportFacts(facts({ form, moveDate: '2026-05-01', counts: meal(1000) }));
    const sum = async (from?: string, to?: string) => (await store.reportFacts({ form, by: 'all', ...(from ? { from } : {}), ...(to ? { to } : {}) })).counts.map((c) => c.n);
    assert.equal(await sum('2026-03-10', '2026-04-30'), [110]);
    assert.equal(await sum('2026-03-01', '2026-04-05'), [11]);
    assert.equal(await sum('2026-03-06', '2026-03-31'), [10]);
    assert.equal(await sum('2026-04-10', '2026-04-10'), [100]);
    assert.equal(await sum(undefined, '2026-04-09'), [11]);
    assert.equal(await sum('2026-03-26'), [1100]);
    assert.equal(await sum(), [1111]);
    const months = await store.reportFacts({ form, by: 'month', from: '2026-03-10', to: '2026-05-01' });
    assert.equal(months.counts.map((c) => [c.group, c.n]), [['2026-03', 10], ['2026-04', 100], ['2026-05', 1000]]);
  });

  it('newer facts replace older ones and take their counts with them; older facts arriving late are ignored', async ({ store, form }) => {
    const recordId = randomUUID();
    await store.putReportFacts(facts({ form, recordId, revision: 2, counts: [{ measure: 'eventsByType', key: 'meal', n: 3 }] }));
    await store.putReportFacts(facts({ form, recordId, revision: 3, moveDate: '2026-04-01', counts: [{ measure: 'eventsByType', key: 'meal', n: 1 }] }));
    await store.putReportFacts(facts({ form, recordId, revision: 1, counts: [{ measure: 'eventsByType', key: 'meal', n: 50 }] }));
    const answer = await store.reportFacts({ form, by: 'month' });
    assert.equal(answer.totals.map((t) => [t.group, t.started]), [['2026-04', 1]]);
    assert.equal(answer.counts.map((c) => [c.group, c.key, c.n]), [['2026-04', 'meal', 1]]);
  });

  it('lists records whose facts are missing or older than the record, page by page', async ({ store }) => {
    const fresh = makeRecord({});
    const missing = makeRecord({});
    await store.insertRecord(fresh, { at: '2026-01-01T09:00:00Z', user: 'u', action: 'create', changes: [] });
    await store.insertRecord(missing, { at: '2026-01-01T09:00:00Z', user: 'u', action: 'create', changes: [] });
    await store.putReportFacts(facts({ recordId: fresh.id, revision: fresh.revision }));
    const stale: string[] = [];
    let after = '';
    for (;;) {
      const page = await store.recordsWithStaleFacts(1, after);
      if (page.length === 0) break;
      stale.push(...page.map((r) => r.id));
      after = page.at(-1)!.id;
    }
    assert.ok(stale.includes(missing.id));
    assert.not.ok(stale.includes(fresh.id));
  });

  it('a record change given FactsOfChange stores the facts it derives with the change, and hands the next change the summary stored with them', async ({ store, form }) => {
    const seen: { revision: number; action: string; before: ReplaySummary | null }[] = [];
    const derive = (skip = false): FactsOfChange => (record, entry, before) => {
      seen.push({ revision: record.revision, action: entry.action, before });
      if (skip) return undefined;
      const replay: ReplaySummary = { ...startReplay('draft'), entries: (before?.entries ?? 0) + 1, revision: record.revision, amended: record.revision * 10 };
      return { facts: facts({ form, recordId: record.id, revision: record.revision, answersAmendedAfterComplete: replay.amended }), replay };
    };
    const record = makeRecord({ form });
    await store.insertRecord(record, createAudit, derive());
    const amended = async () => (await store.reportFacts({ form, by: 'all' })).totals.map((t) => [t.started, t.answersAmendedAfterComplete]);
    assert.equal(await amended(), [[1, 10]], 'the facts of the insert');
    assert.ok(await store.updateRecord(record.id, edit(1, { 'answers.sectionOne.questionA': 'no' }), derive()));
    assert.equal(await amended(), [[1, 20]], 'replaced by the facts of the update');
    assert.equal(seen.map((s) => [s.revision, s.action, s.before?.revision ?? null, s.before?.entries ?? null]), [[1, 'create', null, null], [2, 'answer', 1, 1]]);
    // A change whose derive stores nothing leaves the facts and summary as they were.
    assert.ok(await store.updateRecord(record.id, edit(2, { 'answers.sectionOne.questionA': 'yes' }), derive(true)));
    assert.ok(await store.updateRecord(record.id, edit(3, { 'answers.sectionOne.questionA': 'no' }), derive()));
    assert.equal(seen.slice(2).map((s) => s.before?.revision), [2, 2], 'the summary of revision 2 both times');
    assert.equal(await amended(), [[1, 40]]);
    // A refused change derives nothing.
    assert.is(await store.updateRecord(record.id, edit(1, { 'answers.sectionOne.questionA': 'yes' }), derive()), null);
    assert.is(seen.length, 4);
    // putReportFacts stores a summary too (what the start-up repair and the whole-trail fallback give), never over newer facts.
    await store.putReportFacts(facts({ form, recordId: record.id, revision: 3 }), { ...startReplay('complete'), revision: 3, entries: 99 });
    assert.ok(await store.updateRecord(record.id, edit(4, { 'answers.sectionOne.questionA': 'yes' }), derive()));
    assert.is(seen[4]!.before?.revision, 4, 'the older facts and their summary were ignored');
    const other = makeRecord({ form });
    await store.insertRecord(other, createAudit);
    await store.putReportFacts(facts({ form, recordId: other.id, revision: 1 }), { ...startReplay('complete'), revision: 1, entries: 9 });
    assert.ok(await store.updateRecord(other.id, edit(1, { 'answers.sectionOne.questionA': 'no' }), derive()));
    assert.equal([seen[5]!.before?.entries, seen[5]!.before?.state], [9, 'complete']);
  });

  it('keeps the activity log, newest first, and refuses operator keys in it', async ({ store }) => {
    const user = `u-${randomUUID().slice(0, 8)}`;
    await store.appendActivity({ id: randomUUID(), at: '2026-05-01T10:00:00Z', user, action: 'report.quality', details: { query: [{ name: 'form', value: 'x' }] } });
    await store.appendActivity({ id: randomUUID(), at: '2026-05-01T11:00:00Z', user, action: 'report.pilots', details: {} });
    const listed = (await store.listActivity({ limit: 1000 })).filter((e) => e.user === user);
    assert.equal(listed.map((e) => e.action), ['report.pilots', 'report.quality']);
    assert.equal((await store.listActivity({ limit: 1000, before: '2026-05-01T11:00:00Z' })).filter((e) => e.user === user).map((e) => e.action), ['report.quality']);
    try {
      await store.appendActivity({ id: randomUUID(), at: '2026-05-01T12:00:00Z', user, action: 'x', details: { $where: '1' } });
      assert.unreachable('an operator key was stored');
    } catch (error) {
      assert.is((error as Error).name, 'InvalidUpdateError');
    }
  });

  it('monthly sums stay equal to the newest facts of each record, through puts that move records between days, months, locations and versions', async ({ store, form }) => {
    // A seeded generator: a failure replays exactly.
    let seed = 20261204;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(values: T[]): T => values[Math.floor(next() * values.length)]!;
    const ids = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const revisions = new Map<string, number>();
    const newest = new Map<string, ReportFacts>();
    const countChoices: ReportFacts['counts'][] = [[], [{ measure: 'eventsByType', key: 'meal', n: 1 }], [{ measure: 'eventsByType', key: 'meal', n: 2 }],
      [{ measure: 'flagsRaised', key: 'alert', n: 1 }, { measure: 'eventsByType', key: 'meal', n: 1 }]];
    for (let i = 0; i < 300; i++) {
      const recordId = pick(ids);
      // Now and then an older revision arrives late: it must change nothing.
      const revision = (revisions.get(recordId) ?? 0) + (next() < 0.1 ? -1 : 1);
      revisions.set(recordId, Math.max(revision, revisions.get(recordId) ?? 0));
      const put = facts({
        form, recordId, revision, version: pick(['1.0.0', '2.0.0']), location: pick(['LOC1', 'LOC2']), moveDate: pick(['2026-03-01', '2026-03-02', '2026-04-01']),
        confirmed: next() < 0.5, minutesToConfirm: pick([null, 5, 10]), handovers: pick([0, 1, 2]), counts: pick(countChoices),
      });
      await store.putReportFacts(put);
      if (revision > (newest.get(recordId)?.revision ?? 0)) newest.set(recordId, put);
    }
    const answer = await store.reportFacts({ form, by: 'month', from: '2026-03-01', to: '2026-04-30' });
    const months = [...new Set([...newest.values()].map((f) => f.moveDate.slice(0, 7)))].sort();
    const inMonth = (month: string) => [...newest.values()].filter((f) => f.moveDate.startsWith(month));
    const sum = (month: string, value: (f: ReportFacts) => number | boolean) => inMonth(month).reduce((n, f) => n + Number(value(f)), 0);
    assert.equal(answer.totals.map((t) => [t.group, t.started, t.confirmed, t.handovers]),
      months.map((m) => [m, inMonth(m).length, sum(m, (f) => f.confirmed), sum(m, (f) => f.handovers)]));
    const counts = new Map<string, number>();
    for (const f of newest.values()) for (const c of f.counts) counts.set(`${f.moveDate.slice(0, 7)} ${c.measure} ${c.key}`, (counts.get(`${f.moveDate.slice(0, 7)} ${c.measure} ${c.key}`) ?? 0) + c.n);
    assert.equal(answer.counts.map((c) => `${c.group} ${c.measure} ${c.key} ${c.n}`),
      [...counts].filter(([, n]) => n !== 0).map(([key, n]) => `${key} ${n}`).sort());
  });

  it.run();
}
