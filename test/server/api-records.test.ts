import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startServer, type TestServer } from './support/server.ts';
import type { Client } from './support/client.ts';
import { completeHealth, completeRecord, completeRisk, createRecord, FORM, newMove, newPerson, save } from './support/records.ts';

let server: TestServer;
let prison: Client, healthcare: Client, police: Client, escort: Client, auditor: Client, prison2: Client, policy: Client;

test.before(async () => {
  server = await startServer();
  [prison, healthcare, police, escort, auditor, prison2, policy] = await Promise.all(
    ['prison', 'healthcare', 'police', 'escort', 'auditor', 'prison2', 'policy'].map((u) => server.login(u)));
});
test.after(async () => { await server.close(); });

test('GET /api/forms, a definition, /api/locations and /api/move-types', async () => {
  const forms = await prison.get('/api/forms');
  assert.is(forms.status, 200);
  assert.equal(forms.body.find((f: { name: string }) => f.name === FORM).versions, ['1.0.0', '1.1.0']);
  const definition = await prison.get(`/api/forms/${FORM}/versions/1.0.0`);
  assert.is(definition.status, 200);
  assert.is(definition.body['x-form'].version, '1.0.0');
  assert.is((await prison.get(`/api/forms/${FORM}/versions/9.9.9`)).status, 404);
  assert.is((await prison.get('/api/forms/nothing/versions/1.0.0')).status, 404);
  const locations = await prison.get('/api/locations');
  assert.ok(locations.body.some((l: { code: string }) => l.code === 'WIN'));
  const moveTypes = await prison.get('/api/move-types');
  assert.is(moveTypes.status, 200);
  assert.equal(moveTypes.body.slice(0, 2), [{ const: 'court', title: 'Court appearance' }, { const: 'prison-transfer', title: 'Transfer between prisons' }]);
  assert.is((await server.anonymous().get('/api/move-types')).status, 401);
});

test('creating a record: 201 on the version the rollout picks, with its view model', async () => {
  const record = await createRecord(prison);
  assert.is(record.version, '1.0.0');
  assert.is(record.state, 'draft');
  assert.is(record.createdBy, 'prison');
  assert.is(record.viewModel.sections[0].key, 'risk');
  assert.is(record.viewModel.sections[0].canEdit, true, 'the view model is built for the caller');
  const north = await prison2.post('/api/records', { form: FORM, move: newMove('LEE', 'WIN'), person: newPerson() });
  assert.is(north.status, 201);
  assert.is(north.body.version, '1.1.0', 'a move leaving the pilot region gets the piloted version');
});

test('one record per form per move: the second answers 409 and nothing changes', async () => {
  const move = newMove();
  await createRecord(prison, move);
  const again = await prison.post('/api/records', { form: FORM, move, person: newPerson() });
  assert.is(again.status, 409);
  assert.is(again.body.error, 'duplicate');
});

test('creating refuses unknown locations and move types (400 naming the field), unknown forms (404), and callers at neither end (403)', async () => {
  const unknown = await prison.post('/api/records', { form: FORM, move: newMove('WIN', 'NOWHERE'), person: newPerson() });
  assert.is(unknown.status, 400);
  assert.is(unknown.body.fields[0].field, '/move/to');
  const person = newPerson();
  const unknownType = await prison.post('/api/records', { form: FORM, move: { ...newMove(), type: 'court appearance' }, person });
  assert.is(unknownType.status, 400);
  assert.equal(unknownType.body.fields, [{ field: '/move/type', message: '/move/type is not a known type of move: use one of court, prison-transfer, hospital' }]);
  assert.equal((await prison.get(`/api/records?person=${person.id}`)).body, [], 'nothing is stored');
  const wrong = await prison.post('/api/records', { form: FORM, move: { ...newMove(), date: '2026-13-01' }, person: { ...newPerson(), dateOfBirth: 19900401 } });
  assert.is(wrong.status, 400);
  assert.equal(wrong.body.fields.map((f: { message: string }) => f.message), ['/move/date must be a real date, like 2026-12-01', '/person/dateOfBirth must be a string']);
  assert.is((await prison.post('/api/records', { form: 'no-such-form', move: newMove(), person: newPerson() })).status, 404);
  const elsewhere = await prison2.post('/api/records', { form: FORM, move: newMove('WIN', 'WINCC'), person: newPerson() });
  assert.is(elsewhere.status, 403);
  assert.is((await auditor.post('/api/records', { form: FORM, move: newMove(), person: newPerson() })).status, 403, 'auditors cannot start records');
});

