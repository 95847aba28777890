/**
 * Well-formed but impossible values are refused with a message naming the field (400, the shape of
 * every field error), as entry times later than now are: a date of birth in the future or before 1900,
 * a move dated far outside the configured window, names holding control or bidirectional-override
 * characters. Nothing is stored.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startServer, type TestServer } from './support/server.ts';
import type { Client } from './support/client.ts';
import { createRecord, FORM, newMove, newPerson } from './support/records.ts';
import { configFromEnv } from '../../server/config.ts';

let server: TestServer;
let prison: Client;

/** The server's own defaults, not the wide window other tests use for their fixed dates. */
const DEFAULT_WINDOW = { MOVE_DATE_PAST_DAYS: '', MOVE_DATE_FUTURE_DAYS: '' };

test.before(async () => {
  server = await startServer({}, DEFAULT_WINDOW);
  prison = await server.login('prison');
});
test.after(async () => { await server.close(); });

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function refused(body: { move: ReturnType<typeof newMove>; person: ReturnType<typeof newPerson> }, field: string, message: RegExp) {
  const res = await prison.post('/api/records', { form: FORM, ...body });
  assert.is(res.status, 400, res.text);
  const named = res.body.fields?.find((f: { field: string }) => f.field === field);
  assert.ok(named, `names ${field}: ${res.text}`);
  assert.match(named.message, message);
  assert.match(res.body.message, field);
  assert.equal((await prison.get(`/api/records?person=${body.person.id}`)).body, [], 'nothing stored');
}

test('the default window is 31 days back and 366 ahead', () => {
  assert.equal(configFromEnv({}).moveDateWindow, { pastDays: 31, futureDays: 366 });
  assert.equal(server.config.moveDateWindow, { pastDays: 31, futureDays: 366 });
  assert.throws(() => configFromEnv({ MOVE_DATE_PAST_DAYS: 'a week' }), /MOVE_DATE_PAST_DAYS must be a whole number/);
});

test('a date of birth in the future or before 1900 is refused naming /person/dateOfBirth', async () => {
  await refused({ move: newMove('WIN', 'WINCC', day(1)), person: { ...newPerson(), dateOfBirth: day(1) } }, '/person/dateOfBirth', /today or in the past/);
  await refused({ move: newMove('WIN', 'WINCC', day(1)), person: { ...newPerson(), dateOfBirth: '1899-12-31' } }, '/person/dateOfBirth', /1900/);
});

test('a move dated outside the window is refused naming /move/date in the words the staff pages use; its edges are accepted', async () => {
  await refused({ move: newMove('WIN', 'WINCC', day(-40)), person: newPerson() }, '/move/date', /^The date of the move must be .+ or later: a move can be recorded up to 31 days after it happened$/);
  await refused({ move: newMove('WIN', 'WINCC', day(400)), person: newPerson() }, '/move/date', /^The date of the move must be .+ or earlier$/);
  await refused({ move: newMove('WIN', 'WINCC', '0001-01-01'), person: newPerson() }, '/move/date', /or later/);
  for (const date of [day(-30), day(0), day(365)]) {
    await createRecord(prison, newMove('WIN', 'WINCC', date), { ...newPerson(), dateOfBirth: '1900-01-01' });
  }
});

test('GET /api/session gives the window, so the staff pages refuse exactly what the API would', async () => {
  assert.equal((await prison.get('/api/session')).body.moveDateWindow, { pastDays: 31, futureDays: 366 });
});

test('the window is configurable: MOVE_DATE_FUTURE_DAYS=5 refuses a move in ten days', async () => {
  const narrow = await startServer({}, { MOVE_DATE_PAST_DAYS: '0', MOVE_DATE_FUTURE_DAYS: '5' });
  try {
    const client = await narrow.login('prison');
    const res = await client.post('/api/records', { form: FORM, move: newMove('WIN', 'WINCC', day(10)), person: newPerson() });
    assert.is(res.status, 400);
    assert.equal(res.body.fields.map((f: { field: string }) => f.field), ['/move/date']);
    assert.is((await client.post('/api/records', { form: FORM, move: newMove('WIN', 'WINCC', day(2)), person: newPerson() })).status, 201);
  } finally {
    await narrow.close();
  }
});

test('a name with a bidirectional override or a control character is refused naming the field', async () => {
  const move = () => newMove('WIN', 'WINCC', day(3));
  for (const name of ['Alex \u202Enosmaerd', 'Alex\u2066 Example', 'Alex\u0007Example', 'Alex\nExample', 'Alex\u200FExample']) {
    await refused({ move: move(), person: { ...newPerson(), name } }, '/person/name', /control characters or bidirectional-override/);
  }
  const accented = await createRecord(prison, move(), { ...newPerson(), name: 'Zoë Ó Dónaill-Núñez' });
  assert.is(accented.person.name, 'Zoë Ó Dónaill-Núñez', 'letters of any language are fine');
});

test('names and free text in entries are checked the same way; free text keeps its line breaks', async () => {
  const record = await createRecord(prison, newMove('WIN', 'WINCC', day(3)));
  const officer = { name: 'Officer \u202Eesrever', identifier: 'E1' };
  const handover = await prison.post(`/api/records/${record.id}/handovers`, { dispatchingOfficer: officer, receivingOfficer: { name: 'B', identifier: 'E2' }, receivingOrganisation: 'Court' });
  assert.is(handover.status, 400);
  assert.equal(handover.body.fields.map((f: { field: string }) => f.field), ['/dispatchingOfficer/name']);
  const event = await prison.post(`/api/records/${record.id}/events`, { type: 'meal', where: 'Van\u0000', what: 'Lunch' });
  assert.equal(event.body.fields?.map((f: { field: string }) => f.field), ['/where']);
  const multiLine = await prison.post(`/api/records/${record.id}/events`, { type: 'meal', where: 'Van', what: 'Lunch\nthen water' });
  assert.is(multiLine.status, 409, `passes the body check, refused only because the record is not confirmed: ${multiLine.text}`);
});

test.run();
