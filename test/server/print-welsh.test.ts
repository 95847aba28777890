/**
 * The print in the reader's language: the same record (answers are codes) prints in Welsh for a Welsh
 * reader and in English for an English one, dates and states included; a print link opens in the
 * language its requester chose.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startServer, type TestServer } from './support/server.ts';
import { completeRecord } from './support/records.ts';

let server: TestServer;
test.before(async () => { server = await startServer(); });
test.after(async () => { await server.close(); });

test('one record prints in Welsh with ?lang=cy and in English with ?lang=en', async () => {
  const record = await completeRecord(await server.login('prison'), await server.login('healthcare'));
  const prison = await server.login('prison');
  const welsh = await prison.get(`/api/records/${record.id}/print?lang=cy`);
  assert.is(welsh.status, 200);
  assert.match(welsh.text, '<html lang="cy">');
  for (const words of ['<dt>Dyddiad geni</dt><dd>1 Ebrill 1990</dd>', '<dt>Math o symudiad</dt>', ' ar 15 Rhagfyr 2026</dd>', 'Yn barod i’w gadarnhau']) assert.match(welsh.text, words);
  for (const english of ['Date of birth', 'April', 'December', 'Ready to confirm']) assert.not.match(welsh.text, english);

  const english = await prison.get(`/api/records/${record.id}/print?lang=en`);
  assert.match(english.text, '<html lang="en">');
  for (const words of ['<dt>Date of birth</dt><dd>1 April 1990</dd>', '<dt>Type of move</dt>', ' on 15 December 2026</dd>', 'Ready to confirm']) assert.match(english.text, words);
});

test("a reader's stored Welsh prints in Welsh without ?lang=, and their print link opens in Welsh", async () => {
  const record = await completeRecord(await server.login('prison'), await server.login('healthcare'));
  await server.addUser('argraffydd', ['prison'], ['WIN']);
  const reader = await server.login('argraffydd');
  await reader.get('/moves?lang=cy');
  const printed = await reader.get(`/api/records/${record.id}/print`);
  assert.match(printed.text, '<dt>Dyddiad geni</dt>');

  const link = await reader.post(`/api/records/${record.id}/print-links`, {});
  assert.is(link.status, 201);
  const opened = await server.anonymous().get(link.body.url);
  assert.is(opened.status, 200);
  assert.match(opened.text, '<html lang="cy">');
  assert.match(opened.text, '<dt>Dyddiad geni</dt>');
  const used = await server.anonymous().get(`${link.body.url}?lang=cy`);
  assert.is(used.status, 404);
  assert.match(used.text, 'Heb ddod o hyd i’r ddolen argraffu');
});

test.run();