test('GET /api/records needs a person id and only lists records at the caller\'s locations', async () => {
  const missing = await prison.get('/api/records');
  assert.is(missing.status, 400);
  assert.is(missing.body.fields[0].field, 'person');
  const person = newPerson();
  const here = await createRecord(prison, newMove('WIN', 'WINCC'), person);
  const there = await createRecord(prison2, newMove('LEE', 'LDSPIC'), person);
  const mine = await prison.get(`/api/records?person=${person.id}`);
  assert.equal(mine.body.map((r: { id: string }) => r.id), [here.id]);
  const theirs = await prison2.get(`/api/records?person=${person.id}`);
  assert.equal(theirs.body.map((r: { id: string }) => r.id), [there.id]);
});

test('GET /api/records/{id}: 200 with answers, statuses, flags and revisions; 404 elsewhere and for unknown ids', async () => {
  const record = await createRecord(prison);
  await save(prison, record.id, 'risk', { violent: 'yes', violentDetails: 'x', weaponUsed: 'no' }, record.revision);
  const res = await healthcare.get(`/api/records/${record.id}`);
  assert.is(res.status, 200);
  assert.is(res.body.answers.risk.violent, 'yes');
  assert.is(res.body.viewModel.sections[0].status, 'inProgress');
  assert.ok(res.body.viewModel.flags.some((f: { level: string }) => f.level === 'alert'));
  assert.ok(res.body.answerRevisions['/risk/violent'] > 0);
  const outside = await prison2.get(`/api/records/${record.id}`);
  assert.is(outside.status, 404);
  const unknown = await prison2.get('/api/records/no-such-id');
  assert.equal(outside.body, unknown.body, 'a record elsewhere looks exactly like one that does not exist');
});

test('saving: 200 with the stored record, follow-up answers cleared when hidden', async () => {
  const record = await createRecord(prison);
  let res = await save(prison, record.id, 'risk', { violent: 'yes', violentDetails: 'Bit someone', weaponUsed: 'no' }, record.revision);
  assert.is(res.status, 200);
  assert.is(res.body.record.answers.risk.violentDetails, 'Bit someone');
  res = await save(prison, record.id, 'risk', { violent: 'no' }, res.body.record.revision);
  assert.is(res.status, 200);
  assert.equal(res.body.cleared.sort(), ['/risk/violentDetails', '/risk/weaponUsed']);
  assert.is(res.body.record.answers.risk.violentDetails, undefined);
});

test('saving refuses: invalid answers 422 (a message per question), another role\'s section 403, unknown section 404', async () => {
  const record = await createRecord(prison);
  const invalid = await save(prison, record.id, 'risk', { violent: 'maybe', heightCm: 20 }, record.revision);
  assert.is(invalid.status, 422);
  const fields = invalid.body.fields.map((f: { field: string }) => f.field).sort();
  assert.equal(fields, ['/risk/heightCm', '/risk/violent']);
  assert.ok(invalid.body.fields.every((f: { message: string }) => f.message.length > 0));
  assert.is((await save(prison, record.id, 'health', { takesMedication: 'no' }, record.revision)).status, 403);
  assert.is((await save(healthcare, record.id, 'risk', { violent: 'no' }, record.revision)).status, 403);
  assert.is((await save(prison, record.id, 'nosuch', { a: 'b' }, record.revision)).status, 404);
  const after = await prison.get(`/api/records/${record.id}`);
  assert.equal(after.body.answers, {});
  assert.is(after.body.revision, record.revision, 'refused saves store nothing');
});

test('confirm: 409 listing what is incomplete, 403 for a role that may not, then locks (423 on save)', async () => {
  const draft = await createRecord(prison);
  const early = await prison.post(`/api/records/${draft.id}/confirm`);
  assert.is(early.status, 409);
  assert.ok(early.body.reasons.length >= 2, 'names each incomplete section');
  const record = await completeRecord(prison, healthcare);
  assert.is(record.state, 'complete');
  assert.is((await healthcare.post(`/api/records/${record.id}/confirm`)).status, 403);
  const confirmed = await prison.post(`/api/records/${record.id}/confirm`);
  assert.is(confirmed.status, 200);
  assert.is(confirmed.body.state, 'confirmed');
  assert.is(confirmed.body.confirmed.by, 'prison');
  const late = await save(prison, record.id, 'risk', { heightCm: 180 }, confirmed.body.revision);
  assert.is(late.status, 423);
  assert.is((await prison.post(`/api/records/${record.id}/confirm`)).status, 423);
});

