/**
 * The quality report over HTTP: records made through the API by staff, then read back by a regional
 * forum member as exact figures; who may read it; CSV equal to JSON; bad filters; the activity log.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startServer, type TestServer } from './support/server.ts';
import type { Client } from './support/client.ts';
import { completeRecord, completeRisk, createRecord, newMove, newPerson, save } from './support/records.ts';

let server: TestServer;
let prison: Client, healthcare: Client, escort: Client, prison2: Client, forum: Client, forumNorth: Client, auditor: Client;
const ids: Record<string, string> = {};

const officers = {
  dispatchingOfficer: { name: 'A Officer', identifier: 'P123' },
  receivingOfficer: { name: 'B Officer', identifier: 'C456' },
  receivingOrganisation: 'Winchester Crown Court',
};
const past = '2026-01-15T10:30:00Z';

async function confirm(id: string) {
  const res = await prison.post(`/api/records/${id}/confirm`);
  if (res.status !== 200) throw new Error(`confirm answered ${res.status}: ${res.text}`);
  return res.body;
}
const acknowledgeAll = (record: { viewModel: { redFlags: { id: string }[] } }) => record.viewModel.redFlags.map((f) => ({ entryId: f.id, name: 'B Officer', at: past }));

test.before(async () => { try { await seed(); } catch (e) { console.error(e); throw e; } });
async function seed() {
  server = await startServer();
  const passwordHash = (await server.store.getUser('forum'))!.passwordHash;
  await server.store.putUser({ username: 'forum-north', passwordHash, roles: ['forum'], locations: [], regions: ['north'], failedAttempts: 0 });
  [prison, healthcare, escort, prison2, forum, forumNorth, auditor] = await Promise.all(
    ['prison', 'healthcare', 'escort', 'prison2', 'forum', 'forum-north', 'auditor'].map((u) => server.login(u)));

  // R1: confirmed, handed over with every red flag acknowledged.
  const person = newPerson();
  const r1 = await confirm((await completeRecord(prison, healthcare, newMove(), person)).id);
  assert.is((await escort.post(`/api/records/${r1.id}/handovers`, { ...officers, acknowledgements: acknowledgeAll(r1) })).status, 201);
  // R2: the same person again: answers carried from R1; one of them (riskTo) changed before confirming.
  const r2 = await createRecord(prison, newMove(), person);
  assert.ok(Object.keys(r2.prefill).length > 0, 'R2 carries answers from R1');
  let saved = await save(prison, r2.id, 'risk', { ...completeRisk, riskTo: ['women'], riskToStaffDetails: null }, r2.revision);
  assert.is(saved.status, 200, saved.text);
  saved = await save(healthcare, r2.id, 'health', { takesMedication: 'yes', medication: [{ name: 'Sertraline', neededWhileMoving: 'no' }] }, saved.body.record.revision);
  assert.is(saved.status, 200, saved.text);
  await confirm(r2.id);
  // R3: complete, then amended (height) before confirming; a red flag added, then a handover; an event.
  const r3draft = await completeRecord(prison, healthcare);
  assert.is(r3draft.state, 'complete');
  assert.is((await save(prison, r3draft.id, 'risk', { heightCm: 180 }, r3draft.revision)).status, 200);
  const r3 = await confirm(r3draft.id);
  const flagged = await escort.post(`/api/records/${r3.id}/red-flags`, { risk: 'Spat at staff', identifiedBy: 'C Officer', at: past });
  assert.is(flagged.status, 201, flagged.text);
  // The engine refuses a handover unless every red flag is acknowledged, the new entry too.
  assert.is((await escort.post(`/api/records/${r3.id}/handovers`, { ...officers, acknowledgements: acknowledgeAll(r3) })).status, 400);
  assert.is((await escort.post(`/api/records/${r3.id}/handovers`, { ...officers, acknowledgements: acknowledgeAll(flagged.body) })).status, 201);
  assert.is((await escort.post(`/api/records/${r3.id}/events`, { type: 'meal', at: past, where: 'Van', what: 'Ate lunch' })).status, 201);
  // R4: moved on 1 December, confirmed after that day ended. R5: thin violence details.
  await confirm((await completeRecord(prison, healthcare, newMove('WIN', 'WINCC', '2026-12-01'))).id);
  const r5 = await createRecord(prison);
  saved = await save(prison, r5.id, 'risk', { ...completeRisk, violentDetails: 'Hit' }, r5.revision);
  saved = await save(healthcare, r5.id, 'health', { takesMedication: 'no' }, saved.body.record.revision);
  await confirm(r5.id);
  // R6 a draft; R7 cancelled; R8 a draft sent from another south location (a group of one).
  await createRecord(prison);
  const r7 = await createRecord(prison);
  assert.is((await prison.post(`/api/records/${r7.id}/cancel`, { reason: 'Move called off' })).status, 200);
  await createRecord(prison, newMove('SOTPIC', 'WIN'));
  // North: one record, never visible to the south forum.
  await createRecord(prison2, newMove('LEE', 'LDSPIC'));
  ids.r1 = r1.id;
}
test.after(async () => { await server.close(); });

const quality = (client: Client, query: string, accept = 'application/json') => client.request('GET', `/api/reports/quality?${query}`, undefined, { headers: { accept } });

test('the south forum sees exact figures for its region, derived from what staff did', async () => {
  const res = await quality(forum, 'form=escort-check&by=region');
  assert.is(res.status, 200, res.text);
  assert.is(res.body.rows.length, 1);
  const row = res.body.rows[0];
  assert.equal(
    { group: row.group, label: row.label, suppressed: row.suppressed, started: row.started, confirmed: row.confirmed, cancelled: row.cancelled, confirmedBeforeMove: row.confirmedBeforeMove },
    { group: 'south', label: 'South', suppressed: false, started: 8, confirmed: 5, cancelled: 1, confirmedBeforeMove: 4 });
  assert.equal([row.medianMinutesToConfirm, row.p90MinutesToConfirm], [0, 0]);
  assert.equal([row.handovers, row.handoversAllRedFlagsAcknowledged, row.redFlagsAdded], [2, 2, 1]);
  // Two alerts a record (violent; risk to staff, or to women on R2) over 5 confirmed records.
  assert.equal(row.flagsRaised, { alert: 10, warning: 0, attention: 0, information: 0 });
  assert.equal(row.eventsByType, { meal: 1, incident: 0 });
  // R2 carried 5 answers; riskTo was changed, and the carried medication list (whose "needed while
  // moving" is never carried) was completed, so changed too.
  assert.equal([row.prefilledAnswers, row.prefilledAnswersChanged, row.answersAmendedAfterComplete], [5, 2, 1]);
  const q = Object.fromEntries(row.questions.map((x: { pointer: string }) => [x.pointer, x]));
  assert.equal([q['/risk/heightCm'].shown, q['/risk/heightCm'].answered, q['/risk/heightCm'].answeredPercent], [5, 1, 20]);
  assert.equal([q['/risk/riskTo'].shown, q['/risk/riskTo'].answered, q['/risk/riskTo'].answeredPercent], [5, 5, 100]);
  assert.equal([q['/health/lastSeenByNurse'].shown, q['/health/lastSeenByNurse'].answeredPercent], [5, 0]);
  assert.is(q['/risk/violent'].shown, 0, 'a mandatory question is not an optional one');
  assert.equal([q['/risk/violentDetails'].details, q['/risk/violentDetails'].thinDetails], [5, 1]);
  assert.equal([q['/risk/riskToStaffDetails'].details, q['/risk/riskToStaffDetails'].thinDetails], [4, 4]);
  assert.equal([q['/risk/riskTo'].prefilled, q['/risk/riskTo'].prefillKept, q['/risk/riskTo'].prefillChanged], [1, 0, 1]);
  assert.equal([q['/risk/violent'].prefilled, q['/risk/violent'].prefillKept], [1, 1]);
  assert.equal([q['/health/medication'].prefilled, q['/health/medication'].prefillChanged], [1, 1]);
  assert.is(res.body.thinDetailCharacters, 20);
});

test('a group of fewer than 5 records shows only that it is small', async () => {
  const res = await quality(forum, 'form=escort-check&by=location');
  assert.is(res.status, 200, res.text);
  assert.equal(res.body.rows.map((r: { group: string }) => r.group), ['SOTPIC', 'WIN']);
  assert.equal(res.body.rows[0], { group: 'SOTPIC', label: 'Southampton custody suite', suppressed: true, started: 'fewer than 5' });
  assert.is(res.body.rows[1].started, 7);
  const north = await quality(forumNorth, 'form=escort-check');
  assert.equal(north.body.rows, [{ group: 'north', label: 'North', suppressed: true, started: 'fewer than 5' }]);
});

test('filters: move dates, location, version and month', async () => {
  const december = await quality(forum, 'form=escort-check&by=month&from=2026-12-02&to=2026-12-31');
  assert.equal(december.body.rows.map((r: { group: string; label: string; started: number }) => [r.group, r.label, r.started]), [['2026-12', 'December 2026', 7]]);
  const first = await quality(forum, 'form=escort-check&by=all&to=2026-12-01');
  assert.equal(first.body.rows, [{ group: 'all', label: 'All records', suppressed: true, started: 'fewer than 5' }]);
  const win = await quality(forum, 'form=escort-check&by=version&location=WIN&version=1.0.0');
  assert.equal(win.body.rows.map((r: { group: string; started: number }) => [r.group, r.started]), [['1.0.0', 7]]);
});

test('the CSV holds the same figures as the JSON', async () => {
  const json = await quality(forum, 'form=escort-check&by=location');
  const csv = await quality(forum, 'form=escort-check&by=location', 'text/csv');
  assert.is(csv.status, 200);
  assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
  const [header, ...lines] = csv.text.trim().split('\r\n').map((line) => line.split(','));
  const cell = (line: string[], column: string) => line[header!.indexOf(column)];
  assert.is(lines.length, json.body.rows.length);
  const shown = json.body.rows[1];
  const line = lines[1]!;
  for (const column of ['started', 'confirmed', 'cancelled', 'confirmedBeforeMove', 'handovers', 'answersAmendedAfterComplete']) assert.is(cell(line, column), String(shown[column]), column);
  assert.is(cell(line, 'flagsRaised.alert'), String(shown.flagsRaised.alert));
  assert.is(cell(line, 'eventsByType.meal'), '1');
  assert.is(cell(line, 'question /risk/heightCm answeredPercent'), '20');
  assert.is(cell(lines[0]!, 'started'), 'fewer than 5');
  assert.is(cell(lines[0]!, 'confirmed'), '');
});

test('staff get 403; a region or location outside the caller\'s gets 403 naming it; a forum member reads no record', async () => {
  for (const staff of [prison, healthcare, escort]) assert.is((await quality(staff, 'form=escort-check')).status, 403);
  const region = await quality(forum, 'form=escort-check&region=north');
  assert.is(region.status, 403);
  assert.is(region.body.fields[0].field, 'region');
  const location = await quality(forum, 'form=escort-check&location=LEE');
  assert.is(location.status, 403);
  assert.is(location.body.fields[0].field, 'location');
  assert.is((await forum.get(`/api/records/${ids.r1}`)).status, 403, 'regions grant no record: the forum may not work on records');
  assert.equal((await forum.get('/api/session')).body, { username: 'forum', name: 'Ruth Adeyemi', roles: ['forum'], locations: [], regions: ['south'], moveDateWindow: server.config.moveDateWindow });
  assert.is((await prison.get('/api/reports/pilots')).status, 403);
});

test('bad filters get 400 naming the parameter', async () => {
  for (const [query, field] of [
    ['by=region', 'form'], ['form=nope', 'form'], ['form=escort-check&by=week', 'by'],
    ['form=escort-check&from=2026-12-10&to=2026-12-01', 'from'], ['form=escort-check&to=2026-02-30', 'to'],
    ['form=escort-check&region=atlantis', 'region'], ['form=escort-check&version=9.9.9', 'version'], ['form=escort-check&colour=red', 'colour'],
  ] as const) {
    const res = await quality(forum, query);
    assert.is(res.status, 400, query);
    assert.is(res.body.fields[0].field, field, query);
  }
});

test('pilots list rollout rules in the caller\'s regions with their record counts', async () => {
  const south = await forum.get('/api/reports/pilots');
  assert.equal(south.body, { pilots: [] });
  const north = await forumNorth.get('/api/reports/pilots');
  assert.equal(north.body.pilots.map((p: Record<string, unknown>) => [p.form, p.rule, p.version, p.defaultVersion, p.records]), [['escort-check', 0, '1.1.0', '1.0.0', 'fewer than 5']]);
});

test('the reports are in the OpenAPI description, with their parameters', async () => {
  const doc = (await server.anonymous().get('/api/openapi.json')).body;
  assert.equal(doc.paths['/reports/quality'].get.parameters.map((p: { name: string }) => p.name), ['form', 'by', 'from', 'to', 'region', 'location', 'version']);
  assert.ok(doc.paths['/reports/quality'].get.responses['403']);
  assert.ok(doc.paths['/reports/pilots'].get);
  assert.ok(doc.paths['/activity'].get);
});

test('every report request, answered or refused, is in the activity log for auditors only', async () => {
  const log = await auditor.get('/api/activity?limit=1000');
  assert.is(log.status, 200);
  const mine = log.body.entries.filter((e: { user: string }) => e.user === 'forum');
  assert.ok(mine.some((e: { action: string; details: { status: number; query: { name: string; value: string }[] } }) =>
    e.action === 'report.quality' && e.details.status === 403 && e.details.query.some((q) => q.name === 'region' && q.value === 'north')));
  assert.ok(log.body.entries.some((e: { user: string; details: { status: number } }) => e.user === 'prison' && e.details.status === 403));
  assert.is((await forum.get('/api/activity')).status, 403);
});

test.run();
