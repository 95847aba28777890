/**
 * Every role at each end of a move and somewhere else, against every action: one table of expected
 * answers. A role without the "records" privilege (forms/roles.json) is refused everything with 403,
 * wherever it works; records elsewhere answer 404 (their existence is not leaked); what a role may do
 * with a record it can see is the definition's decision (403 when it may not).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mayDo, ROLES, type Role } from '../../engine/vocabulary/roles.ts';
import { startServer, type TestServer } from './support/server.ts';
import type { Client } from './support/client.ts';
import { completeRecord, createRecord, FORM, newMove, newPerson, save } from './support/records.ts';

type Where = 'from' | 'to' | 'away';
const LOCATION: Record<Where, string> = { from: 'WIN', to: 'SOTPIC', away: 'LEE' };
const WHERE: Where[] = ['from', 'to', 'away'];

interface Action {
  name: string;
  /** Runs the action as `client` on a fresh record `id` (made by the prison at the move's start). */
  run(client: Client, id: string, personId: string): Promise<number>;
  /** Expected status for a role that can see the record (works at either end). */
  expect(role: Role): number;
  /** Expected status for a role working elsewhere; 404 unless stated. */
  away?: number;
  /** What the record has been through first: prefilled from an earlier confirmed record, or confirmed itself. */
  setup?: 'prefilled' | 'confirmed';
}

const by = (roles: Role[], yes: number, no = 403) => (role: Role) => (roles.includes(role) ? yes : no);
const revisionOf = async (client: Client, id: string) => (await client.get(`/api/records/${id}`)).body.revision as number;

const ACTIONS: Action[] = [
  { name: 'read the record', run: async (c, id) => (await c.get(`/api/records/${id}`)).status, expect: () => 200 },
  { name: 'print it', run: async (c, id) => (await c.get(`/api/records/${id}/print`)).status, expect: () => 200 },
  {
    name: 'find it by person',
    run: async (c, _id, person) => { const res = await c.get(`/api/records?person=${person}`); return res.status !== 200 ? res.status : res.body.length === 1 ? 200 : 404; },
    expect: () => 200,
  },
  { name: 'save the risk section', run: async (c, id) => (await save(c, id, 'risk', { violent: 'no' }, 1)).status, expect: by(['prison', 'police'], 200) },
  { name: 'save the health section', run: async (c, id) => (await save(c, id, 'health', { takesMedication: 'no' }, 1)).status, expect: by(['healthcare'], 200) },
  {
    name: 'accept a prefilled answer', setup: 'prefilled',
    run: async (c, id) => (await c.post(`/api/records/${id}/prefill-reviews`, { pointers: ['/risk/violent'] })).status,
    expect: by(['prison', 'police'], 200),
  },
  { name: 'confirm (incomplete)', run: async (c, id) => (await c.post(`/api/records/${id}/confirm`)).status, expect: by(['prison', 'police'], 409) },
  { name: 'add an event', setup: 'confirmed', run: async (c, id) => (await c.post(`/api/records/${id}/events`, { type: 'meal', where: 'Cell', what: 'Lunch' })).status, expect: by(['prison', 'police', 'escort'], 201) },
  { name: 'add a red flag', setup: 'confirmed', run: async (c, id) => (await c.post(`/api/records/${id}/red-flags`, { risk: 'Threats', identifiedBy: 'Officer' })).status, expect: by(['prison', 'police', 'escort'], 201) },
  {
    name: 'hand over', setup: 'confirmed',
    run: async (c, id) => {
      const flags = (await owner.get(`/api/records/${id}`)).body.viewModel.redFlags as { id: string }[];
      const at = new Date().toISOString();
      return (await c.post(`/api/records/${id}/handovers`, {
        dispatchingOfficer: { name: 'A', identifier: '1' }, receivingOfficer: { name: 'B', identifier: '2' }, receivingOrganisation: 'Court',
        acknowledgements: flags.map((f) => ({ entryId: f.id, name: 'B', at })),
      })).status;
    },
    expect: by(['prison', 'police', 'escort'], 201),
  },
  { name: 'read the audit trail', run: async (c, id) => (await c.get(`/api/records/${id}/audit`)).status, expect: by(['auditor'], 200) },
  { name: 'cancel', run: async (c, id) => (await c.post(`/api/records/${id}/cancel`, {})).status, expect: by(['prison', 'police'], 200) },
  {
    name: 'create a record for a move here',
    run: async (c, _id, person) => (await c.post('/api/records', { form: FORM, move: newMove(LOCATION.from, LOCATION.to), person: newPerson(`${person}-new`) })).status,
    // The fixture form names no createRoles, so the roles that may confirm it may start one.
    expect: by(['prison', 'police'], 201),
    away: 403,
  },
];

let server: TestServer;
let owner: Client;
let nurse: Client;
const clients = new Map<string, Client>();

test.before(async () => {
  server = await startServer();
  for (const role of ROLES) for (const where of WHERE) await server.addUser(`${role}-${where}`, [role], [LOCATION[where]]);
  owner = await server.login('prison-from');
  nurse = await server.login('healthcare-from');
  for (const role of ROLES) for (const where of WHERE) clients.set(`${role}-${where}`, await server.login(`${role}-${where}`));
});
test.after(async () => { await server.close(); });

for (const action of ACTIONS) {
  test(`${action.name}: every role × location`, async () => {
    const failures: string[] = [];
    for (const role of ROLES) {
      for (const where of WHERE) {
        const person = newPerson();
        if (action.setup === 'prefilled') {
          const earlier = await completeRecord(owner, nurse, newMove(LOCATION.from, LOCATION.to), person);
          assert.is((await owner.post(`/api/records/${earlier.id}/confirm`)).status, 200);
        }
        const record = action.setup === 'confirmed'
          ? await completeRecord(owner, nurse, newMove(LOCATION.from, LOCATION.to), person)
          : await createRecord(owner, newMove(LOCATION.from, LOCATION.to), person);
        if (action.setup === 'confirmed') assert.is((await owner.post(`/api/records/${record.id}/confirm`)).status, 200);
        else assert.is(await revisionOf(owner, record.id), 1);
        const expected = !mayDo({ roles: [role] }, 'records') ? 403 : where === 'away' ? action.away ?? 404 : action.expect(role);
        const actual = await action.run(clients.get(`${role}-${where}`)!, record.id, person.id);
        if (actual !== expected) failures.push(`${role} at ${where}: expected ${expected}, got ${actual}`);
      }
    }
    assert.equal(failures, []);
  });
}

test.run();
