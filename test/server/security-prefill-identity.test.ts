/**
 * Prefill travels with the person, not with whoever can type a person id. A prison user in another
 * region once created a record for a person id confirmed at Winchester, with any name and date of
 * birth, and the 201 carried Winchester's risk answers. Now answers are carried only when name and date
 * of birth match (case, spacing and accents aside) and the deployment's custody check agrees; otherwise
 * the record starts empty and the answer says why. Every prefill across locations is listed for auditors.
 */
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startServer, type TestServer } from './support/server.ts';
import type { Client } from './support/client.ts';
import { completeRecord, FORM, newMove, newPerson } from './support/records.ts';
import { loadCustodyCheck, type CustodyQuestion } from '../../server/records/custody-check.ts';

let server: TestServer;
const asked: CustodyQuestion[] = [];
let custodyAnswer: boolean | 'throw' | 'hang' = true;

test.before(async () => {
  server = await startServer({
    custodyCheck: (question) => {
      asked.push(question);
      if (custodyAnswer === 'throw') throw new Error('custody service unreachable');
      if (custodyAnswer === 'hang') return new Promise<boolean>(() => undefined);
      return custodyAnswer;
    },
    custodyCheckTimeoutMs: 200,
  });
});
test.after(async () => { await server.close(); });

/** A person with a confirmed record at Winchester, holding risk answers that prefill. */
async function confirmedAtWinchester(person = newPerson()) {
  const prison = await server.login('prison');
  const record = await completeRecord(prison, await server.login('healthcare'), newMove(), person);
  assert.is((await prison.post(`/api/records/${record.id}/confirm`)).status, 200);
  return { person, record };
}

async function elsewhere(): Promise<{ client: Client; location: string }> {
  const location = (await server.store.getUser('prison2'))!.locations[0]!;
  return { client: await server.login('prison2'), location };
}

async function createAt(client: Client, location: string, person: ReturnType<typeof newPerson>) {
  const res = await client.post('/api/records', { form: FORM, move: newMove(location, 'WINCC'), person });
  assert.is(res.status, 201, res.text);
  return res.body;
}

test('another region with the person id but another name or date of birth gets an empty record and is told why', async () => {
  const { person } = await confirmedAtWinchester();
  const { client, location } = await elsewhere();
  for (const impostor of [{ ...person, name: 'Someone Else' }, { ...person, dateOfBirth: '1991-04-01' }]) {
    const created = await createAt(client, location, impostor);
    assert.equal(created.answers, {}, 'no answer from Winchester');
    assert.equal(created.prefill, {});
    assert.is(created.prefillWithheld.reason, 'personMismatch');
    assert.match(created.prefillWithheld.message, /name or date of birth/);
    assert.not.ok(JSON.stringify(created).includes('Assaulted an officer'));
    const trail = await (await server.login('auditor')).get(`/api/records/${created.id}/audit`);
    const withheld = trail.body[0].changes.find((c: { pointer: string }) => c.pointer === '/prefillWithheld');
    assert.is(withheld?.new.reason, 'personMismatch', 'the refused prefill is in the creation audit');
  }
});

test('the same person written with other case, spacing and accents is prefilled', async () => {
  const { person, record } = await confirmedAtWinchester({ ...newPerson(), name: 'Zoë O\'Brien' });
  const { client, location } = await elsewhere();
  const created = await createAt(client, location, { ...person, name: '  ZOE   o\'brien ' });
  assert.is(created.prefillWithheld, undefined);
  assert.is(created.answers.risk.violentDetails, 'Assaulted an officer');
  assert.is(created.prefill['/risk/violent'].sourceRecordId, record.id);
});

test('a prefill across locations asks the custody check, and is listed for auditors at either end', async () => {
  const { person, record } = await confirmedAtWinchester();
  const { client, location } = await elsewhere();
  asked.length = 0;
  const created = await createAt(client, location, person);
  assert.is(asked.length, 1, 'the custody check was asked');
  assert.is(asked[0]!.user.username, 'prison2');
  assert.equal(asked[0]!.move.from, location);
  assert.equal(asked[0]!.sources.map((s) => s.recordId), [record.id]);
  const auditor = await server.login('auditor');
  const list = await auditor.get('/api/prefill-crossings');
  assert.is(list.status, 200, list.text);
  const entry = list.body.find((c: { recordId: string }) => c.recordId === created.id);
  assert.ok(entry, 'listed');
  assert.is(entry.user, 'prison2');
  assert.equal(entry.move, { from: location, to: 'WINCC' });
  assert.is(entry.source.recordId, record.id);
  assert.equal([entry.source.from, entry.source.to], [record.move.from, record.move.to]);
  assert.equal(entry.answers.sort(), Object.keys(created.prefill).sort());
  assert.is((await client.get('/api/prefill-crossings')).status, 403, 'auditors only');
  const later = await auditor.get(`/api/prefill-crossings?since=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`);
  assert.equal(later.body, [], 'since filters');
  assert.is((await auditor.get('/api/prefill-crossings?limit=0')).status, 400);
});

test('a prefill where the creator works is neither checked nor listed', async () => {
  const { person } = await confirmedAtWinchester();
  asked.length = 0;
  const created = await createAt(await server.login('prison'), 'WIN', person);
  assert.ok(Object.keys(created.prefill).length > 0);
  assert.is(asked.length, 0);
  const list = await (await server.login('auditor')).get('/api/prefill-crossings?limit=500');
  assert.not.ok(list.body.some((c: { recordId: string }) => c.recordId === created.id));
});

test('a custody check that says no, fails or does not answer in time leaves the record empty and says why', async () => {
  const { client, location } = await elsewhere();
  for (const [answer, reason] of [[false, 'custodyCheck'], ['throw', 'custodyCheckFailed'], ['hang', 'custodyCheckFailed']] as const) {
    const { person } = await confirmedAtWinchester();
    custodyAnswer = answer;
    try {
      const created = await createAt(client, location, person);
      assert.equal(created.answers, {});
      assert.is(created.prefillWithheld.reason, reason);
      const list = await (await server.login('auditor')).get('/api/prefill-crossings?limit=500');
      assert.not.ok(list.body.some((c: { recordId: string }) => c.recordId === created.id), 'nothing crossed');
    } finally {
      custodyAnswer = true;
    }
  }
});

test('CUSTODY_CHECK_MODULE loads a deployment\'s check; without one every prefill is allowed', async () => {
  const allow = await loadCustodyCheck(undefined);
  const question = { person: newPerson(), move: newMove(), sources: [] };
  assert.is(await allow({ ...question, user: { username: 'u', roles: ['prison'], locations: ['LEE'] } }), true);
  const check = await loadCustodyCheck(fileURLToPath(new URL('../fixtures/server/custody-check-deny-leeds.ts', import.meta.url)));
  assert.is(await check({ ...question, user: { username: 'u', roles: ['prison'], locations: ['LEE'] } }), false);
  assert.is(await check({ ...question, user: { username: 'u', roles: ['prison'], locations: ['WIN'] } }), true);
  try {
    await loadCustodyCheck(fileURLToPath(new URL('./support/records.ts', import.meta.url)));
    assert.unreachable('a module without a default function was accepted');
  } catch (error) {
    assert.match(String(error), /must export a function as its default export/);
  }
});

test.run();
