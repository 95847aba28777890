/**
 * Policy teams write and correct the Welsh of a published version and of a draft through the API: a
 * save at a stale revision is refused with nothing lost, a pointer that is not a string staff read is
 * refused naming the field (in the caller's language), each change is kept (who, when, old and new),
 * and the Welsh is served to staff on another server instance at once, without a restart or a new version.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startServer, type TestServer } from './support/server.ts';
import { createRecord, save } from './support/records.ts';
import type { Client } from './support/client.ts';

let a: TestServer;
let b: TestServer;
let policy: Client;
let policy2: Client;
let prisonOnB: Client;
test.before(async () => {
  a = await startServer();
  b = await startServer({}, {}, a);
  [policy, policy2] = await Promise.all(['policy', 'policy2'].map((u) => a.login(u)));
  prisonOnB = await b.login('prison');
});
test.after(async () => {
  await b.close();
  await a.close();
});

const TITLE = '/properties/risk/properties/violent/title';
const pathOf = (version: string) => `/api/forms/escort-check/versions/${version}/translations/cy`;

test('a version with no Welsh lists every string staff read as missing; a save is served to staff on another server at once, in the record and its print', async () => {
  const record = await createRecord(prisonOnB);
  const { version } = record;
  const before = await policy.get(pathOf(version));
  assert.is(before.status, 200, before.text);
  assert.equal([before.body.revision, before.body.source], [0, 'none']);
  const row = before.body.strings.find((s: any) => s.pointer === TITLE);
  const definitionPath = `/api/forms/escort-check/versions/${version}?lang=cy`;
  const cached = await prisonOnB.get(definitionPath);
  // As a browser revalidates its copy (fetch would otherwise add Cache-Control: no-cache, asking for a fresh one).
  const revalidate = (etag: string) => prisonOnB.request('GET', definitionPath, undefined, { headers: { 'if-none-match': etag, 'cache-control': 'max-age=0' } });
  assert.is((await revalidate(cached.headers.get('etag')!)).status, 304, 'a browser\'s copy of the Welsh definition is still good');
  assert.equal([row.en, row.state, row.kind, row.place], ['Are they violent or dangerous?', 'missing', 'questionTitle', ['violent', 'risk']]);
  assert.is(before.body.counts.missing, before.body.strings.length);

  const saved = await policy.put(pathOf(version), { revision: 0, strings: [{ pointer: TITLE, text: 'Ydyn nhw’n dreisgar neu’n beryglus?' }] });
  assert.is(saved.status, 200, saved.text);
  assert.is(saved.body.revision, 1);
  assert.is(saved.body.strings.find((s: any) => s.pointer === TITLE).state, 'translated');

  const view = await prisonOnB.get(`/api/records/${record.id}?lang=cy`);
  assert.is(view.status, 200, view.text);
  assert.ok(JSON.stringify(view.body.viewModel).includes('Ydyn nhw’n dreisgar neu’n beryglus?'), 'the record view on the other server is in Welsh');
  const definition = await revalidate(cached.headers.get('etag')!);
  assert.is(definition.status, 200, 'the copy taken before the Welsh was saved is out of date');
  assert.is(definition.body.properties.risk.properties.violent.title, 'Ydyn nhw’n dreisgar neu’n beryglus?');
  assert.is((await revalidate(definition.headers.get('etag')!)).status, 304);
  assert.is(definition.body.properties.risk.properties.violent.enum.join(), 'yes,no', 'codes do not change');
  assert.is((await save(prisonOnB, record.id, 'risk', { violent: 'no' }, record.revision)).status, 200);
  const print = await prisonOnB.get(`/api/records/${record.id}/print?lang=cy`);
  assert.ok(print.text.includes('Ydyn nhw’n dreisgar neu’n beryglus?'), 'the print in Welsh');
  const english = await prisonOnB.get(`/api/records/${record.id}?lang=en`);
  assert.not.ok(JSON.stringify(english.body.viewModel).includes('Ydyn nhw'), 'the same record reads in English');
});

test('a save at a stale revision is refused, naming who saved since, and loses nothing', async () => {
  const path = pathOf('1.1.0');
  assert.is((await policy.put(path, { revision: 0, strings: [{ pointer: TITLE, text: 'Treisgar?' }] })).status, 200);
  const stale = await policy2.put(path, { revision: 0, strings: [{ pointer: TITLE, text: 'Peryglus?' }] });
  assert.is(stale.status, 409, stale.text);
  assert.is(stale.body.revision, 1);
  assert.match(stale.body.message, /revision 1, by policy/);
  const read = await policy2.get(path);
  assert.is(read.body.strings.find((s: any) => s.pointer === TITLE).text, 'Treisgar?');
  const corrected = await policy2.put(path, { revision: 1, strings: [{ pointer: TITLE, text: 'Ydyn nhw’n dreisgar?' }] });
  assert.is(corrected.status, 200, corrected.text);
  assert.equal(corrected.body.history.map((e: any) => [e.revision, e.user, e.changes]), [
    [1, 'policy', [{ pointer: TITLE, new: 'Treisgar?' }]],
    [2, 'policy2', [{ pointer: TITLE, old: 'Treisgar?', new: 'Ydyn nhw’n dreisgar?' }]],
  ]);
  assert.ok(corrected.body.history.every((e: any) => !Number.isNaN(Date.parse(e.at))), 'each change says when');
});

test('a pointer that is not a string staff read is refused naming the field, in the caller\'s language; so is Welsh that would break the form; nothing is stored', async () => {
  const path = pathOf('1.0.0');
  const revision = (await policy.get(path)).body.revision;
  const cases: [unknown, string][] = [
    [[{ pointer: TITLE, text: 'Iawn' }, { pointer: '/properties/risk/properties/nothere/title', text: 'x' }], '/strings/1/pointer'],
    [[{ pointer: '/properties/risk/properties/violent/enum/0', text: 'ie' }], '/strings/0/pointer'],
    [[{ pointer: '$where', text: 'x' }], '/strings/0/pointer'],
    [[{ pointer: TITLE, text: 'a' }, { pointer: TITLE, text: 'b' }], '/strings/1/pointer'],
    [[{ pointer: TITLE }], '/strings/0/text'],
  ];
  for (const [strings, field] of cases) {
    const refused = await policy.put(path, { revision, strings });
    assert.is(refused.status, 400, refused.text);
    assert.ok(refused.body.fields.some((f: any) => f.field === field), `${field}: ${refused.text}`);
  }
  const welsh = await policy.request('PUT', `${path}?lang=cy`, { revision, strings: [{ pointer: '/properties/nothere/title', text: 'x' }] });
  assert.is(welsh.status, 400);
  assert.match(welsh.body.fields[0].message, /nid yw \/properties\/nothere\/title yn destun/);
  const label = '/properties/risk/properties/violent/x-flags/0/label';
  const tooLong = await policy.put(path, { revision, strings: [{ pointer: TITLE, text: 'Iawn' }, { pointer: label, text: 'Treisgar '.repeat(40) }] });
  assert.is(tooLong.status, 422, tooLong.text);
  assert.equal(tooLong.body.fields.map((f: any) => f.field), ['/strings/1/text']);
  assert.equal(tooLong.body.problems.map((p: any) => p.pointer), [label], 'the checker\'s problem at the label');
  assert.ok(tooLong.body.fields[0].message.includes(tooLong.body.problems[0].message), 'the field names the checker\'s problem');
  const tooLongInWelsh = await policy.request('PUT', `${path}?lang=cy`, { revision, strings: [{ pointer: TITLE, text: 'Iawn' }, { pointer: label, text: 'Treisgar '.repeat(40) }] });
  assert.is(tooLongInWelsh.status, 422);
  assert.not.equal(tooLongInWelsh.body.problems[0].message, tooLong.body.problems[0].message, 'the checker\'s problem in Welsh');
  assert.ok(tooLongInWelsh.body.fields[0].message.includes(tooLongInWelsh.body.problems[0].message), 'the field message embeds the problem in Welsh, not in English');
  const prototype = await policy.request('PUT', path, undefined, { raw: `{"revision":${revision},"strings":[],"__proto__":{"x":1}}` });
  assert.is(prototype.status, 400, prototype.text);
  assert.is((await policy.get(path)).body.revision, revision, 'nothing stored');
});

test('only policy teams read or write translations; an unknown language is refused naming it', async () => {
  const prison = await a.login('prison');
  assert.is((await prison.get(pathOf('1.0.0'))).status, 403);
  assert.is((await prison.put(pathOf('1.0.0'), { revision: 0, strings: [] })).status, 403);
  const french = await policy.get('/api/forms/escort-check/versions/1.0.0/translations/fr');
  assert.is(french.status, 400);
  assert.equal(french.body.fields.map((f: any) => f.field), ['language']);
  assert.is((await policy.get('/api/forms/escort-check/versions/9.9.9/translations/cy')).status, 404);
});

test('a draft starts from its version\'s Welsh; its Welsh turns stale when its English changes; publishing it carries its Welsh', async () => {
  const created = await policy.post('/api/drafts', { from: { form: 'escort-check', version: '1.1.0' } });
  const { id, version } = created.body;
  const inherited = await policy.get(`/api/drafts/${id}/translations/cy`);
  assert.equal([inherited.body.revision, inherited.body.source], [0, 'inherited']);
  assert.is(inherited.body.strings.find((s: any) => s.pointer === TITLE).text, 'Ydyn nhw’n dreisgar?');
  const saved = await policy.put(`/api/drafts/${id}/translations/cy`, { revision: 0, strings: [{ pointer: TITLE, text: 'Ydyn nhw’n dreisgar o hyd?' }] });
  assert.is(saved.status, 200, saved.text);

  const draft = (await policy.get(`/api/drafts/${id}`)).body;
  draft.definition.properties.risk.properties.violent.title = 'Are they violent?';
  assert.is((await policy.put(`/api/drafts/${id}`, { definition: draft.definition, revision: draft.revision })).status, 200);
  const stale = (await policy.get(`/api/drafts/${id}/translations/cy`)).body.strings.find((s: any) => s.pointer === TITLE);
  assert.equal([stale.state, stale.translatedFrom], ['stale', 'Are they violent or dangerous?']);
  const leftAsItWas = await policy.put(`/api/drafts/${id}/translations/cy`, { revision: 1, strings: [{ pointer: TITLE, text: 'Ydyn nhw’n dreisgar o hyd?', en: 'Are they violent or dangerous?' }] });
  assert.is(leftAsItWas.body.strings.find((s: any) => s.pointer === TITLE).state, 'stale', 'Welsh saved with the English it was translated from stays stale');
  const again = await policy.put(`/api/drafts/${id}/translations/cy`, { revision: 2, strings: [{ pointer: TITLE, text: 'Ydyn nhw’n dreisgar?' }] });
  assert.is(again.body.strings.find((s: any) => s.pointer === TITLE).state, 'translated');

  assert.is((await policy.post(`/api/drafts/${id}/submit`, {})).status, 200);
  const approved = await policy2.post(`/api/drafts/${id}/approve`, {});
  assert.is(approved.status, 200, approved.text);
  const published = await prisonOnB.get(`/api/forms/escort-check/versions/${version}?lang=cy`);
  assert.is(published.body.properties.risk.properties.violent.title, 'Ydyn nhw’n dreisgar?');
  const ofVersion = await policy.get(pathOf(version));
  assert.equal([ofVersion.body.revision, ofVersion.body.source], [0, 'inherited']);
  const afterPublishing = await policy.put(`/api/drafts/${id}/translations/cy`, { revision: 3, strings: [] });
  assert.equal([afterPublishing.status, afterPublishing.body.error], [409, 'published'], 'a published draft\'s Welsh is the version\'s now');
});

test.run();
