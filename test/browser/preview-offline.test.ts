/**
 * <form-preview> with no server-side check: a static page (the two bundles, the GOV.UK stylesheet and
 * definition files, under the app's strict CSP, from a plain static server on 127.0.0.1) lists a
 * broken definition's problems from the browser checker, and renders a sound one as a form.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { checkDefinition } from '../../engine/check/index.ts';
import { BROWSER_CHECKER_FILE } from '../../engine/check/validators.ts';
import { securityHeaders } from '../../server/http/security.ts';
import { buildBrowserChecker, buildComponents } from '../../web-components/build.ts';
import { example } from '../fixtures/check/broken-examples.ts';
import { axeViolations, launchChromium, openPage, root, screenshot, type WatchedPage } from './support.ts';

interface State {
  url: string;
  server: Server;
  browser: Browser;
  watched: WatchedPage;
  /** Paths the static server was asked for, in order. */
  requested: string[];
}
const test = suite<State>('form preview with no server');

const misspelt = structuredClone(example);
misspelt.properties.risk.titel = misspelt.properties.risk.title;
delete misspelt.properties.risk.title;

const page = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Preview</title>
<script type="module" src="components/form-engine.js"></script></head>
<body class="govuk-template__body"><main class="govuk-main-wrapper" id="main">${body}</main></body></html>`;

test.before(async (s) => {
  const [components, checker] = await Promise.all([buildComponents(), buildBrowserChecker()]);
  const app = express();
  s.requested = [];
  app.use((req, _res, next) => { s.requested.push(req.path); next(); });
  app.use(securityHeaders());
  app.get('/components/form-engine.js', (_req, res) => { res.type('text/javascript').send(components.code); });
  app.get(`/components/${BROWSER_CHECKER_FILE}`, (_req, res) => { res.type('text/javascript').send(checker.code); });
  app.use('/components/govuk-frontend.min.css', express.static(join(root, 'node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css')));
  app.use('/components/form-engine.css', express.static(join(root, 'web-components/form-engine.css')));
  app.get('/definitions/misspelt.json', (_req, res) => { res.json(misspelt); });
  app.get('/definitions/sound.json', (_req, res) => { res.json(example); });
  app.get('/misspelt.html', (_req, res) => { res.type('html').send(page('<form-preview src="definitions/misspelt.json"></form-preview>')); });
  app.get('/sound.html', (_req, res) => { res.type('html').send(page('<form-preview src="definitions/sound.json"></form-preview>')); });
  app.get('/empty.html', (_req, res) => { res.type('html').send(page('<form-preview></form-preview>')); });
  app.get('/no-preview.html', (_req, res) => { res.type('html').send(page('<p>No preview here.</p>')); });
  s.server = await new Promise((resolve) => { const server = app.listen(0, '127.0.0.1', () => resolve(server)); });
  s.url = `http://127.0.0.1:${(s.server.address() as AddressInfo).port}`;
  s.browser = await launchChromium();
});

test.before.each(async (s) => {
  s.watched = await openPage(s.browser);
  s.requested.length = 0;
});

test.after.each(async (s) => {
  assert.equal(s.watched.problems, [], 'no CSP violation or script error');
  await s.watched.context.close();
});

test.after(async (s) => {
  await s.browser?.close();
  s.server?.closeAllConnections();
  await new Promise((resolve) => s.server?.close(resolve));
});

test('a misspelt keyword is listed as a problem, with no form', async (s) => {
  const { page } = s.watched;
  await page.goto(`${s.url}/misspelt.html`);
  const problems = page.locator('.form-preview-problems');
  await problems.waitFor();
  const listed = await problems.locator('li').allInnerTexts();
  assert.ok(listed.includes('/properties/risk/titel: unknown keyword "titel" (did you mean "title"?)'), listed.join('\n'));
  assert.equal(listed, checkDefinition(misspelt).map((p) => `${p.pointer}: ${p.message}`), 'what form-engine validate says, in its order');
  assert.match(await problems.locator('h2').innerText(), new RegExp(`This definition has ${listed.length} problems`));
  assert.match(await problems.innerText(), /A few checks run only in form-engine validate\./);
  assert.is(await page.locator('form-preview input').count(), 0, 'no form is rendered');
  assert.ok(s.requested.includes(`/components/${BROWSER_CHECKER_FILE}`), 'the checker was loaded');
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'preview-offline-problems');
});

test('a sound definition renders as a form, checked for mandatory answers', async (s) => {
  const { page } = s.watched;
  await page.goto(`${s.url}/sound.html`);
  const preview = page.locator('form-preview');
  await preview.locator(`h2:text-is("${example.title}")`).waitFor();
  assert.equal(await preview.locator('section h3').allInnerTexts(), Object.values(example.properties).map((p: any) => p.title));
  const note = await preview.locator('.govuk-inset-text').first().innerText();
  assert.match(note, /Only missing mandatory answers are checked here/);
  assert.match(note, /A few checks run only in form-engine validate\./);
  await page.click('button:has-text("Check answers")');
  await preview.locator('.govuk-error-summary a').first().waitFor();
  assert.equal(await axeViolations(page), []);
});

test('the definition property is checked each time it is set: problems, then the form once fixed', async (s) => {
  const { page } = s.watched;
  await page.goto(`${s.url}/empty.html`);
  await page.waitForFunction(() => customElements.get('form-preview') !== undefined);
  const broken = structuredClone(example);
  broken.properties.health.properties.takesMedication['x-kind'] = 'yesno';
  broken['x-form'].name = 'Escort';
  // Set through the DevTools protocol, which the page's CSP does not govern, as a page script would.
  await page.evaluate((definition) => { (document.querySelector('form-preview') as unknown as { definition: unknown }).definition = definition; }, broken);
  const problems = page.locator('.form-preview-problems li');
  await problems.first().waitFor();
  const texts = await problems.allInnerTexts();
  assert.ok(texts.some((t) => t.startsWith('/x-form/name: "x-form.name" must start with a lower-case letter')), texts.join('\n'));
  assert.ok(texts.some((t) => t.startsWith('/properties/health/properties/takesMedication/x-kind: unknown question kind "yesno"')), texts.join('\n'));
  await page.evaluate((definition) => { (document.querySelector('form-preview') as unknown as { definition: unknown }).definition = definition; }, example);
  await page.locator(`form-preview h2:text-is("${example.title}")`).waitFor();
  assert.is(await page.locator('.form-preview-problems').count(), 0, 'the problems are gone');
});

test('a page without a preview does not download the checker', async (s) => {
  const { page } = s.watched;
  await page.goto(`${s.url}/no-preview.html`);
  await page.waitForFunction(() => customElements.get('form-preview') !== undefined);
  assert.ok(s.requested.includes('/components/form-engine.js'));
  assert.not.ok(s.requested.includes(`/components/${BROWSER_CHECKER_FILE}`));
});

test.run();
