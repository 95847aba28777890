/**
 * Choosing the language: ?lang= on a page sets the cookie and, for a signed-in user, their stored
 * choice, which follows them to another device; an unknown code changes nothing; every page carries
 * the GOV.UK switch and <html lang>; the API's refusals follow the same resolver with codes unchanged.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startServer, type TestServer } from './support/server.ts';
import { Client } from './support/client.ts';

let server: TestServer;
test.before(async () => { server = await startServer(); });
test.after(async () => { await server.close(); });

const htmlLang = (html: string) => /<html lang="([^"]+)"/.exec(html)?.[1];
const title = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];
const languageCookie = (client: Client) => /(?:^|; )per_lang=([^;]+)/.exec(client.cookie ?? '')?.[1];

test('?lang=cy on the sign-in page answers in Welsh and the cookie remembers it; ?lang=en goes back', async () => {
  const visitor = server.anonymous();
  const welsh = await visitor.get('/login?lang=cy');
  assert.is(htmlLang(welsh.text), 'cy');
  assert.is(title(welsh.text), 'Mewngofnodi – Cofnod hebrwng person – GOV.UK');
  assert.is(languageCookie(visitor), 'cy');
  const again = await visitor.get('/login');
  assert.is(htmlLang(again.text), 'cy', 'the cookie keeps the choice without ?lang=');
  const english = await visitor.get('/login?lang=en');
  assert.is(htmlLang(english.text), 'en');
  assert.is(title(english.text), 'Sign in – Person escort record – GOV.UK');
  assert.is(languageCookie(visitor), 'en');
});

test('an unknown language code is ignored: the page stays in the language chosen before', async () => {
  const visitor = server.anonymous();
  await visitor.get('/login?lang=cy');
  for (const code of ['xx', 'CY', '', 'cy-GB']) {
    const page = await visitor.get(`/login?lang=${encodeURIComponent(code)}`);
    assert.is(htmlLang(page.text), 'cy', code);
    assert.is(languageCookie(visitor), 'cy', code);
  }
  const fresh = await server.anonymous().get('/login?lang=xx');
  assert.is(htmlLang(fresh.text), 'en');
});

test('the switch offers the other language as a link in that language, the current one as plain text', async () => {
  const english = await server.anonymous().get('/login?next=%2Fmoves');
  assert.match(english.text, '<span aria-current="true">English</span>');
  assert.match(english.text, '<a class="govuk-link" href="/login?next=%2Fmoves&amp;lang=cy" lang="cy" hreflang="cy" rel="alternate"><span class="govuk-visually-hidden">Newid yr iaith i’r Gymraeg</span><span aria-hidden="true">Cymraeg</span></a>');
  assert.not.match(english.text, 'href="/login?next=%2Fmoves&amp;lang=en"');
  const welsh = await server.anonymous().get('/login?lang=cy');
  assert.match(welsh.text, '<span aria-current="true">Cymraeg</span>');
  assert.match(welsh.text, 'href="/login?lang=en" lang="en" hreflang="en" rel="alternate"><span class="govuk-visually-hidden">Change the language to English</span>');
});

test("a signed-in user's ?lang= is stored and follows them to another device, winning over that browser's cookie", async () => {
  await server.addUser('bilingual', ['prison'], ['WIN']);
  const desk = await server.login('bilingual');
  const moves = await desk.get('/moves?lang=cy');
  assert.is(htmlLang(moves.text), 'cy');
  assert.match(moves.text, '<h1 class="govuk-heading-l">Symudiadau</h1>');
  assert.is(await server.store.userLanguage('bilingual'), 'cy');

  const tablet = server.anonymous();
  await tablet.get('/login?lang=en');
  assert.is(languageCookie(tablet), 'en');
  const signedIn = await server.login('bilingual');
  signedIn.cookie = `${signedIn.cookie}; per_lang=en`;
  const there = await signedIn.get('/moves');
  assert.is(htmlLang(there.text), 'cy', 'the stored choice wins over the cookie');
  assert.is(title(there.text), 'Symudiadau – Cofnod hebrwng person – GOV.UK');
  assert.is(languageCookie(signedIn), 'cy', 'and the browser now remembers it too');

  await signedIn.get('/moves?lang=en');
  assert.is(await server.store.userLanguage('bilingual'), 'en');
  assert.is(htmlLang((await desk.get('/records')).text), 'en', 'the first device follows the newer choice');
});

test('an API refusal is worded in the resolved language; its code and status stay the same', async () => {
  await server.addUser('cymraeg', ['prison'], ['WIN']);
  const welshUser = await server.login('cymraeg');
  await welshUser.get('/moves?lang=cy');
  const englishUser = await server.login('prison');
  const inWelsh = await welshUser.get('/api/records/no-such-record');
  const inEnglish = await englishUser.get('/api/records/no-such-record');
  assert.is(inWelsh.status, 404);
  assert.is(inEnglish.status, 404);
  assert.equal(inWelsh.body, { error: 'notFound', message: 'Nid oes cofnod o’r fath' });
  assert.equal(inEnglish.body, { error: 'notFound', message: 'No such record' });
});

test("?lang= on the API answers that request only: it sets no cookie and stores no choice", async () => {
  const visitor = server.anonymous();
  const refused = await visitor.get('/api/records?person=P1&lang=cy');
  assert.is(refused.status, 401);
  assert.equal(refused.body, { error: 'unauthenticated', message: 'Mewngofnodwch i barhau' });
  assert.is(languageCookie(visitor), undefined);
  await server.addUser('caller', ['prison'], ['WIN']);
  const caller = await server.login('caller');
  const missing = await caller.get('/api/records/nothing?lang=cy');
  assert.is(missing.body.message, 'Nid oes cofnod o’r fath');
  assert.is(await server.store.userLanguage('caller'), null);
});

test('a wrong password on the Welsh sign-in page is refused in Welsh with the same code', async () => {
  const visitor = server.anonymous();
  await visitor.get('/login?lang=cy');
  const refused = await visitor.post('/api/session', { username: 'nobody-at-all', password: 'wrong' });
  assert.is(refused.status, 401);
  assert.is(refused.body.error, 'loginFailed');
  assert.is(refused.body.message, 'Mae’r enw defnyddiwr neu’r cyfrinair yn anghywir');
});

test('the OpenAPI description says messages (field messages too) follow ?lang= and codes and field names do not', async () => {
  const doc = (await server.anonymous().get('/api/openapi.json')).body;
  assert.match(doc.info.description, '?lang=cy');
  assert.match(doc.components.schemas.Error.properties.message.description, 'resolved language');
  assert.match(doc.components.schemas.Error.properties.message.description, 'Codes, reasons and field names never change');
  assert.match(doc.info.description, 'Accept-Language');
});

test.run();
