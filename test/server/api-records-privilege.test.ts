/**
 * Working on records is the "records" privilege of forms/roles.json, whatever locations an account
 * holds: a role without it (a forum or policy account) given the very locations a record's move
 * starts and ends at is refused (403) by every record, moves, person-search, prefill and print route,
 * sees no records item in its menu and gets a refusal page; every role with it still works. Roles come
 * from the data, so a role added to roles.json is tested too.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mayDo, ROLES } from '../../engine/vocabulary/roles.ts';
import { dateIn } from '../../engine/index.ts';
import { startServer, type TestServer } from './support/server.ts';
import type { Client } from './support/client.ts';
import { createRecord, FORM, newMove, newPerson } from './support/records.ts';

const WITHOUT = ROLES.filter((role) => !mayDo({ roles: [role] }, 'records'));
const WITH = ROLES.filter((role) => mayDo({ roles: [role] }, 'records'));
const HERE = ['WIN', 'WINCC'];

let server: TestServer;
let record: { id: string; person: { id: string } };
const clients = new Map<string, Client>();

test.before(async () => {
  server = await startServer();
  for (const role of ROLES) await server.addUser(`${role}-here`, [role], HERE);
  for (const role of ROLES) clients.set(role, await server.login(`${role}-here`));
  // Today's move, so the Moves list shows it.
  record = await createRecord(await server.login('prison'), newMove('WIN', 'WINCC', dateIn(new Date())));
});
test.after(async () => { await server.close(); });

const asked = (id: string, person: string) => [
  ['GET', `/api/records/${id}`], ['GET', `/api/records?person=${person}`], ['GET', '/api/moves'],
  ['POST', '/api/records', { form: FORM, move: newMove('WIN', 'WINCC'), person: newPerson() }],
  ['PATCH', `/api/records/${id}/sections/risk`, { answers: { violent: 'no' }, revision: 1 }],
  ['POST', `/api/records/${id}/prefill-reviews`, { pointers: ['/risk/violent'] }],
  ['POST', `/api/records/${id}/confirm`, {}], ['POST', `/api/records/${id}/cancel`, {}],
  ['POST', `/api/records/${id}/events`, { type: 'meal', where: 'Cell', what: 'Lunch' }],
  ['GET', `/api/records/${id}/print`], ['POST', `/api/records/${id}/print-links`, {}],
] as const;

test('both kinds of role exist in the data, so each side below is tested', () => {
  assert.ok(WITHOUT.length > 0 && WITH.length > 0, `with: ${WITH}; without: ${WITHOUT}`);
});

test('a role without the records privilege, working at both ends of the move, is refused every record route with 403', async () => {
  const failures: string[] = [];
  for (const role of WITHOUT) {
    for (const [method, path, body] of asked(record.id, record.person.id)) {
      const reply = await clients.get(role)!.request(method, path, body);
      if (reply.status !== 403 || !/work on records/.test(String(reply.body?.message))) failures.push(`${role} ${method} ${path}: ${reply.status} ${reply.text.slice(0, 120)}`);
    }
  }
  assert.equal(failures, []);
  assert.is((await server.store.getRecord(record.id))?.revision, 1, 'nothing was changed');
});

test('every role with the records privilege still lists the moves, finds and reads the record, and prints it', async () => {
  for (const role of WITH) {
    const client = clients.get(role)!;
    const moves = await client.get('/api/moves');
    assert.is(moves.status, 200, role);
    assert.ok(moves.body.moves.some((m: { recordId: string }) => m.recordId === record.id), `${role} sees the move`);
    assert.is((await client.get(`/api/records/${record.id}`)).status, 200, role);
    assert.is((await client.get(`/api/records?person=${record.person.id}`)).body.length, 1, role);
    assert.is((await client.get(`/api/records/${record.id}/print`)).status, 200, role);
  }
});

const page = (client: Client, path: string) => fetch(server.url + path, { headers: { cookie: client.cookie!, accept: 'text/html' }, redirect: 'manual' });
const menuOf = (html: string) => /<nav aria-label="Menu"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';

test('without the privilege: no Moves or Find records in the menu, landing pages send on, a record page refuses', async () => {
  for (const role of WITHOUT) {
    const client = clients.get(role)!;
    for (const landing of ['/moves', '/records']) {
      const sent = await page(client, landing);
      assert.is(sent.status, 303, `${role} ${landing}`);
      assert.not.match(sent.headers.get('location') ?? '', /^\/(moves|records)/, `${role} is sent to a page of their menu`);
    }
    const refused = await page(client, `/records/${record.id}`);
    assert.is(refused.status, 403, role);
    const html = await refused.text();
    assert.match(html, /<h1 class="govuk-heading-l">You cannot work on records<\/h1>/);
    assert.not.match(menuOf(html), /href="\/moves"|href="\/records"/, `${role}'s menu offers no records page`);
  }
});

test('with the privilege: the Moves page opens and the menu offers Moves and Find records', async () => {
  for (const role of WITH) {
    const moves = await page(clients.get(role)!, '/moves');
    assert.is(moves.status, 200, role);
    const html = await moves.text();
    assert.match(menuOf(html), /href="\/moves"[\s\S]*href="\/records"/);
    assert.is((await page(clients.get(role)!, `/records/${record.id}`)).status, 200, role);
  }
});

test('the OpenAPI document says so on every record and moves operation', async () => {
  const paths = (await clients.get(WITH[0]!)!.get('/api/openapi.json')).body.paths as Record<string, Record<string, { responses: Record<string, { description: string }> }>>;
  const recordPaths = Object.keys(paths).filter((path) => /^\/(records|moves)(\/|$)/.test(path));
  assert.ok(recordPaths.length > 5, recordPaths.join(', '));
  for (const path of recordPaths) {
    for (const [method, op] of Object.entries(paths[path]!)) assert.match(op.responses['403']?.description ?? '', /records privilege/, `${method} ${path}`);
  }
});

test.run();
