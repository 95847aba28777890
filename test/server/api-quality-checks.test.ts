/**
 * Qualitative checks over HTTP on the shipped forms, records seeded through the API: a forum member
 * draws a reproducible sample, reads the drawn records masked and read-only, and scores them with the
 * rubric form; nobody else reads the sample, and the member reads no record outside it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startServer, type TestServer } from './support/server.ts';
import type { Client } from './support/client.ts';
import { completePerRecord } from './support/per-records.ts';

const FORMS = fileURLToPath(new URL('../../forms', import.meta.url));
const rubricAnswers = JSON.parse(readFileSync(new URL('../fixtures/records/per-quality-check-1.0.0.json', import.meta.url), 'utf8'));

let server: TestServer;
let prison: Client, healthcare: Client, forum: Client, forum2: Client;
const confirmedAtWin: string[] = [];
let draftAtWin: string, elsewhere: string;

const perRecord = (from: string, to: string, date: string, confirm: boolean) => completePerRecord({ prison, healthcare }, from, to, date, confirm);

test.before(async () => {
  server = await startServer({ formsDir: FORMS });
  await server.addUser('forum2', ['forum'], []);
  await server.store.putUser({ ...(await server.store.getUser('forum2'))!, regions: ['south-central'] });
  [prison, healthcare, forum, forum2] = await Promise.all(['prison', 'healthcare', 'forum', 'forum2'].map((u) => server.login(u)));
  for (let i = 0; i < 7; i++) confirmedAtWin.push(await perRecord('WIN', 'WINCC', `2026-12-0${i + 2}`, true));
  draftAtWin = await perRecord('WIN', 'WINCC', '2026-12-04', false);
  elsewhere = await perRecord('WINCC', 'WIN', '2026-12-04', true);
});
test.after(async () => { await server.close(); });

const put = (client: Client, path: string, body: unknown) => client.request('PUT', path, body);
const draw = (client: Client, body: Record<string, unknown>) => client.post('/api/quality-checks/samples', { form: 'per', location: 'WIN', from: '2026-12-01', to: '2026-12-31', size: 5, ...body });

test('a draw takes confirmed records of the location and period only; the same seed draws the same records', async () => {
  const first = await draw(forum, { seed: 'steering-group-1' });
  assert.is(first.status, 201, first.text);
  assert.is(first.body.seed, 'steering-group-1');
  assert.is(first.body.recordIds.length, 5);
  for (const id of first.body.recordIds) assert.ok(confirmedAtWin.includes(id), `${id} is a confirmed record sent from WIN`);
  assert.not.ok(first.body.recordIds.includes(draftAtWin));
  assert.not.ok(first.body.recordIds.includes(elsewhere));
  const again = await draw(forum, { seed: 'steering-group-1' });
  assert.equal(again.body.recordIds, first.body.recordIds, 'same seed, same records, same order');
  assert.is.not(again.body.id, first.body.id, 'a new sample');
  const random = await draw(forum, { size: 50 });
  assert.is(random.status, 201, random.text);
  assert.match(random.body.seed, /^[A-Za-z0-9][A-Za-z0-9_-]{15}$/, 'a random seed is stored when none is given, in the form the API accepts back');
  assert.equal([...random.body.recordIds].sort(), [...confirmedAtWin].sort(), 'a sample larger than the frame takes all of it');
  const repeat = await draw(forum, { size: 50, seed: random.body.seed });
  assert.is(repeat.status, 201, repeat.text);
  assert.equal(repeat.body.recordIds, random.body.recordIds, 'the stored seed repeats the draw');
  const mine = await forum.get('/api/quality-checks/samples');
  assert.equal(mine.body.samples.map((s: { id: string }) => s.id).slice(0, 1), [repeat.body.id], 'newest first');
});

test('a drawn record reads masked and as printed; the full name and person id appear nowhere', async () => {
  const sample = (await draw(forum, { seed: 'mask' })).body;
  const id = sample.recordIds[0];
  const original = (await prison.get(`/api/records/${id}`)).body;
  const read = await forum.get(`/api/quality-checks/samples/${sample.id}/records/${id}`);
  assert.is(read.status, 200, read.text);
  assert.is(read.body.person.name, 'A. E.');
  assert.match(read.body.person.id, /^P•••[0-9a-f]{2}$/);
  assert.not.ok(read.text.includes(original.person.id), 'the person id is masked');
  assert.not.ok(read.text.includes('Alex Example'));
  assert.ok(read.body.viewModel.sections.length > 0);
  const answered = read.body.viewModel.sections.flatMap((s: { questions: { displayValue?: string }[] }) => s.questions);
  assert.ok(answered.every((q: { displayValue?: string; list?: unknown }) => q.displayValue !== undefined || q.list), 'only answered questions, as printed');
  const printed = await forum.request('GET', `/api/quality-checks/samples/${sample.id}/records/${id}/print`, undefined, { headers: { accept: 'text/html' } });
  assert.is(printed.status, 200);
  assert.match(printed.text, /<h1>A\. E\.<\/h1>/);
  assert.not.ok(printed.text.includes('Alex Example') || printed.text.includes(original.person.id));
  const summary = await forum.get(`/api/quality-checks/samples/${sample.id}`);
  assert.equal(summary.body.records.map((r: { id: string }) => r.id), sample.recordIds);
  assert.ok(summary.body.records.every((r: { person: { name: string } }) => r.person.name === 'A. E.'));
});

test('the forum reads no record outside its own samples and edits none', async () => {
  const sample = (await draw(forum, { seed: 'access', size: 2 })).body;
  const outside = confirmedAtWin.find((id) => !sample.recordIds.includes(id))!;
  assert.is((await forum.get(`/api/quality-checks/samples/${sample.id}/records/${outside}`)).status, 404, 'a record not drawn');
  assert.is((await forum.get(`/api/quality-checks/samples/${sample.id}/records/${elsewhere}`)).status, 404);
  assert.is((await forum.get(`/api/records/${sample.recordIds[0]}`)).status, 403, 'not through the records API either');
  assert.is((await forum.get(`/api/records/${sample.recordIds[0]}/print`)).status, 403);
  const edit = await forum.patch(`/api/records/${sample.recordIds[0]}/sections/risk`, { answers: {}, revision: 1 });
  assert.is(edit.status, 403, 'never edits a record');
  assert.is((await forum2.get(`/api/quality-checks/samples/${sample.id}`)).status, 404, 'another member does not see the sample');
  assert.is((await forum2.get(`/api/quality-checks/samples/${sample.id}/records/${sample.recordIds[0]}`)).status, 404);
  assert.is((await put(forum2, `/api/quality-checks/samples/${sample.id}/records/${sample.recordIds[0]}/score`, { answers: rubricAnswers })).status, 404);
});

test('a member moved to another region no longer reads the samples they drew in the old one', async () => {
  await server.addUser('forum3', ['forum'], []);
  await server.store.putUser({ ...(await server.store.getUser('forum3'))!, regions: ['south-central'] });
  const before = await server.login('forum3');
  const sample = (await draw(before, { seed: 'moved' })).body;
  assert.is((await before.get(`/api/quality-checks/samples/${sample.id}/records/${sample.recordIds[0]}`)).status, 200);
  await server.store.putUser({ ...(await server.store.getUser('forum3'))!, regions: ['london'] });
  const after = await server.login('forum3');
  assert.is((await after.get(`/api/quality-checks/samples/${sample.id}`)).status, 403);
  assert.is((await after.get(`/api/quality-checks/samples/${sample.id}/records/${sample.recordIds[0]}`)).status, 403);
});

test('staff get 403 on every qualitative-check endpoint; a location of another region is 403 naming it', async () => {
  const sample = (await draw(forum, { seed: 'staff' })).body;
  for (const res of [
    await draw(prison, {}),
    await prison.get('/api/quality-checks/samples'),
    await prison.get(`/api/quality-checks/samples/${sample.id}`),
    await prison.get(`/api/quality-checks/samples/${sample.id}/records/${sample.recordIds[0]}`),
    await put(prison, `/api/quality-checks/samples/${sample.id}/records/${sample.recordIds[0]}/score`, { answers: rubricAnswers }),
  ]) assert.is(res.status, 403, res.text);
  const leeds = server.forms.locations.find((l) => l.region !== 'south-central')!.code;
  const other = await draw(forum, { location: leeds });
  assert.is(other.status, 403);
  assert.equal(other.body.fields.map((f: { field: string }) => f.field), ['/location']);
});

test('bad draws are refused naming the field', async () => {
  const cases: [Record<string, unknown>, string][] = [
    [{ from: '2026-12-31', to: '2026-12-01' }, '/from'],
    [{ from: '2026-02-30' }, '/from'],
    [{ size: 51 }, '/size'],
    [{ size: 0 }, '/size'],
    [{ form: 'sash' }, '/form'],
    [{ location: 'NOWHERE' }, '/location'],
    [{ seed: '$where' }, '/seed'],
    [{ extra: 1 }, '/extra'],
  ];
  for (const [body, field] of cases) {
    const res = await draw(forum, body);
    assert.is(res.status, 400, `${JSON.stringify(body)}: ${res.text}`);
    assert.equal(res.body.fields.map((f: { field: string }) => f.field), [field], JSON.stringify(body));
  }
});

test('scores grouped like the quality report: exact tallies per answer, fewer than 5 suppressed', async () => {
  const sample = (await draw(forum, { seed: 'tally', size: 7 })).body;
  const given = ['yes', 'yes', 'partly', 'no', 'yes'];
  for (const [i, riskSpecific] of given.entries()) {
    const res = await put(forum, `/api/quality-checks/samples/${sample.id}/records/${sample.recordIds[i]}/score`, { answers: { review: { ...rubricAnswers.review, riskSpecific } } });
    assert.is(res.status, 200, res.text);
  }
  const byLocation = await forum.get('/api/quality-checks/scores?form=per&by=location');
  assert.is(byLocation.status, 200, byLocation.text);
  const [win] = byLocation.body.groups;
  assert.equal([win.group, win.label, win.suppressed, win.scored], ['WIN', 'HMP Winchester', false, 5]);
  const risk = win.tallies.find((t: { pointer: string }) => t.pointer === '/review/riskSpecific');
  assert.equal(risk.choices.map((c: { value: string; n: number }) => [c.value, c.n]), [['yes', 3], ['partly', 1], ['no', 1]]);
  const flags = win.tallies.find((t: { pointer: string }) => t.pointer === '/review/flagsExplained');
  assert.equal(flags.choices.find((c: { value: string }) => c.value === 'no').n, 5, 'the fixture answer, five times');
  const moves = new Map(await Promise.all(sample.recordIds.slice(0, 5).map(async (id: string) => [id, (await prison.get(`/api/records/${id}`)).body.move.date] as const)));
  const firstDay = [...moves.values()].sort()[0];
  const few = await forum.get(`/api/quality-checks/scores?form=per&by=all&from=${firstDay}&to=${firstDay}`);
  assert.equal(few.body.groups, [{ group: 'all', label: 'All records', suppressed: true, scored: 'fewer than 5' }]);
  const welsh = (await forum.get('/api/quality-checks/scores?form=per&by=location&lang=cy')).body.groups[0];
  assert.equal([welsh.group, welsh.label, welsh.scored], ['WIN', 'CEF Winchester', 5], 'the place by its Welsh name');
  const welshRisk = welsh.tallies.find((t: { pointer: string }) => t.pointer === '/review/riskSpecific');
  assert.equal(welshRisk.choices.map((c: { value: string; n: number }) => [c.value, c.n]), [['yes', 3], ['partly', 1], ['no', 1]], 'the same codes and counts');
  assert.is.not(welshRisk.label, risk.label, 'the rubric question in its Welsh translation');
  assert.is.not(welshRisk.choices[0].label, risk.choices[0].label, 'the rubric choice in its Welsh translation');
  const flagsInWelsh = welsh.tallies.find((t: { pointer: string }) => t.pointer === '/review/flagsExplained');
  assert.is.not(flagsInWelsh.choices.find((c: { value: string }) => c.value === 'no').label, flags.choices.find((c: { value: string }) => c.value === 'no').label, 'a yes/no answer in Welsh');
  const fewInWelsh = await forum.get(`/api/quality-checks/scores?form=per&by=all&from=${firstDay}&to=${firstDay}&lang=cy`);
  assert.match(fewInWelsh.body.groups[0].scored, /^llai na 5$/);
  assert.is((await prison.get('/api/quality-checks/scores?form=per')).status, 403);
  const other = await forum.get('/api/quality-checks/scores?form=per&region=london');
  assert.equal([other.status, other.body.fields[0].field], [403, 'region']);
});

test('scoring: the rubric checks the answers; a complete score is stored, replaced by a later one, and shown with the sample', async () => {
  const sample = (await draw(forum, { seed: 'score', size: 2 })).body;
  const [first] = sample.recordIds;
  const url = `/api/quality-checks/samples/${sample.id}/records/${first}/score`;
  const incomplete = await put(forum, url, { answers: { review: { riskSpecific: 'yes' } } });
  assert.is(incomplete.status, 422);
  assert.equal(incomplete.body.fields.map((f: { field: string }) => f.field).sort(), ['/review/flagsExplained', '/review/sashHealthConsistent']);
  const wrong = await put(forum, url, { answers: { review: { ...rubricAnswers.review, riskSpecific: 'maybe' } } });
  assert.is(wrong.status, 422);
  assert.equal(wrong.body.fields.map((f: { field: string }) => f.field), ['/review/riskSpecific']);
  const stored = await put(forum, url, { answers: rubricAnswers });
  assert.is(stored.status, 200, stored.text);
  assert.equal(stored.body.rubric, { form: 'per-quality-check', version: '1.0.0' });
  assert.equal(stored.body.record.location, 'WIN');
  const changed = await put(forum, url, { answers: { review: { ...rubricAnswers.review, riskSpecific: 'yes' } } });
  assert.is(changed.status, 200);
  const summary = (await forum.get(`/api/quality-checks/samples/${sample.id}`)).body;
  assert.is(summary.records[0].score.answers.review.riskSpecific, 'yes', 'the later score replaced the first');
  assert.is(summary.records[1].score, undefined, 'not scored yet');
  const log = await server.store.listActivity({ limit: 200 });
  const inThisSample = (details: unknown) => (details as { params?: { name: string; value: string }[] }).params?.some((p) => p.name === 'sample' && p.value === sample.id);
  const scored = log.filter((e) => e.action === 'quality.record.score' && e.user === 'forum' && inThisSample(e.details)).map((e) => (e.details as { status: number }).status);
  assert.equal(scored.sort(), [200, 200, 422, 422], 'every scoring request is in the activity log, refused ones too');
});

test('the OpenAPI document describes the qualitative-check and pilot endpoints with the very body schemas the server checks', async () => {
  const doc = (await server.anonymous().get('/api/openapi.json')).body;
  assert.is(doc.paths['/quality-checks/samples'].post.requestBody.content['application/json'].schema.$ref, '#/components/schemas/DrawSample');
  assert.is(doc.paths['/quality-checks/samples/{sample}/records/{record}/score'].put.requestBody.content['application/json'].schema.$ref, '#/components/schemas/ScoreRecord');
  assert.is(doc.components.schemas.DrawSample.properties.size.maximum, 500);
  for (const path of ['/quality-checks/samples/{sample}', '/quality-checks/samples/{sample}/records/{record}', '/quality-checks/samples/{sample}/records/{record}/print', '/reports/pilots/{form}/{rule}']) {
    assert.ok(doc.paths[path]?.get, path);
  }
  assert.equal(doc.paths['/reports/pilots/{form}/{rule}'].get.parameters.map((p: { name: string }) => p.name), ['form', 'rule', 'from', 'to']);
});

test.run();
