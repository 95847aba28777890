/**
 * `<form-record>` embedded in another page of a service whose staff sign in through OIDC: no session
 * cookie, only the page's access token, handed to the element as its `getToken` property. The server
 * verifies real tokens signed here against a JWKS served on 127.0.0.1.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import type { Browser, Page } from 'playwright-core';
import type { FormRecord } from '../../engine/types.ts';
import { startServer, type TestServer } from '../server/support/server.ts';
import { Client } from '../server/support/client.ts';
import { completeRecord, createRecord } from '../server/support/records.ts';
import { launchChromium, openPage, type WatchedPage } from './support.ts';

const ISSUER = 'https://issuer.example.test/realm';
const AUDIENCE = 'per-api';

interface State { keys: { privateKey: CryptoKey }; jwks: Server; server: TestServer; browser: Browser; recordId: string; watched: WatchedPage[] }
const test = suite<State>('embedding <form-record> with an OIDC bearer token');

function token(s: State, subject = 'officer.jones', role = 'prison'): Promise<string> {
  return new SignJWT({ realm_access: { roles: [role] }, locations: ['WIN'] })
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setSubject(subject).setIssuer(ISSUER).setAudience(AUDIENCE)
    .setIssuedAt().setExpirationTime('10m')
    .sign(s.keys.privateKey);
}

/** The embedding page: on the API's origin, under the same strict CSP as the server's own pages. */
function embedPage(recordId: string, withElement: boolean): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Embedded record</title>
<link rel="stylesheet" href="/components/govuk-frontend.min.css">
<script type="module" src="/components/form-engine.js"></script></head>
<body class="govuk-template__body"><main class="govuk-main-wrapper" id="main">
${withElement ? `<form-record record-id="${recordId}" api="/api"></form-record>` : ''}
</main></body></html>`;
}

async function openEmbed(s: State, withElement: boolean, recordId = s.recordId): Promise<Page> {
  const watched = await openPage(s.browser);
  s.watched.push(watched);
  const { page } = watched;
  const csp = (await fetch(`${s.server.url}/api/forms`)).headers.get('content-security-policy');
  assert.ok(csp?.includes("default-src 'self'"), 'the server sends its strict CSP');
  await page.route(`${s.server.url}/embed-test.html`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', headers: { 'content-security-policy': csp! }, body: embedPage(recordId, withElement) }));
  await page.goto(`${s.server.url}/embed-test.html`);
  await page.waitForFunction(() => customElements.get('form-record') !== undefined);
  return page;
}

/** What the API holds now, read with a token as another officer at the same prison would. */
async function stored(s: State): Promise<FormRecord> {
  const res = await new Client(s.server.url, { authorization: `Bearer ${await token(s)}` }).get(`/api/records/${s.recordId}`);
  return res.body as FormRecord;
}

test.before(async (s) => {
  const keys = await generateKeyPair('RS256');
  s.keys = keys;
  const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  s.jwks = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => s.jwks.listen(0, '127.0.0.1', resolve));
  s.server = await startServer({
    production: true,
    oidc: { issuer: ISSUER, audience: AUDIENCE, jwksUrl: `http://127.0.0.1:${(s.jwks.address() as AddressInfo).port}/jwks.json`, rolesClaim: 'realm_access.roles', locationsClaim: 'locations' },
  });
  s.recordId = (await createRecord(new Client(s.server.url, { authorization: `Bearer ${await token(s)}` }))).id;
  s.browser = await launchChromium();
  s.watched = [];
});

test.after(async (s) => {
  await s.browser?.close();
  await s.server?.close();
  s.jwks?.closeAllConnections();
  await new Promise((resolve) => s.jwks?.close(resolve));
});

test.after.each((s) => {
  for (const { problems } of s.watched.splice(0)) assert.equal(problems, [], 'no script errors or CSP violations');
});

