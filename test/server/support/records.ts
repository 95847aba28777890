/** Building blocks of test records for the fixture form (escort-check): moves, people and answers. */
import { randomUUID } from 'node:crypto';
import * as assert from 'uvu/assert';
import type { Client } from './client.ts';

export const FORM = 'escort-check';

export function newMove(from = 'WIN', to = 'WINCC', date = '2026-12-15') {
  return { id: `M${randomUUID().slice(0, 8)}`, type: 'court', from, to, date };
}

export function newPerson(id = `P${randomUUID().slice(0, 8)}`) {
  return { id, name: 'Alex Example', dateOfBirth: '1990-04-01' };
}

export const completeRisk = { violent: 'yes', violentDetails: 'Assaulted an officer', weaponUsed: 'no', observation: 'standard', riskTo: ['staff'], riskToStaffDetails: 'Threatened staff' };
export const completeHealth = { takesMedication: 'yes', medication: [{ name: 'Sertraline', neededWhileMoving: 'no' }] };

export async function createRecord(client: Client, move = newMove(), person = newPerson()) {
  const res = await client.post('/api/records', { form: FORM, move, person });
  if (res.status !== 201) throw new Error(`create answered ${res.status}: ${res.text}`);
  return res.body;
}

export async function save(client: Client, id: string, section: string, answers: Record<string, unknown>, revision: number) {
  return client.patch(`/api/records/${id}/sections/${section}`, { answers, revision });
}

/** A record with every mandatory answer given by the right roles, ready to confirm. */
export async function completeRecord(prison: Client, healthcare: Client, move = newMove(), person = newPerson()) {
  const record = await createRecord(prison, move, person);
  let res = await save(prison, record.id, 'risk', completeRisk, record.revision);
  if (res.status !== 200) throw new Error(`risk save answered ${res.status}: ${res.text}`);
  res = await save(healthcare, record.id, 'health', completeHealth, res.body.record.revision);
  if (res.status !== 200) throw new Error(`health save answered ${res.status}: ${res.text}`);
  return res.body.record;
}

/** The officers of a handover, as the escort gives them. */
export const HANDOVER_OFFICERS = {
  dispatchingOfficer: { name: 'A Officer', identifier: 'P123' },
  receivingOfficer: { name: 'B Officer', identifier: 'C456' },
  receivingOrganisation: 'Winchester Crown Court',
};

/** A complete record confirmed by prison staff, as the API returns it. */
export async function confirmedRecord(prison: Client, healthcare: Client) {
  const record = await completeRecord(prison, healthcare);
  const confirmed = await prison.post(`/api/records/${record.id}/confirm`);
  assert.is(confirmed.status, 200);
  return confirmed.body;
}
