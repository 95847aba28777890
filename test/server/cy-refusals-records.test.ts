// A record's refusals in the caller's language: the lifecycle's own (who may confirm, cancel or add an
// entry, named by role titles; a locked record; not ready) and the fields it names, in Welsh and the same
// in English, with the same codes. The language comes from ?lang=, the cookie, or Accept-Language, in
// that order, and Content-Language says which one the answer is in.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startServer, type TestServer } from './support/server.ts';
import type { Client } from './support/client.ts';
import { completeRecord, confirmedRecord as confirmedRecordBy, createRecord, HANDOVER_OFFICERS, save } from './support/records.ts';

let server: TestServer;
let prison: Client, healthcare: Client, escort: Client;

test.before(async () => {
  server = await startServer();
  [prison, healthcare, escort] = await Promise.all(['prison', 'healthcare', 'escort'].map((u) => server.login(u)));
});
test.after(async () => { await server.close(); });

const officers = HANDOVER_OFFICERS;

const confirmedRecord = () => confirmedRecordBy(prison, healthcare);

/** The same request asked in Welsh (?lang=cy) and in English (no choice made). */
async function inBoth(client: Client, method: string, path: string, body: unknown = {}) {
  const cy = await client.request(method, `${path}?lang=cy`, body);
  const en = await client.request(method, path, body);
  assert.is(cy.status, en.status, 'the same status');
  assert.is(cy.body.error, en.body.error, 'the same code');
  assert.is(cy.headers.get('content-language'), 'cy');
  assert.is(en.headers.get('content-language'), 'en');
  return { cy: cy.body, en: en.body, status: en.status };
}

test('confirming is refused to a role that may not, naming who may by their titles in each language', async () => {
  const record = await completeRecord(prison, healthcare);
  const { cy, en, status } = await inBoth(healthcare, 'POST', `/api/records/${record.id}/confirm`);
  assert.is(status, 403);
  assert.is(cy.message, 'Dim ond staff carchardai neu staff yr heddlu all gadarnhau’r cofnod hwn');
  assert.is(en.message, 'Only prison staff or police staff can confirm this record');
});

test('cancelling and adding entries are refused to other roles in Welsh and in English', async () => {
  const record = await confirmedRecord();
  const cancel = await inBoth(escort, 'POST', `/api/records/${record.id}/cancel`);
  assert.is(cancel.status, 403);
  assert.is(cancel.cy.message, 'Dim ond staff carchardai neu staff yr heddlu all ganslo’r cofnod hwn');
  assert.is(cancel.en.message, 'Only prison staff or police staff can cancel this record');
  const event = await inBoth(healthcare, 'POST', `/api/records/${record.id}/events`, { type: 'meal', where: 'Van', what: 'Lunch' });
  assert.is(event.status, 403);
  assert.is(event.cy.message, 'Dim ond staff carchardai, staff yr heddlu neu staff hebrwng all ychwanegu at y cofnod o ddigwyddiadau');
  assert.is(event.en.message, 'Only prison staff, police staff or escort staff can add to the record of events');
});

test('a record not ready to confirm says why in Welsh, section by section, and a handover before confirmation waits', async () => {
  const record = await createRecord(prison);
  const confirm = await inBoth(prison, 'POST', `/api/records/${record.id}/confirm`);
  assert.is(confirm.status, 409);
  assert.is(confirm.cy.message, 'Ni ellir cadarnhau’r cofnod eto');
  assert.is(confirm.en.message, 'The record cannot be confirmed yet');
  assert.is(confirm.cy.reasons.length, confirm.en.reasons.length);
  assert.ok(confirm.cy.reasons.every((r: string) => r.startsWith('Cwblhewch yr adran')), confirm.cy.reasons.join(' | '));
  assert.ok(confirm.en.reasons.every((r: string) => r.startsWith('Complete the')), confirm.en.reasons.join(' | '));
  const handover = await inBoth(escort, 'POST', `/api/records/${record.id}/handovers`, officers);
  assert.is(handover.status, 409);
  assert.is(handover.cy.message, 'Rhaid cadarnhau’r cofnod cyn i’r person gael ei drosglwyddo');
  assert.equal(handover.cy.reasons, ['Cadarnhewch y cofnod yn gyntaf']);
  assert.equal(handover.en.reasons, ['Confirm the record first']);
});

test('a confirmed record refuses a change in Welsh and in English (423)', async () => {
  const record = await confirmedRecord();
  const cy = await prison.patch(`/api/records/${record.id}/sections/risk?lang=cy`, { answers: { weaponUsed: 'yes' }, revision: record.revision });
  const en = await save(prison, record.id, 'risk', { weaponUsed: 'yes' }, record.revision);
  assert.is(cy.status, 423);
  assert.is(cy.body.message, 'Mae’r cofnod wedi’i gadarnhau: ni ellir newid ei atebion mwyach');
  assert.is(en.body.message, 'The record is confirmed: its answers can no longer be changed');
});

