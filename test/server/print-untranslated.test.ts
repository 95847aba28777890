/**
 * A record whose form version has no Welsh translation, printed in Welsh: the print's own words are
 * Welsh, and the form's English section and question titles are marked lang="en" so a screen reader
 * reads them in English (WCAG 3.1.2). In English nothing is marked. (The fixture forms have no translation.)
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startServer, type TestServer } from './support/server.ts';
import { completeRecord } from './support/records.ts';

let server: TestServer;
test.before(async () => { server = await startServer(); });
test.after(async () => { await server.close(); });

test('the English titles of an untranslated version are marked lang="en" in a Welsh print, and not in an English one', async () => {
  const record = await completeRecord(await server.login('prison'), await server.login('healthcare'));
  assert.not.ok(server.forms.languages(record.form, record.version).includes('cy'), 'the fixture version has no Welsh translation');
  const model = server.forms.get(record.form, record.version)!.compiled.model;
  const [section] = model.sections;
  const prison = await server.login('prison');
  const welsh = await prison.get(`/api/records/${record.id}/print?lang=cy`);
  assert.match(welsh.text, '<html lang="cy">');
  assert.match(welsh.text, `<h2 id="section-${section!.key}"><span lang="en">${section!.title}</span></h2>`);
  assert.match(welsh.text, `<dt><span lang="en">${section!.questions[0]!.title}</span></dt>`);
  assert.match(welsh.text, '<dt>Dyddiad geni</dt>', 'the print\u2019s own words are Welsh and unmarked');
  assert.match(welsh.text, /<span class="value"><span lang="en">[^<]+<\/span><\/span>/, 'a choice answered prints its English title marked');

  const english = await prison.get(`/api/records/${record.id}/print?lang=en`);
  assert.match(english.text, `<h2 id="section-${section!.key}">${section!.title}</h2>`);
  assert.not.match(english.text, '<span lang="en"');
});

test.run();
