// Refusals to policy teams, forums and anyone outside their privilege, in Welsh and the same in English:
// drafts (four eyes, not submitted, no such draft), pilot proposals, the privileges of forms/roles.json
// named by their holders' titles, and a request from another site. Codes never change with the language.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startServer, type TestServer } from './support/server.ts';
import type { Client } from './support/client.ts';

let server: TestServer;
let policy: Client, policy2: Client, prison: Client, forum: Client;

test.before(async () => {
  server = await startServer();
  [policy, policy2, prison, forum] = await Promise.all(['policy', 'policy2', 'prison', 'forum'].map((u) => server.login(u)));
});
test.after(async () => server.close());

async function inBoth(client: Client, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const cy = await client.request(method, `${path}${path.includes('?') ? '&' : '?'}lang=cy`, body, { headers });
  const en = await client.request(method, path, body, { headers });
  assert.is(cy.status, en.status, 'the same status');
  assert.is(cy.body.error, en.body.error, 'the same code');
  assert.is(cy.headers.get('content-language'), 'cy');
  return { cy: cy.body.message as string, en: en.body.message as string, status: en.status, error: en.body.error as string };
}

test('a draft: no such draft, approving one not submitted, and approving one\'s own, each in Welsh and English', async () => {
  const missing = await inBoth(policy, 'GET', '/api/drafts/no-such-draft');
  assert.is(missing.status, 404);
  assert.is(missing.cy, 'Dim drafft o’r fath');
  assert.is(missing.en, 'No such draft');

  const created = await policy.post('/api/drafts', { from: { form: 'escort-check', version: '1.1.0' } });
  assert.is(created.status, 201, created.text);
  const early = await inBoth(policy2, 'POST', `/api/drafts/${created.body.id}/approve`, {});
  assert.is(early.status, 409);
  assert.is(early.cy, 'Dim ond drafft a gyflwynwyd y gellir ei gymeradwyo; mae’r un hwn yn draft');
  assert.is(early.en, 'Only a submitted draft can be approved; this one is draft');

  assert.is((await policy.post(`/api/drafts/${created.body.id}/submit`, {})).status, 200);
  const own = await inBoth(policy, 'POST', `/api/drafts/${created.body.id}/approve`, {});
  assert.is(own.status, 403);
  assert.is(own.cy, 'Chi a gyflwynodd y drafft hwn: rhaid i ddefnyddiwr polisi arall ei gymeradwyo neu ei wrthod');
  assert.is(own.en, 'You submitted this draft: another policy user must approve or reject it');
});

test('a pilot proposal that does not exist, and a proposal approved by whoever proposed it', async () => {
  const missing = await inBoth(policy, 'POST', '/api/rollout-proposals/no-such-proposal/approve', {});
  assert.is(missing.status, 404);
  assert.is(missing.cy, 'Dim cynnig peilot o’r fath');
  assert.is(missing.en, 'No such pilot proposal');
  const proposed = await policy.post('/api/rollout-proposals', { form: 'escort-check', rule: { version: '1.1.0', when: { locations: ['WIN'] } } });
  assert.is(proposed.status, 201, proposed.text);
  const own = await inBoth(policy, 'POST', `/api/rollout-proposals/${proposed.body.id}/approve`, {});
  assert.is(own.cy, 'Chi a gyflwynodd y cynnig peilot hwn: rhaid i ddefnyddiwr polisi arall ei gymeradwyo neu ei wrthod');
  assert.is(own.en, 'You submitted this pilot proposal: another policy user must approve or reject it');
});

test('privileges name their holders by title in the caller\'s language: definitions, records, reports, the activity log, version changes', async () => {
  const author = await inBoth(prison, 'GET', '/api/drafts');
  assert.is(author.status, 403);
  assert.is(author.cy, 'Dim ond timau polisi sy’n ysgrifennu, cymeradwyo a chyhoeddi diffiniadau ffurflenni a chynlluniau peilot');
  assert.is(author.en, 'Only policy teams write, approve and publish form definitions and pilots');

  const records = await inBoth(policy, 'GET', '/api/moves');
  assert.is(records.status, 403);
  assert.is(records.cy, 'Dim ond staff carchardai, staff yr heddlu, staff gofal iechyd, staff hebrwng ac archwilwyr sy’n gweithio ar gofnodion');
  assert.is(records.en, 'Only prison staff, police staff, healthcare staff, escort staff and auditors work on records');

  const reports = await inBoth(prison, 'GET', '/api/reports/quality?form=escort-check');
  assert.is(reports.status, 403);
  assert.is(reports.cy, 'Dim ond fforymau rhanbarthol all ddarllen adroddiadau');
  assert.is(reports.en, 'Only regional forums may read reports');

  const activity = await inBoth(forum, 'GET', '/api/activity');
  assert.is(activity.cy, 'Dim ond archwilwyr all ddarllen y cofnod gweithgarwch');
  assert.is(activity.en, 'Only auditors may read the activity log');

  const diff = await inBoth(prison, 'GET', '/api/forms/escort-check/diff');
  assert.is(diff.status, 403);
  assert.is(diff.cy, 'Dim ond timau polisi a fforymau rhanbarthol all weld y newidiadau rhwng fersiynau ffurflenni a’u heffaith');
  assert.is(diff.en, 'Only policy teams and regional forums can see the changes between form versions and their impact');
});

test('a change sent from another site is refused in the language of the request, with the same code', async () => {
  const refused = await inBoth(prison, 'POST', '/api/records', {}, { 'sec-fetch-site': 'cross-site' });
  assert.is(refused.status, 403);
  assert.is(refused.error, 'crossSite');
  assert.is(refused.cy, 'Rhaid i geisiadau sy’n newid rhywbeth ddod o dudalennau’r gweinydd hwn ei hun (Sec-Fetch-Site is cross-site)');
  assert.is(refused.en, 'Requests that change something must come from this server’s own pages (Sec-Fetch-Site is cross-site)');
});

test.run();
