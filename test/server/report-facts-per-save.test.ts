/**
 * Report facts kept per save, over HTTP with the real store: after every change of records made by
 * staff (created with prefilled answers, several saves, amended while complete, confirmed, a red flag,
 * a handover, an event, a cancellation) the store's report sums equal the facts of each record's whole
 * audit trail replayed; a save never reads the audit trail nor writes the facts apart from the change,
 * however long the trail (the app's store is the real store wrapped with a counter of its calls).
 * An SQLite file without replay summaries (made before them) replays a record's trail once, at its next save.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { deriveReportFacts, type ReportFacts } from '../../engine/reports/facts.ts';
import { reportSettings } from '../../server/reports/settings.ts';
import { sqliteFileName } from '../../server/store/sqlite.ts';
import type { Store } from '../../server/store/types.ts';
import type { Client } from './support/client.ts';
import { completeRecord, completeRisk, createRecord, FORM, HANDOVER_OFFICERS, newMove, newPerson, save } from './support/records.ts';
import { startServer, type TestServer } from './support/server.ts';

/** The store's calls by method name. */
const calls = new Map<string, number>();
function counted(store: Store): Store {
  const wrapped = { ...store } as Record<string, unknown>;
  for (const [name, method] of Object.entries(store)) {
    if (typeof method !== 'function') continue;
    wrapped[name] = (...args: unknown[]) => {
      calls.set(name, (calls.get(name) ?? 0) + 1);
      return (method as (...a: unknown[]) => unknown).apply(store, args);
    };
  }
  return wrapped as unknown as Store;
}
/** The calls `work` makes to the store. */
async function callsOf(work: () => Promise<unknown>): Promise<Record<string, number>> {
  calls.clear();
  await work();
  return Object.fromEntries([...calls].sort());
}

let shared: TestServer;
let prison: Client, healthcare: Client, escort: Client;
const sharedIds: string[] = [];
const past = '2026-01-15T10:30:00Z';

/** Every record's facts from its whole trail, summed as the store sums them, against the store's report. */
async function assertFactsAsReplayed(step: string, server = shared, recordIds = sharedIds) {
  const facts: ReportFacts[] = [];
  for (const id of recordIds) {
    const record = (await server.store.getRecord(id))!;
    const version = server.forms.get(record.form, record.version)!;
    facts.push(deriveReportFacts(version.compiled, record, await server.store.auditTrail(id), { thinDetailCharacters: reportSettings(server.config.formsDir).thinDetailCharacters }));
  }
  const answer = await server.store.reportFacts({ form: FORM, by: 'all' });
  const sum = (f: (x: ReportFacts) => number | boolean) => facts.reduce((n, x) => n + Number(f(x)), 0);
  assert.equal(answer.totals, [{
    group: 'all', started: facts.length, confirmed: sum((f) => f.confirmed), cancelled: sum((f) => f.cancelled), confirmedBeforeMove: sum((f) => f.confirmedBeforeMove),
    handovers: sum((f) => f.handovers), handoversAllRedFlagsAcknowledged: sum((f) => f.handoversAllRedFlagsAcknowledged), redFlagsAdded: sum((f) => f.redFlagsAdded),
    prefilledAnswers: sum((f) => f.prefilledAnswers), prefilledAnswersChanged: sum((f) => f.prefilledAnswersChanged), answersAmendedAfterComplete: sum((f) => f.answersAmendedAfterComplete),
  }], `totals after: ${step}`);
  const counts = new Map<string, number>();
  for (const c of facts.flatMap((f) => f.counts)) counts.set(`${c.measure} ${c.key}`, (counts.get(`${c.measure} ${c.key}`) ?? 0) + c.n);
  const expected = [...counts].filter(([, n]) => n !== 0).map(([id, n]) => ({ group: 'all', measure: id.split(' ')[0], key: id.split(' ')[1], n }))
    .sort((a, b) => (a.measure + ' ' + a.key < b.measure + ' ' + b.key ? -1 : 1));
  assert.equal(answer.counts, expected, `counts after: ${step}`);
}

async function confirm(id: string) {
  const res = await prison.post(`/api/records/${id}/confirm`);
  assert.is(res.status, 200, res.text);
  return res.body;
}

test.before(async () => {
  shared = await startServer({ wrapStore: counted });
  [prison, healthcare, escort] = await Promise.all(['prison', 'healthcare', 'escort'].map((u) => shared.login(u)));
});
test.after(async () => { await shared.close(); });