test('without a token the element says the user is signed out instead of breaking', async (s) => {
  const page = await openEmbed(s, true);
  const summary = page.locator('form-record .govuk-error-summary');
  await summary.waitFor();
  assert.match(await summary.innerText(), /signed out/i);
  assert.is(await page.locator('.govuk-task-list').count(), 0);
});

test('a token provider set after the element connected loads the record with it', async (s) => {
  const page = await openEmbed(s, true);
  await page.locator('form-record .govuk-error-summary').waitFor();
  const bearer = await token(s);
  await page.evaluate((t) => { (document.querySelector('form-record') as unknown as { getToken: () => string }).getToken = () => t; }, bearer);
  await page.locator('form-record .govuk-task-list__link:text-is("Risk")').waitFor();
  assert.is(await page.locator('form-record .govuk-error-summary').count(), 0, 'the signed-out message is gone');
  assert.is(await page.getAttribute('form-record', 'gettoken'), null, 'the token is not in the DOM');
});

test('set before the element is appended, the provider is asked for every request: a refreshed token saves the answer', async (s) => {
  const page = await openEmbed(s, false);
  await page.evaluate(async ({ recordId, first }) => {
    const tokenHolder = window as unknown as { accessToken: string };
    tokenHolder.accessToken = first;
    const element = document.createElement('form-record') as HTMLElement & { getToken: () => string };
    element.setAttribute('record-id', recordId);
    element.setAttribute('api', '/api');
    element.getToken = () => tokenHolder.accessToken;
    document.querySelector('main')!.append(element);
  }, { recordId: s.recordId, first: await token(s) });
  await page.click('form-record .govuk-task-list__link:text-is("Risk")');
  await page.waitForSelector('h1:text-is("Risk")');

  // The embedding page's OIDC client refreshed the token, now for the officer who takes over.
  await page.evaluate((t) => { (window as unknown as { accessToken: string }).accessToken = t; }, await token(s, 'officer.smith'));
  const violent = page.locator('fieldset', { has: page.locator('legend:text-is("Are they violent or dangerous?")') }).first();
  await violent.locator('label:text-is("No")').first().click();
  await page.click('button:has-text("Save as draft")');
  await page.waitForSelector('form-record .govuk-task-list');
  assert.match(await page.locator('.govuk-notification-banner').innerText(), /Risk saved/);

  assert.is((await stored(s)).answers.risk?.violent, 'no', 'the answer is stored');
  const trail = await s.server.store.auditTrail(s.recordId);
  const change = trail.find((entry) => entry.changes.some((c) => c.pointer === '/risk/violent'));
  assert.is(change?.user, 'officer.smith', 'saved with the refreshed token');
});

test('a bearer-token user prints a confirmed record: the new tab opens its print view through a single-use link', async (s) => {
  const prison = new Client(s.server.url, { authorization: `Bearer ${await token(s)}` });
  const healthcare = new Client(s.server.url, { authorization: `Bearer ${await token(s, 'nurse.patel', 'healthcare')}` });
  const record = await completeRecord(prison, healthcare);
  assert.is((await prison.post(`/api/records/${record.id}/confirm`)).status, 200);

  const page = await openEmbed(s, true, record.id);
  const bearer = await token(s);
  await page.evaluate((t) => { (document.querySelector('form-record') as unknown as { getToken: () => string }).getToken = () => t; }, bearer);
  const print = page.locator('form-record a:has-text("Print the record")');
  await print.waitFor();
  const [printed] = await Promise.all([page.context().waitForEvent('page'), print.click()]);
  await printed.waitForLoadState();
  assert.match(printed.url(), /\/print\/[A-Za-z0-9_-]{43}$/, 'opened through a print link');
  assert.is(await printed.locator('h1').innerText(), record.person.name);
  assert.match(await printed.locator('.print-header').innerText(), /Confirmed/);
  assert.is(await printed.locator('link[rel="stylesheet"]').evaluate((link) => (link as HTMLLinkElement).sheet !== null), true, 'the print stylesheet loaded');

  const again = await fetch(printed.url());
  assert.is(again.status, 404, 'the link worked once');
});

test.run();
