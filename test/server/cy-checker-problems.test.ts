/**
 * A broken draft's checker problems come back in the request's language (?lang=cy or Accept-Language: cy),
 * in English otherwise, at the same pointers and with the same codes: on submit (422), on the review an
 * approver reads, and from the editor's live check (POST /preview/check).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_FORMS, startServer, type TestServer } from './support/server.ts';
import type { Client } from './support/client.ts';

interface Problem { pointer: string; code: string; message: string }

let server: TestServer;
let policy: Client;
test.before(async () => {
  server = await startServer();
  policy = await server.login('policy');
});
test.after(async () => server.close());

/** The fixture form with three problems: an undeclared required name, a misspelt keyword, a question without a title. */
function broken() {
  const definition = JSON.parse(readFileSync(join(FIXTURE_FORMS, 'escort-check', '1.1.0.json'), 'utf8'));
  definition['x-form'] = { ...definition['x-form'], name: 'road-check', version: '1.0.0' };
  definition.properties.risk.required = [...(definition.properties.risk.required ?? []), 'nothere'];
  definition.titel = 'Road check';
  delete definition.properties.risk.properties.violent.title;
  return definition;
}

const EXPECTED = [
  { pointer: '/properties/risk/properties/violent', code: 'checker.questionKind.noTitle',
    en: 'question "violent" needs a "title": the question as staff see it',
    cy: 'cwestiwn "violent": mae angen "title" arno: y cwestiwn fel y mae staff yn ei weld' },
  { code: 'checker.requiredNames.undeclared',
    en: '"required" names "nothere", which is not a question in the "properties" beside it',
    cy: 'mae "required" yn enwi "nothere", nad yw’n gwestiwn yn y "properties" wrth ei ochr' },
  { pointer: '/titel', code: 'checker.unknownKeyword',
    en: 'unknown keyword "titel" (did you mean "title"?)',
    cy: 'allweddair anhysbys "titel" (ai "title" oedd dan sylw?)' },
];

function assertSaid(problems: Problem[], lang: 'en' | 'cy'): void {
  for (const expected of EXPECTED) {
    const found = problems.find((p) => p.code === expected.code && (!expected.pointer || p.pointer === expected.pointer));
    assert.ok(found, `${expected.code} among ${JSON.stringify(problems)}`);
    assert.is(found!.message, expected[lang]);
  }
}

/** English, ?lang=cy and Accept-Language: cy: the same pointers and codes, the messages in each language. */
async function inEachLanguage(method: string, path: string, body: unknown, problemsOf: (reply: any) => Problem[], status: number) {
  const en = await policy.request(method, path, body);
  const query = await policy.request(method, `${path}?lang=cy`, body);
  const header = await policy.request(method, path, body, { headers: { 'accept-language': 'cy-GB,cy;q=0.9,en;q=0.5' } });
  for (const reply of [en, query, header]) assert.is(reply.status, status, reply.text);
  const [english, byQuery, byHeader] = [en, query, header].map((r) => problemsOf(r.body));
  assertSaid(english, 'en');
  assertSaid(byQuery, 'cy');
  assertSaid(byHeader, 'cy');
  const places = (problems: Problem[]) => problems.map((p) => `${p.pointer} ${p.code}`);
  assert.equal(places(byQuery), places(english), 'the same problems, in the same order, at the same pointers');
  assert.equal(places(byHeader), places(english));
  // Every message is said: a Welsh message is never the English one where the words differ.
  const differ = byQuery.filter((p, i) => p.message !== english[i]!.message).length;
  assert.ok(differ >= EXPECTED.length, `${differ} of ${byQuery.length} messages are in Welsh`);
}

test('submitting a broken draft is refused (422) with its problems in the language asked for', async () => {
  const created = await policy.post('/api/drafts', { definition: broken() });
  assert.is(created.status, 201, created.text);
  await inEachLanguage('POST', `/api/drafts/${created.body.id}/submit`, {}, (body) => body.problems, 422);
  const refused = await policy.post(`/api/drafts/${created.body.id}/submit?lang=cy`, {});
  assert.is(refused.body.error, 'definitionProblems', 'the refusal\'s code does not change with the language');
  assert.is(refused.headers.get('content-language'), 'cy');
});

test('the review an approver reads lists the problems in the language asked for', async () => {
  const created = await policy.post('/api/drafts', { definition: broken() });
  assert.is(created.status, 201, created.text);
  await inEachLanguage('GET', `/api/drafts/${created.body.id}/review`, undefined, (body) => body.problems, 200);
});

test('the editor\'s live check says the problems in the language asked for', async () => {
  await inEachLanguage('POST', '/preview/check', broken(), (body) => body.problems, 200);
});

test('a definition that is not an object is one problem, said in Welsh too', async () => {
  const cy = await policy.request('POST', '/preview/check?lang=cy', []);
  assert.is(cy.status, 200, cy.text);
  assert.equal(cy.body.problems, [{ pointer: '', code: 'checker.notAnObject', message: 'rhaid i ddiffiniad ffurflen fod yn wrthrych JSON' }]);
});

test.run();