test('after confirmation: events and red flags append; a handover must acknowledge every red flag', async () => {
  const record = await completeRecord(prison, healthcare);
  assert.is((await prison.post(`/api/records/${record.id}/confirm`)).status, 200);
  const event = await escort.post(`/api/records/${record.id}/events`, { type: 'meal', where: 'Van', what: 'Ate lunch' });
  assert.is(event.status, 201);
  assert.is(event.body.events[0].recordedBy, 'escort');
  assert.is((await escort.post(`/api/records/${record.id}/events`, { type: 'party', where: 'Van', what: 'x' })).status, 400);
  const flag = await escort.post(`/api/records/${record.id}/red-flags`, { risk: 'Made threats on the way', identifiedBy: 'Escort officer' });
  assert.is(flag.status, 201);
  const redFlags = flag.body.viewModel.redFlags as { id: string }[];
  assert.ok(redFlags.length >= 3, 'answer alerts and the free entry');
  const handover = {
    dispatchingOfficer: { name: 'A Officer', identifier: 'P123' },
    receivingOfficer: { name: 'B Officer', identifier: 'C456' },
    receivingOrganisation: 'Winchester Crown Court',
  };
  const unacknowledged = await escort.post(`/api/records/${record.id}/handovers`, handover);
  assert.is(unacknowledged.status, 400);
  const at = new Date().toISOString();
  const acknowledgements = redFlags.map((f) => ({ entryId: f.id, name: 'B Officer', at }));
  const done = await escort.post(`/api/records/${record.id}/handovers`, { ...handover, acknowledgements });
  assert.is(done.status, 201);
  assert.is(done.body.state, 'handedOver');
  assert.is(done.body.handovers.length, 1);
  assert.is((await auditor.post(`/api/records/${record.id}/events`, { type: 'meal', where: 'Court', what: 'x' })).status, 403);
  assert.is((await policy.post(`/api/records/${record.id}/red-flags`, { risk: 'x', identifiedBy: 'y' })).status, 403);
});

test('cancel: by a role that confirms, then locked; others 403', async () => {
  const record = await createRecord(prison, newMove('WIN', 'SOTPIC'));
  assert.is((await healthcare.post(`/api/records/${record.id}/cancel`, { reason: 'x' })).status, 403);
  const cancelled = await police.post(`/api/records/${record.id}/cancel`, { reason: 'Move called off' });
  assert.is(cancelled.status, 200, 'police work at the other end of the move');
  assert.is(cancelled.body.state, 'cancelled');
  assert.is(cancelled.body.cancelled.reason, 'Move called off');
  assert.is((await prison.post(`/api/records/${record.id}/cancel`)).status, 423);
  const documented = (await server.anonymous().get('/api/openapi.json')).body.components.schemas.Cancel.properties.reason.maxLength;
  assert.is(documented, 500, 'the API description states the limit the engine applies');
  const other = await createRecord(prison);
  const long = await prison.post(`/api/records/${other.id}/cancel`, { reason: 'x'.repeat(501) });
  assert.equal([long.status, long.body.fields[0].field], [400, '/reason']);
  assert.is((await prison.post(`/api/records/${other.id}/cancel`, { reason: 'x'.repeat(500) })).status, 200);
  assert.is((await save(prison, record.id, 'risk', { violent: 'no' }, cancelled.body.revision)).status, 423);
});

test('prefill: a new record carries reviewed-needed answers from the last confirmed one; saving or accepting reviews them', async () => {
  const person = newPerson();
  const first = await completeRecord(prison, healthcare, newMove(), person);
  assert.is((await prison.post(`/api/records/${first.id}/confirm`)).status, 200);
  const second = await createRecord(prison, newMove(), person);
  assert.is(second.answers.risk.violent, 'yes');
  assert.is(second.prefill['/risk/violent'].sourceRecordId, first.id);
  assert.is(second.prefill['/risk/violent'].needsReview, true);
  assert.is(second.answers.risk.observation, undefined, 'questions not marked x-prefill are not carried');
  const accepted = await prison.post(`/api/records/${second.id}/prefill-reviews`, { pointers: ['/risk/violent'] });
  assert.is(accepted.status, 200);
  assert.is(accepted.body.prefill['/risk/violent'].needsReview, false);
  assert.is(accepted.body.prefill['/risk/violent'].reviewedBy, 'prison');
  assert.is((await prison.post(`/api/records/${second.id}/prefill-reviews`, { pointers: ['/health/takesMedication'] })).status, 403);
  const saved = await save(healthcare, second.id, 'health', { takesMedication: 'yes' }, accepted.body.revision);
  assert.is(saved.body.record.prefill['/health/takesMedication'].needsReview, false, 'saving a prefilled answer reviews it');
  const blocked = await prison.post(`/api/records/${second.id}/confirm`);
  assert.is(blocked.status, 409);
  assert.ok(blocked.body.reasons.some((r: string) => /carried over/.test(r)), 'unreviewed prefilled answers block confirmation');
});

