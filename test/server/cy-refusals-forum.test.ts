// A forum member's reports and qualitative checks in their language: a report parameter refused naming
// it, a draw refused naming the field, a sample that does not exist, in Welsh and the same in English
// (?lang= itself is never taken for a report parameter); a drawn record read in Welsh shows the form's Welsh words
// (its view model is built in the caller's language), and scoring it names what is missing in Welsh.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startServer, type TestServer } from './support/server.ts';
import type { Client } from './support/client.ts';
import { completePerRecord } from './support/per-records.ts';

const FORMS = fileURLToPath(new URL('../../forms', import.meta.url));

let server: TestServer;
let prison: Client, healthcare: Client, forum: Client;

test.before(async () => {
  server = await startServer({ formsDir: FORMS });
  [prison, healthcare, forum] = await Promise.all(['prison', 'healthcare', 'forum'].map((u) => server.login(u)));
});
test.after(async () => server.close());

const draw = (path: string, body: Record<string, unknown>) =>
  forum.post(path, { form: 'per', location: 'WIN', from: '2026-12-01', to: '2026-12-31', size: 5, ...body });

test('a draw naming an unknown location or a form not checked is refused naming the field, in Welsh and in English', async () => {
  for (const [body, field, cy, en] of [
    [{ location: 'NOWHERE' }, '/location', 'Nid yw /location yn god lleoliad hysbys', '/location is not a known location code'],
    [{ from: '2026-12-31', to: '2026-12-01' }, '/from', 'Mae /from ar ôl /to (2026-12-01)', '/from is after /to (2026-12-01)'],
  ] as const) {
    const welsh = await draw('/api/quality-checks/samples?lang=cy', body);
    const english = await draw('/api/quality-checks/samples', body);
    assert.is(welsh.status, 400, welsh.text);
    assert.is(welsh.body.error, english.body.error);
    assert.is(welsh.body.message, cy);
    assert.is(english.body.message, en);
    assert.equal(welsh.body.fields, [{ field, message: cy }]);
    assert.equal(english.body.fields, [{ field, message: en }]);
  }
});

test('a report parameter is refused naming it in Welsh and in English; ?lang= is not a report parameter', async () => {
  const welsh = await forum.get('/api/reports/quality?form=per&location=NOWHERE&lang=cy');
  const english = await forum.get('/api/reports/quality?form=per&location=NOWHERE');
  assert.is(welsh.status, 400, welsh.text);
  assert.is(welsh.body.message, 'location: nid yw "NOWHERE" yn god lleoliad');
  assert.is(english.body.message, 'location "NOWHERE" is not a location code');
  assert.equal(welsh.body.fields.map((f: { field: string }) => f.field), ['location']);
  assert.is((await forum.get('/api/reports/quality?form=per&lang=cy')).status, 200);
});

test('a sample that does not exist is 404 in the caller\'s language', async () => {
  const welsh = await forum.get('/api/quality-checks/samples/no-such-sample?lang=cy');
  const english = await forum.get('/api/quality-checks/samples/no-such-sample');
  assert.is(welsh.status, 404);
  assert.is(welsh.body.message, 'Dim sampl o’r fath');
  assert.is(english.body.message, 'No such sample');
});

test('a drawn record read in Welsh has the form\'s Welsh title and section titles; in English, the English', async () => {
  await completePerRecord({ prison, healthcare }, 'WIN', 'WINCC', '2026-12-10', true);
  const sample = await draw('/api/quality-checks/samples', { size: 1 });
  assert.is(sample.status, 201, sample.text);
  const path = `/api/quality-checks/samples/${sample.body.id}/records/${sample.body.recordIds[0]}`;
  const welsh = await forum.get(`${path}?lang=cy`);
  const english = await forum.get(path);
  assert.is(welsh.status, 200, welsh.text);
  const translation = JSON.parse(readFileSync(`${FORMS}/per/${welsh.body.version}.cy.json`, 'utf8')) as { strings: Record<string, { cy: string }> };
  assert.is(welsh.body.viewModel.form.title, translation.strings['/title']!.cy);
  assert.is.not(english.body.viewModel.form.title, welsh.body.viewModel.form.title);
  const first = welsh.body.viewModel.sections[0];
  assert.is(first.title, translation.strings[`/properties/${first.key}/title`]!.cy);

  const unscoredCy = await forum.request('PUT', `${path}/score?lang=cy`, { answers: {} });
  const unscoredEn = await forum.request('PUT', `${path}/score`, { answers: {} });
  assert.is(unscoredCy.status, 422, unscoredCy.text);
  const pointers = (reply: typeof unscoredCy) => reply.body.fields.map((f: { field: string }) => f.field);
  assert.equal(pointers(unscoredCy), pointers(unscoredEn), 'the same answers named');
  const said = (reply: typeof unscoredCy) => reply.body.fields.map((f: { message: string }) => f.message) as string[];
  assert.ok(said(unscoredCy).every((message, i) => message !== said(unscoredEn)[i]), `the rubric's messages in Welsh: ${said(unscoredCy).join(' | ')}`);
});

test.run();
