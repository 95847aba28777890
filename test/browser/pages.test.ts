/**
 * The server's own pages: sign-in, the redirect to it, the strict CSP on every page, the bundle and
 * the precompiled validators, and that one script tag is enough to style the components.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser } from 'playwright-core';
import { axeViolations, launchChromium, openPage, screenshot, startServer, type Running, type WatchedPage } from './support.ts';

interface State {
  server: Running;
  browser: Browser;
  visitor: WatchedPage;
}
const test = suite<State>('server pages');

test.before(async (s) => {
  s.server = await startServer();
  s.browser = await launchChromium();
  s.visitor = await openPage(s.browser);
});

test.after(async (s) => {
  await s.browser?.close();
  await s.server?.close();
});

test('pages are served under a CSP that allows no inline script or style', async (s) => {
  for (const path of ['/login', '/components/form-engine.js']) {
    const response = await fetch(s.server.url + path);
    assert.is(response.status, 200, path);
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'(;|$)/, `${path}: script-src 'self' only`);
    assert.match(csp, /style-src 'self'(;|$)/, `${path}: style-src 'self' only`);
  }
  const bundle = await fetch(`${s.server.url}/components/form-engine.js`);
  assert.match(bundle.headers.get('content-type') ?? '', /javascript/);
  const code = await bundle.text();
  assert.not.match(code, /new Function|\beval\(/, 'the bundle generates no code');
});

test('each form version has a precompiled validator module', async (s) => {
  const ok = await fetch(`${s.server.url}/components/validators/per/2.0.0.js`);
  assert.is(ok.status, 200);
  assert.match(await ok.text(), /export\s*{[^}]*as default|export default/);
  assert.is((await fetch(`${s.server.url}/components/validators/per/9.9.9.js`)).status, 404);
});

test('a visitor without a session is sent to sign in, then back', async (s) => {
  const { page, problems } = s.visitor;
  await page.goto(`${s.server.url}/records`);
  assert.match(page.url(), /\/login\?next=%2Frecords$/);
  assert.equal(await axeViolations(page), []);
  await page.click('button:has-text("Sign in")');
  const summary = page.locator('.govuk-error-summary');
  await summary.waitFor();
  assert.match(await summary.innerText(), /Enter your username/);
  await page.fill('#username', 'prison');
  await page.fill('#password', 'wrong');
  await page.click('button:has-text("Sign in")');
  await page.waitForFunction(() => /sign|password|username/i.test(document.querySelector('.govuk-error-summary')?.textContent ?? '') && !/Enter your username/.test(document.querySelector('.govuk-error-summary')?.textContent ?? ''));
  assert.ok(await summary.evaluate((el) => el === document.activeElement), 'the summary takes focus');
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'login-error');
  await page.fill('#password', 'demo');
  await Promise.all([page.waitForURL(`${s.server.url}/records`), page.click('button:has-text("Sign in")')]);
  await page.locator('record-finder h1').waitFor();
  assert.equal(problems, [], 'no CSP violation or script error');
});

test('one script tag is enough: the components link the GOV.UK styles when the page has none', async (s) => {
  const { page } = s.visitor;
  await page.goto(`${s.server.url}/login`);
  await page.evaluate(() => {
    document.querySelectorAll('link[rel=stylesheet]').forEach((link) => link.remove());
    document.body.append(document.createElement('staff-login'));
  });
  const link = await page.waitForFunction(() => document.querySelector<HTMLLinkElement>('link[rel=stylesheet]')?.href);
  const href = await link.jsonValue();
  assert.is(href, `${s.server.url}/components/govuk-frontend.min.css`);
});

test.run();