test('audit trail: auditors see every change with who, when, old and new; others 403', async () => {
  const record = await createRecord(prison);
  const first = await save(prison, record.id, 'risk', { violent: 'no' }, record.revision);
  await save(prison, record.id, 'risk', { violent: 'yes', violentDetails: 'x', weaponUsed: 'no' }, first.body.record.revision);
  assert.is((await prison.get(`/api/records/${record.id}/audit`)).status, 403);
  const trail = await auditor.get(`/api/records/${record.id}/audit`);
  assert.is(trail.status, 200);
  assert.equal(trail.body.map((e: { action: string }) => e.action), ['create', 'saveSection', 'saveSection']);
  const change = trail.body[2].changes.find((c: { pointer: string }) => c.pointer === '/risk/violent');
  assert.equal([change.old, change.new], ['no', 'yes']);
  assert.is(trail.body[2].user, 'prison');
  assert.ok(Date.parse(trail.body[2].at) > 0);
  const confirmed = await completeRecord(prison, healthcare);
  await prison.post(`/api/records/${confirmed.id}/confirm`);
  await escort.post(`/api/records/${confirmed.id}/events`, { type: 'meal', where: 'Van', what: 'Lunch' });
  const later = (await auditor.get(`/api/records/${confirmed.id}/audit`)).body;
  const confirmEntry = later.find((e: { action: string }) => e.action === 'confirm');
  assert.ok(confirmEntry.changes.some((c: { pointer: string; old: string; new: string }) => c.pointer === '/state' && c.old === 'complete' && c.new === 'confirmed'));
  const eventEntry = later.at(-1);
  assert.is(eventEntry.user, 'escort');
  assert.is(eventEntry.changes[0].pointer, '/events/0');
  assert.is(eventEntry.changes[0].new.what, 'Lunch');
});

test('print: HTML from precompiled templates, red flags first, only answered questions, CSS from self', async () => {
  const record = await completeRecord(prison, healthcare);
  await prison.post(`/api/records/${record.id}/confirm`);
  await escort.post(`/api/records/${record.id}/events`, { type: 'meal', where: 'Van', what: 'Sandwich <script>alert(1)</script>' });
  const page = await prison.request('GET', `/api/records/${record.id}/print`, undefined, { headers: { accept: 'text/html' } });
  assert.is(page.status, 200);
  assert.match(page.headers.get('content-type')!, /text\/html/);
  const html = page.text;
  assert.ok(html.indexOf('Red flag warnings') < html.indexOf('Are they violent or dangerous?'), 'flags come before sections');
  assert.ok(html.includes('Sertraline'));
  assert.match(html, '<dt>Type of move</dt><dd>Court appearance</dd>', 'the move type is a labelled row, in words');
  assert.match(html, /<dt>Move<\/dt><dd>HMP Winchester to [^<]+ on 15 December 2026<\/dd>/);
  assert.not.ok(html.includes('Height in centimetres'), 'unanswered questions are left out');
  assert.not.ok(html.includes('<script>alert(1)</script>'), 'answers are escaped');
  assert.ok(html.includes('Sandwich &lt;script&gt;'));
  assert.not.match(html, /<script|<style|\sstyle=/, 'nothing inline that the CSP would block');
  const css = html.match(/<link rel="stylesheet" href="([^"]+)">/)![1]!;
  const sheet = await prison.request('GET', css, undefined, { headers: { accept: 'text/css' } });
  assert.is(sheet.status, 200);
  assert.match(sheet.headers.get('content-type')!, /text\/css/);
  assert.is((await prison2.get(`/api/records/${record.id}/print`)).status, 404);
});

test('OpenAPI 3.1 document describes every route with the same schemas the server validates with', async () => {
  const { bodySchemas } = await import('../../server/schemas/bodies.ts');
  const doc = (await server.anonymous().get('/api/openapi.json')).body;
  assert.is(doc.openapi, '3.1.0');
  assert.equal(doc.components.schemas.CreateRecord, JSON.parse(JSON.stringify(bodySchemas.CreateRecord)));
  assert.is(doc.paths['/records/{id}/sections/{section}'].patch.requestBody.content['application/json'].schema.allOf[0].$ref, '#/components/schemas/SaveSection');
  assert.ok(doc.paths['/records/{id}/cancel'].post.responses['415'], 'a route that reads a body says it refuses other types');
  assert.not.ok(doc.paths['/records/{id}'].get.responses['415']);
  for (const path of ['/session', '/forms', '/locations', '/move-types', '/records', '/records/{id}', '/records/{id}/confirm', '/records/{id}/handovers', '/records/{id}/events', '/records/{id}/red-flags', '/records/{id}/cancel', '/records/{id}/print', '/records/{id}/audit', '/records/{id}/prefill-reviews']) {
    assert.ok(doc.paths[path], path);
  }
});

test('unknown API routes answer JSON 404', async () => {
  const res = await prison.get('/api/nothing-here');
  assert.is(res.status, 404);
  assert.is(res.body.error, 'notFound');
});

test.run();
