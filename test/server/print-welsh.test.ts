/**
 * The print in the reader's language: the same record (answers are codes) prints in Welsh for a Welsh
 * reader and in English for an English one, dates and states included; a print link opens in the
 * language its requester chose.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startServer, type TestServer } from './support/server.ts';
import { completeRecord } from './support/records.ts';
import { formsDir } from '../forms/load.ts';

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

test("the definition's own wording prints from its Welsh translation; the same record prints English for an English reader", async () => {
  const real = await startServer({}, { FORMS_DIR: formsDir });
  try {
    const translated = real.forms.list().find((f) => real.forms.languages(f.name, f.versions.at(-1)!).includes('cy'));
    if (!translated) return; // a forms folder without Welsh has nothing to print in Welsh
    const prison = await real.login('prison');
    const move = { id: `M-cy-${Date.now()}`, type: real.forms.moveTypes[0]!.const, from: 'WIN', to: real.forms.locations.find((l) => l.code !== 'WIN')!.code, date: new Date().toISOString().slice(0, 10) };
    const created = await prison.post('/api/records', { form: translated.name, move, person: { id: 'W1111CY', name: 'Rhys Jones', dateOfBirth: '1985-03-01' } });
    assert.is(created.status, 201, created.text);
    const version: string = created.body.version;
    assert.ok(real.forms.languages(translated.name, version).includes('cy'), `${translated.name} ${version}, the version the rollout chose, has a Welsh translation`);
    const english = real.forms.get(translated.name, version)!.compiled.model;
    const welsh = real.forms.localised(translated.name, version, 'cy')!.compiled.model;
    const [enTitle, cyTitle] = [english.title, welsh.title];
    assert.is.not(cyTitle, enTitle, 'the translation gives the form its own Welsh title');
    const inWelsh = await prison.get(`/api/records/${created.body.id}/print?lang=cy`);
    const inEnglish = await prison.get(`/api/records/${created.body.id}/print?lang=en`);
    assert.match(inWelsh.text, `<title>${cyTitle}: Rhys Jones</title>`);
    assert.match(inEnglish.text, `<title>${enTitle}: Rhys Jones</title>`);
    const moveType = real.forms.moveTypesIn('cy')[0]!.title;
    assert.match(inWelsh.text, `<dt>Math o symudiad</dt><dd>${moveType}</dd>`);
  } finally {
    await real.close();
  }
});

test.run();