test('a handover the engine refuses names each field in Welsh: a time in the future, an unacknowledged red flag', async () => {
  const record = await confirmedRecord();
  const body = { ...officers, at: '2099-01-01T00:00:00Z' };
  const { cy, en, status } = await inBoth(escort, 'POST', `/api/records/${record.id}/handovers`, body);
  assert.is(status, 400);
  assert.is(cy.message, 'Nid yw’r trosglwyddiad yn gyflawn');
  assert.is(en.message, 'The handover is not complete');
  assert.is(cy.reason, 'unacknowledgedRedFlags');
  const fieldOf = (answer: { fields: { field: string; message: string }[] }, field: string) => answer.fields.find((f) => f.field === field)?.message;
  assert.is(fieldOf(cy, '/at'), 'Rhaid i amser y trosglwyddo fod yn awr neu yn y gorffennol');
  assert.is(fieldOf(en, '/at'), 'The time of the handover must be now or in the past');
  assert.match(fieldOf(cy, '/acknowledgements')!, /^Rhaid i’r swyddog sy’n derbyn gydnabod y faner goch “/);
  assert.match(fieldOf(en, '/acknowledgements')!, /^The receiving officer must acknowledge the red flag “/);
});

test('a body the schema refuses names the field in Welsh and in English, with the same fields and rules', async () => {
  const record = await confirmedRecord();
  const { cy, en, status } = await inBoth(escort, 'POST', `/api/records/${record.id}/handovers`, { receivingOrganisation: 'Court' });
  assert.is(status, 400);
  assert.is(cy.error, 'invalidBody');
  assert.equal(cy.fields.map((f: { field: string; rule: string }) => [f.field, f.rule]), en.fields.map((f: { field: string; rule: string }) => [f.field, f.rule]));
  const said = (answer: { fields: { field: string; message: string; words?: unknown }[] }) => answer.fields.find((f) => f.field === '/dispatchingOfficer')!;
  assert.is(said(cy).message, 'Mae angen /dispatchingOfficer');
  assert.is(said(en).message, '/dispatchingOfficer is required');
  assert.is(said(cy).words, undefined, 'only the message leaves the server, not the key behind it');
  assert.match(cy.message, 'Mae angen /dispatchingOfficer');
});

test('Accept-Language is honoured after ?lang= and the cookie: a cy-GB client reads Welsh, ?lang=en and a chosen cookie win', async () => {
  const record = await completeRecord(prison, healthcare);
  const path = `/api/records/${record.id}/confirm`;
  const welshClient = { 'accept-language': 'cy-GB,cy;q=0.9,en;q=0.5' };
  const byHeader = await healthcare.request('POST', path, {}, { headers: welshClient });
  assert.is(byHeader.body.message, 'Dim ond staff carchardai neu staff yr heddlu all gadarnhau’r cofnod hwn');
  assert.is(byHeader.headers.get('content-language'), 'cy');
  const byQuery = await healthcare.request('POST', `${path}?lang=en`, {}, { headers: welshClient });
  assert.is(byQuery.body.message, 'Only prison staff or police staff can confirm this record');
  assert.is(byQuery.headers.get('content-language'), 'en');
  const preferringEnglish = await healthcare.request('POST', path, {}, { headers: { 'accept-language': 'en-GB,cy;q=0.8' } });
  assert.is(preferringEnglish.headers.get('content-language'), 'en');
  const session = healthcare.cookie;
  healthcare.cookie = `${session}; per_lang=cy`;
  const cookieChoice = await healthcare.request('POST', path, {}, { headers: { 'accept-language': 'en-GB' } });
  healthcare.cookie = session;
  assert.is(cookieChoice.headers.get('content-language'), 'cy', 'the cookie (a choice made with the switch) beats the browser\'s setting');
  const unknown = await healthcare.request('POST', path, {}, { headers: { 'accept-language': 'fr-FR, *;q=0.1' } });
  assert.is(unknown.headers.get('content-language'), 'en');
});

test('a record read in Welsh carries its view model in Welsh, the same answers as codes', async () => {
  const record = await confirmedRecord();
  const cy = await prison.get(`/api/records/${record.id}?lang=cy`);
  const en = await prison.get(`/api/records/${record.id}`);
  assert.is(cy.status, 200, cy.text);
  assert.equal(cy.body.answers, en.body.answers);
  const values = (body: { viewModel: { sections: { questions: { value?: unknown; displayValue?: string }[] }[] } }) =>
    body.viewModel.sections.flatMap((s) => s.questions).filter((q) => q.value === 'yes').map((q) => q.displayValue);
  assert.ok(values(en.body).length > 0);
  assert.ok(values(en.body).every((v) => v === 'Yes'));
  assert.ok(values(cy.body).every((v) => v === 'Ie'), values(cy.body).join(', '));
});

test.run();
