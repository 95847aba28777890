/**
 * Who confirmed a record is named by their display name (the demo account's, `form-engine accounts name`,
 * or the OIDC `name` claim), kept on the record when it is confirmed: renaming the account later leaves
 * a confirmed record, its audit trail and its print as they were, while the next confirmation uses the
 * new name.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startServer, type TestServer } from './support/server.ts';
import { completeRecord } from './support/records.ts';
import { formEngine, storeEnv } from './support/store-cli.ts';
import type { Client } from './support/client.ts';

let server: TestServer;
let prison: Client;
let healthcare: Client;

test.before(async () => {
  server = await startServer();
  prison = await server.login('prison');
  healthcare = await server.login('healthcare');
});
test.after(async () => { await server.close(); });

const operator = (args: string[]) => formEngine(args, storeEnv(server));

async function confirmedBy(client: Client) {
  const record = await completeRecord(client, healthcare);
  const res = await client.post(`/api/records/${record.id}/confirm`, {});
  assert.is(res.status, 200, res.text);
  return res.body.record ?? res.body;
}

test('the session names the signed-in user by their display name', async () => {
  assert.is((await prison.get('/api/session')).body.name, 'Priya Patel');
});

test('a confirmed record keeps the confirmer\'s name as it was; renaming the account changes only later confirmations', async () => {
  const first = await confirmedBy(prison);
  assert.equal([first.confirmed.by, first.confirmed.name], ['prison', 'Priya Patel']);
  const audited = async () => {
    const res = await (await server.login('auditor')).get(`/api/records/${first.id}/audit`);
    assert.is(res.status, 200, res.text);
    return JSON.stringify(res.body);
  };
  assert.match(await audited(), 'Priya Patel', 'the audit trail holds the name the record was confirmed with');

  const run = await operator(['accounts', 'name', 'prison', 'Priya', 'Shah']);
  assert.is(run.code, 0, run.err);
  assert.match(run.out, /^prison is now shown as "Priya Shah" \(was "Priya Patel"\)/);
  const renamed = await server.login('prison');
  assert.is((await renamed.get('/api/session')).body.name, 'Priya Shah');

  const kept = (await renamed.get(`/api/records/${first.id}`)).body;
  assert.is(kept.confirmed.name, 'Priya Patel', 'the legal record does not change');
  const print = await renamed.get(`/api/records/${first.id}/print`);
  assert.match(print.text, /by Priya Patel/);
  assert.not.match(print.text, /Priya Shah/);
  assert.not.match(await audited(), 'Priya Shah', 'nor does its audit trail');
  const second = await confirmedBy(renamed);
  assert.is(second.confirmed.name, 'Priya Shah');
});

test('accounts name refuses an unknown account and a name with control characters, changing nothing', async () => {
  assert.match((await operator(['accounts', 'name', 'nobody', 'Ann Lee'])).err, /no account named "nobody"/);
  const bad = await operator(['accounts', 'name', 'healthcare', 'Alex\u202eBrooks']);
  assert.is(bad.code, 1);
  assert.match(bad.err, /without control or bidirectional-override characters/);
  assert.is((await server.store.getUser('healthcare'))!.name, 'Alex Brooks');
});

test.run();
