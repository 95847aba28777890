/**
 * A corpus of bad requests, each sent at a real record: every one answers 4xx with a JSON error (never
 * a stack trace), and the stored record is exactly as it was before.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startServer, type TestServer } from './support/server.ts';
import type { Client } from './support/client.ts';
import { createRecord, FORM, newMove, newPerson } from './support/records.ts';

let server: TestServer;
let prison: Client;
let recordId: string;

test.before(async () => {
  server = await startServer();
  prison = await server.login('prison');
  const record = await createRecord(prison);
  const saved = await prison.patch(`/api/records/${record.id}/sections/risk`, { answers: { violent: 'no', observation: 'standard' }, revision: record.revision });
  assert.is(saved.status, 200);
  recordId = record.id;
});
test.after(async () => { await server.close(); });

const nested = (depth: number): unknown => (depth === 0 ? 'x' : { a: nested(depth - 1) });
const deepArray = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

interface BadRequest {
  name: string;
  method: string;
  path: () => string;
  body?: unknown;
  raw?: string;
  contentType?: string;
  status: number;
  /** The field the error must name, when it names one. */
  field?: string;
}

const save = () => `/api/records/${recordId}/sections/risk`;
const CORPUS: BadRequest[] = [
  { name: 'malformed JSON', method: 'PATCH', path: save, raw: '{"answers": {"violent": "yes"', status: 400 },
  { name: 'JSON that is not an object', method: 'PATCH', path: save, raw: '"answers"', status: 400 },
  { name: 'an array body', method: 'PATCH', path: save, body: [{ answers: {}, revision: 1 }], status: 400 },
  // A body-taking route needs a JSON Content-Type even for an empty body: that is what a cross-site form cannot send.
  { name: 'no body and no Content-Type', method: 'PATCH', path: save, status: 415 },
  { name: 'an empty JSON body', method: 'PATCH', path: save, raw: '', status: 400, field: '/answers' },
  { name: 'revision of the wrong type', method: 'PATCH', path: save, body: { answers: { violent: 'yes' }, revision: '2' }, status: 400, field: '/revision' },
  { name: 'answers of the wrong type', method: 'PATCH', path: save, body: { answers: 'violent', revision: 2 }, status: 400, field: '/answers' },
  { name: 'an unknown field', method: 'PATCH', path: save, body: { answers: {}, revision: 2, sneaky: true }, status: 400, field: '/sneaky' },
  { name: 'an answer of the wrong type', method: 'PATCH', path: save, body: { answers: { violent: true }, revision: 2 }, status: 422, field: '/risk/violent' },
  { name: 'an answer to an unknown question', method: 'PATCH', path: save, body: { answers: { favouriteColour: 'blue' }, revision: 2 }, status: 422, field: '/risk/favouriteColour' },
  { name: 'an answer to a hidden follow-up', method: 'PATCH', path: save, body: { answers: { violentDetails: 'x' }, revision: 2 }, status: 422, field: '/risk/violentDetails' },
  { name: 'a text far too long', method: 'PATCH', path: save, body: { answers: { violent: 'yes', violentDetails: 'x'.repeat(2001), weaponUsed: 'no' }, revision: 2 }, status: 422, field: '/risk/violentDetails' },
  { name: 'a huge body', method: 'PATCH', path: save, body: { answers: { violent: 'yes', violentDetails: 'x'.repeat(200_000) }, revision: 2 }, status: 413 },
  { name: 'deeply nested objects', method: 'PATCH', path: save, body: { answers: { violent: nested(100) }, revision: 2 }, status: 400 },
  { name: 'deeply nested arrays (raw)', method: 'PATCH', path: save, raw: `{"answers":{"violent":${deepArray(5000)}},"revision":2}`, status: 400 },
  { name: 'a $-operator key', method: 'PATCH', path: save, body: { answers: { $set: { violent: 'yes' } }, revision: 2 }, status: 400, field: '/answers/$set' },
  { name: 'a $-operator deep inside', method: 'PATCH', path: save, body: { answers: { violent: { $ne: null } }, revision: 2 }, status: 400, field: '/answers/violent/$ne' },
  { name: 'a __proto__ key', method: 'PATCH', path: save, raw: '{"answers":{"__proto__":{"violent":"yes"}},"revision":2}', status: 400, field: '/answers/__proto__' },
  { name: 'a constructor key', method: 'PATCH', path: save, body: { answers: { constructor: { prototype: { x: 1 } } }, revision: 2 }, status: 400, field: '/answers/constructor' },
  { name: 'a key holding __proto__', method: 'PATCH', path: save, body: { answers: { a__proto__b: 'x' }, revision: 2 }, status: 400 },
  { name: 'a negative revision', method: 'PATCH', path: save, body: { answers: { violent: 'yes' }, revision: -1 }, status: 400, field: '/revision' },
  { name: 'a form-encoded body', method: 'PATCH', path: save, raw: 'answers=1&revision=2', contentType: 'application/x-www-form-urlencoded', status: 415 },
  { name: 'a text/plain JSON body (cross-site form trick)', method: 'PATCH', path: save, raw: '{"answers":{"violent":"yes"},"revision":2}', contentType: 'text/plain', status: 415 },
  { name: 'a text/plain cancel (once acted on as an empty body)', method: 'POST', path: () => `/api/records/${recordId}/cancel`, raw: '{"reason":"Move called off"}', contentType: 'text/plain', status: 415 },
  { name: 'a form-encoded event', method: 'POST', path: () => `/api/records/${recordId}/events`, raw: 'type=meal&where=Van&what=Lunch', contentType: 'application/x-www-form-urlencoded', status: 415 },
  { name: 'a record id that is not valid percent-encoding', method: 'GET', path: () => '/api/records/%E0%A4%A', status: 400 },
  { name: 'a section name that is not valid percent-encoding', method: 'PATCH', path: () => `/api/records/${recordId}/sections/%E0%A4%A`, body: { answers: {}, revision: 2 }, status: 400 },
  { name: 'a section name with a dot', method: 'PATCH', path: () => `/api/records/${recordId}/sections/risk.violent`, body: { answers: {}, revision: 2 }, status: 404 },
  { name: 'a prefill review pointer with an operator', method: 'POST', path: () => `/api/records/${recordId}/prefill-reviews`, body: { pointers: ['/$where'] }, status: 400, field: '/pointers/0' },
  { name: 'confirm with a body', method: 'POST', path: () => `/api/records/${recordId}/confirm`, body: { force: true }, status: 400, field: '/force' },
  { name: 'an event with a bad time', method: 'POST', path: () => `/api/records/${recordId}/events`, body: { type: 'meal', at: '31/12/2026', where: 'x', what: 'y' }, status: 400, field: '/at' },
  { name: 'a cancel reason of the wrong type', method: 'POST', path: () => `/api/records/${recordId}/cancel`, body: { reason: ['x'] }, status: 400, field: '/reason' },
  { name: 'a login with an operator for a password', method: 'POST', path: () => '/api/session', body: { username: 'prison', password: { $gt: '' } }, status: 400 },
  { name: 'a record for a move with an operator id', method: 'POST', path: () => '/api/records', body: { form: FORM, move: { ...newMove(), id: { $gt: '' } }, person: newPerson() }, status: 400, field: '/move/id/$gt' },
  { name: 'a record with a missing person', method: 'POST', path: () => '/api/records', body: { form: FORM, move: newMove() }, status: 400, field: '/person' },
  { name: 'a record with an impossible date', method: 'POST', path: () => '/api/records', body: { form: FORM, move: { ...newMove(), date: '2026-02-30' }, person: newPerson() }, status: 400, field: '/move/date' },
  { name: 'a list query with an array person', method: 'GET', path: () => '/api/records?person=a&person=b', status: 400, field: 'person' },
];

