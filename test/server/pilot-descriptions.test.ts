/**
 * A pilot's description in each language: policy proposes a rule with its Welsh description, a second
 * policy user approves it, and the forum reads the pilot in the language it asked for, on the API and
 * the pages. A description in a language the forms are not translated into is refused, naming the field.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startServer, type TestServer } from './support/server.ts';
import type { Client } from './support/client.ts';

let server: TestServer;
let policy: Client, policy2: Client, forum: Client;
const ENGLISH = 'Winchester pilot of the escort check';
const WELSH = 'Peilot Caerwynt o’r gwiriad hebrwng';

test.before(async () => {
  server = await startServer();
  [policy, policy2, forum] = await Promise.all(['policy', 'policy2', 'forum'].map((u) => server.login(u)));
  const rule = { version: '1.1.0', description: ENGLISH, descriptions: { cy: WELSH }, when: { locations: ['WIN'], from: '2026-12-01' } };
  const proposed = await policy.post('/api/rollout-proposals', { form: 'escort-check', rule });
  assert.is(proposed.status, 201, proposed.text);
  const approved = await policy2.post(`/api/rollout-proposals/${proposed.body.id}/approve`, {});
  assert.is(approved.status, 200, approved.text);
});
test.after(async () => { await server.close(); });

test('a description in a language the forms are not translated into is refused, naming the field', async () => {
  const refused = await policy.post('/api/rollout-proposals', { form: 'escort-check', rule: { version: '1.1.0', descriptions: { fr: 'Pilote' }, when: { locations: ['WIN'] } } });
  assert.is(refused.status, 400);
  assert.match(refused.body.message, /descriptions/);
  assert.match(refused.body.message, /fr/);
  assert.is((await policy.get('/api/rollout')).body.rollout.forms['escort-check'].rules.length, 2, 'nothing stored');
});

test('the forum reads the pilot in Welsh when it asks for Welsh, and in English otherwise', async () => {
  const pilotsIn = async (query: string, headers: Record<string, string> = {}) => {
    const res = await forum.request('GET', `/api/reports/pilots${query}`, undefined, { headers });
    assert.is(res.status, 200, res.text);
    return res.body.pilots.map((p: { description?: string }) => p.description);
  };
  assert.ok((await pilotsIn('', { 'accept-language': 'cy' })).includes(WELSH), 'Accept-Language, before any choice is remembered');
  assert.ok((await pilotsIn('?lang=cy')).includes(WELSH));
  const english = await pilotsIn('?lang=en');
  assert.ok(english.includes(ENGLISH));
  assert.not.ok(english.includes(WELSH));
  const comparison = await forum.get('/api/reports/pilots/escort-check/0?lang=cy');
  assert.is(comparison.status, 200, comparison.text);
  assert.is(comparison.body.description, WELSH);
});

test('the comparison API gives its words in the reader\'s language: titles, groups, counts, measures, verdicts and notes', async () => {
  const [english, welsh] = await Promise.all(['en', 'cy'].map(async (lang) => (await forum.get(`/api/reports/pilots/escort-check/0?lang=${lang}`)).body));
  const [rest] = welsh.comparisons;
  assert.match(rest.title, /^Y cynllun peilot/);
  assert.is(rest.measures[0].first.denominator, rest.first.started, 'a suppressed side is said to be small in Welsh');
  assert.match(rest.first.label, /^Cynllun peilot: fersiwn 1\.1\.0/);
  assert.match(rest.first.started, /^llai na \d+$/);
  assert.ok(rest.measures.every((m: { verdictText: string }) => /^Heb ei gymharu: llai na \d+ cofnod/.test(m.verdictText)), 'no records, so nothing is compared');
  const englishRest = english.comparisons[0];
  assert.is(englishRest.title, 'Pilot against the default version elsewhere');
  assert.match(englishRest.measures[0].verdictText, /^Not compared: fewer than \d+ records on one side$/);
  assert.equal(rest.measures.map((m: { id: string }) => m.id), englishRest.measures.map((m: { id: string }) => m.id), 'the same measures, by the same ids');
  assert.not.equal(rest.measures.map((m: { label: string }) => m.label), englishRest.measures.map((m: { label: string }) => m.label));
  assert.equal([welsh.comparisons.length, english.comparisons.length], [2, 2], 'the rule has a first day, so "before" is compared too');
});

test('the pilots page in Welsh names the pilot in Welsh and says a small count in Welsh', async () => {
  const page = await forum.get('/reports/pilots?lang=cy');
  assert.is(page.status, 200);
  assert.match(page.text, WELSH);
  assert.not.match(page.text, ENGLISH);
  assert.match(page.text, /llai na \d+/, 'the pilot has no records, so its count is suppressed in Welsh');
  assert.not.match(page.text, /fewer than/);
  const comparison = await forum.get('/reports/pilots/escort-check/0?lang=cy');
  assert.is(comparison.status, 200);
  assert.match(comparison.text, new RegExp(`<title>[^<]*${WELSH}`));
  assert.match(comparison.text, new RegExp(`<h1[^>]*>[^]*${WELSH}[^]*</h1>`));
  assert.match((await forum.get('/reports/pilots?lang=en')).text, ENGLISH);
});

test.run();
