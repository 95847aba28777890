/**
 * Finding and starting records without a prison number: GET /api/moves lists the moves from or to the
 * caller's locations over the coming days; starting a record refuses a move going nowhere
 * and roles the definition does not let start one; a duplicate names the record that exists.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { addDays, dateIn } from '../../engine/index.ts';
import { startServer, type TestServer } from './support/server.ts';
import { FORM, newMove, newPerson } from './support/records.ts';

let server: TestServer;
const today = dateIn(new Date());

test.before(async () => { server = await startServer(); });
test.after(async () => { await server.close(); });

test('a move with the same place at both ends is refused with the field named', async () => {
  const prison = await server.login('prison');
  const nowhere = await prison.post('/api/records', { form: FORM, move: newMove('WIN', 'WIN', today), person: newPerson() });
  assert.is(nowhere.status, 400);
  assert.equal(nowhere.body.fields, [{ field: '/move/to', message: 'The move must end somewhere other than where it starts' }]);
});

test('a duplicate move answers with a link to the existing record', async () => {
  const prison = await server.login('prison');
  const move = newMove('WIN', 'WINCC', today);
  const first = await prison.post('/api/records', { form: FORM, move, person: newPerson() });
  assert.is(first.status, 201);
  const again = await prison.post('/api/records', { form: FORM, move, person: newPerson() });
  assert.is(again.status, 409);
  assert.is(again.body.recordId, first.body.id);
  assert.is(again.body.href, `/records/${first.body.id}`);
});

test('only the roles the definition names may start a record, and /api/forms says so', async () => {
  const nurse = await server.login('healthcare');
  const refused = await nurse.post('/api/records', { form: FORM, move: newMove('WIN', 'WINCC', today), person: newPerson() });
  assert.is(refused.status, 403);
  const forms = await nurse.get('/api/forms');
  assert.is(forms.body.find((f: { name: string }) => f.name === FORM).mayCreate, false);
  const prison = await server.login('prison');
  assert.is((await prison.get('/api/forms')).body.find((f: { name: string }) => f.name === FORM).mayCreate, true);
});

test('moves from or to the caller\'s locations, a page of 20 at a time, sorted by date either way', async () => {
  const prison = await server.login('prison');
  for (let i = 0; i < 22; i++) {
    const res = await prison.post('/api/records', { form: FORM, move: newMove('WIN', 'WINCC', addDays(today, i % 7)), person: newPerson() });
    assert.is(res.status, 201);
  }
  const first = await prison.get('/api/moves');
  assert.is(first.status, 200);
  assert.ok(first.body.total >= 22);
  assert.is(first.body.moves.length, 20);
  const dates = first.body.moves.map((m: { move: { date: string } }) => m.move.date);
  assert.equal(dates, [...dates].sort(), 'earliest first');
  assert.is(first.body.fromDate, today);
  const last = await prison.get(`/api/moves?page=${Math.ceil(first.body.total / 20)}`);
  assert.ok(last.body.moves.length > 0 && last.body.moves.length <= 20);
  const latest = await prison.get('/api/moves?order=desc');
  assert.is(latest.body.moves[0].move.date, addDays(today, 6), 'latest first when asked');
  // Someone working elsewhere sees none of these.
  const elsewhere = await server.login('prison2');
  assert.is((await elsewhere.get('/api/moves')).body.total, 0);
  const bad = await prison.get('/api/moves?days=90&order=sideways');
  assert.is(bad.status, 400);
  assert.equal(bad.body.fields.map((f: { field: string }) => f.field), ['days', 'order']);
});

test.run();