test('after every change of records made by staff, the facts kept per save equal each whole trail replayed', async () => {
  const person = newPerson();
  const earlier = await completeRecord(prison, healthcare, newMove(), person);
  sharedIds.push(earlier.id);
  await confirm(earlier.id);
  await assertFactsAsReplayed('an earlier record confirmed');

  // The same person again: answers carried from the earlier record; some changed, then amended while complete.
  const record = await createRecord(prison, newMove(), person);
  sharedIds.push(record.id);
  assert.ok(Object.keys(record.prefill).length > 0, 'answers carried from the earlier record');
  await assertFactsAsReplayed('created with prefilled answers');
  let saved = await save(prison, record.id, 'risk', { ...completeRisk, riskTo: ['women'], riskToStaffDetails: null }, record.revision);
  assert.is(saved.status, 200, saved.text);
  await assertFactsAsReplayed('a prefilled answer changed');
  saved = await save(healthcare, record.id, 'health', { takesMedication: 'yes', medication: [{ name: 'Sertraline', neededWhileMoving: 'no' }] }, saved.body.record.revision);
  assert.is(saved.status, 200, saved.text);
  assert.is(saved.body.record.state, 'complete');
  saved = await save(prison, record.id, 'risk', { heightCm: 181 }, saved.body.record.revision);
  assert.is(saved.status, 200, saved.text);
  saved = await save(prison, record.id, 'risk', { heightCm: 182, violentDetails: 'Hit' }, saved.body.record.revision);
  assert.is(saved.status, 200, saved.text);
  await assertFactsAsReplayed('amended twice while complete');
  const confirmed = await confirm(record.id);
  await assertFactsAsReplayed('confirmed');
  const flagged = await escort.post(`/api/records/${record.id}/red-flags`, { risk: 'Spat at staff', identifiedBy: 'C Officer', at: past });
  assert.is(flagged.status, 201, flagged.text);
  await assertFactsAsReplayed('a red flag added');
  assert.ok(confirmed.viewModel.redFlags.length > 0);
  const acknowledgements = flagged.body.viewModel.redFlags.map((f: { id: string }) => ({ entryId: f.id, name: 'B Officer', at: past }));
  assert.is((await escort.post(`/api/records/${record.id}/handovers`, { ...HANDOVER_OFFICERS, acknowledgements })).status, 201);
  assert.is((await escort.post(`/api/records/${record.id}/events`, { type: 'meal', at: past, where: 'Van', what: 'Ate lunch' })).status, 201);
  await assertFactsAsReplayed('handed over, an event');

  const cancelled = await completeRecord(prison, healthcare);
  sharedIds.push(cancelled.id);
  await confirm(cancelled.id);
  assert.is((await prison.post(`/api/records/${cancelled.id}/cancel`, { reason: 'Move called off' })).status, 200);
  await assertFactsAsReplayed('a confirmed record cancelled');
  // The life reached every kind of fact the replay decides.
  const [totals] = (await shared.store.reportFacts({ form: FORM, by: 'all' })).totals;
  assert.equal([totals!.confirmed, totals!.cancelled, totals!.handovers, totals!.redFlagsAdded], [2, 1, 1, 1]);
  assert.ok(totals!.prefilledAnswers > 0 && totals!.prefilledAnswersChanged > 0 && totals!.answersAmendedAfterComplete >= 3, JSON.stringify(totals));
});

test('a save reads no audit trail and writes its facts with the change, the same calls on a long trail as on a new record', async () => {
  const record = await createRecord(prison);
  sharedIds.push(record.id);
  let revision = record.revision;
  const saveOnce = async (height: number) => {
    const res = await save(prison, record.id, 'risk', { heightCm: height }, revision);
    assert.is(res.status, 200, res.text);
    revision = res.body.record.revision;
  };
  const first = await callsOf(() => saveOnce(150));
  for (let i = 0; i < 60; i++) await saveOnce(151 + i);
  const late = await callsOf(() => saveOnce(220));
  assert.equal(late, first, 'the 62nd save makes the calls the first did');
  assert.is(first.auditTrail, undefined, 'no audit trail read');
  assert.is(first.putReportFacts, undefined, 'no separate facts write: they go with the change');
  assert.is(first.updateRecord, 1);
  assert.is(first.getSession, 1, 'one session read');
  assert.is(first.userLanguage, undefined, 'the user\'s stored language came with the session, not from a read of its own');
  assert.is((await shared.store.auditTrail(record.id)).length, 63);
  await assertFactsAsReplayed('62 saves');
});

test('records of a file made before replay summaries replay their trail once, at their next save', async () => {
  if (process.env.MONGODB_URL) return; // the summary is a field of the facts document there: no table to drop
  const dataDir = mkdtempSync(join(tmpdir(), 'per-replay-'));
  const shareDir = { dataDir, mongodbDatabase: 'unused' } as TestServer;
  try {
    const before = await startServer({}, {}, shareDir);
    const staff = await before.login('prison');
    const record = await createRecord(staff);
    const first = await save(staff, record.id, 'risk', completeRisk, record.revision);
    assert.is(first.status, 200, first.text);
    await before.close();
    const db = new Database(join(dataDir, sqliteFileName));
    db.exec('DROP TABLE report_replay');
    db.close();

    const after = await startServer({ wrapStore: counted }, {}, shareDir);
    try {
      const [prison2, healthcare2] = await Promise.all([after.login('prison'), after.login('healthcare')]);
      const replayed = await callsOf(async () => {
        const res = await save(healthcare2, record.id, 'health', { takesMedication: 'no' }, first.body.record.revision);
        assert.is(res.status, 200, res.text);
      });
      assert.is(replayed.auditTrail, 1, 'the whole trail, once');
      await assertFactsAsReplayed('the first save on the old file', after, [record.id]);
      const folded = await callsOf(async () => assert.is((await prison2.post(`/api/records/${record.id}/confirm`)).status, 200));
      assert.is(folded.auditTrail, undefined, 'from then on, the summary');
      await assertFactsAsReplayed('confirmed on the old file', after, [record.id]);
    } finally {
      await after.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test.run();