for (const bad of CORPUS) {
  test(`${bad.name}: ${bad.status}, JSON error, nothing stored`, async () => {
    const before = await server.store.getRecord(recordId);
    const trailBefore = (await server.store.auditTrail(recordId)).length;
    const res = await prison.request(bad.method, bad.path(), bad.body, { raw: bad.raw, contentType: bad.contentType });
    assert.is(res.status, bad.status, res.text.slice(0, 300));
    assert.match(res.headers.get('content-type') ?? '', /application\/json/);
    assert.type(res.body.error, 'string');
    assert.type(res.body.message, 'string');
    assert.not.match(res.text, /\bat .+\.(ts|js):\d+/, 'no stack trace');
    if (bad.field) assert.ok(res.body.fields?.some((f: { field: string }) => f.field === bad.field), `names ${bad.field}: ${res.text}`);
    assert.equal(await server.store.getRecord(recordId), before, 'the stored record is exactly as it was');
    assert.is((await server.store.auditTrail(recordId)).length, trailBefore);
    assert.is(({} as Record<string, unknown>).violent, undefined, 'no prototype was polluted');
  });
}

test('an unexpected failure (a corrupt stored record) answers 500 JSON without a stack trace', async () => {
  const stored = (await server.store.getRecord(recordId))!;
  const corrupt = { ...stored, id: 'corrupt-record', move: { ...stored.move, id: 'corrupt-move' }, answers: { risk: [1, 2] }, prefill: null } as unknown as typeof stored;
  await server.store.insertRecord(corrupt, { at: new Date().toISOString(), user: 'test', action: 'corrupt', changes: [] });
  const res = await prison.get('/api/records/corrupt-record');
  assert.is(res.status, 500);
  assert.equal(res.body, { error: 'internal', message: 'Something went wrong' });
});

test('after the whole corpus the server still answers normally', async () => {
  const res = await prison.get(`/api/records/${recordId}`);
  assert.is(res.status, 200);
  assert.equal(res.body.answers, { risk: { violent: 'no', observation: 'standard' } });
});

test.run();
