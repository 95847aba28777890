/**
 * After signing in, staff go only to a path on this site: a crafted sign-in link such as
 * /login?next=/\evil.example (which a browser reads as http://evil.example/) lands on /records.
 * The server's login page and the sign-in element in a real Chromium are both checked.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { chromium, type Browser } from 'playwright-core';
import { startServer, type TestServer } from './support/server.ts';

let server: TestServer;
let browser: Browser;

test.before(async () => {
  server = await startServer();
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});
test.after(async () => {
  await browser.close();
  await server.close();
});

const nextOf = async (next: string) => {
  const page = await server.anonymous().get(`/login?next=${encodeURIComponent(next)}`);
  return /<staff-login [^>]*next="([^"]*)"/.exec(page.text)?.[1];
};

test('the login page keeps a path on this site', async () => {
  assert.is(await nextOf('/records/abc?tab=1'), '/records/abc?tab=1');
  assert.is(await nextOf('/preview'), '/preview');
});

test('the login page replaces a path that leaves the site with /records', async () => {
  for (const next of ['/\\evil.example', '//evil.example', '/\\/evil.example', '/\t/evil.example', 'http://evil.example/', 'evil.example', '']) {
    assert.is(await nextOf(next), '/records', JSON.stringify(next));
  }
});

test('a page that needs a session sends the visitor to sign in and back to that page', async () => {
  const reply = await fetch(`${server.url}/records/abc`, { redirect: 'manual' });
  assert.is(reply.status, 303);
  assert.is(reply.headers.get('location'), '/login?next=%2Frecords%2Fabc');
});

async function signInWith(next: string): Promise<string> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${server.url}/login`);
    await page.waitForSelector('staff-login #username');
    // As if the element had been given the crafted value: it must check it itself.
    await page.evaluate((value) => { (document.querySelector('staff-login') as HTMLElement & { next: string }).next = value; }, next);
    await page.fill('#username', 'prison');
    await page.fill('#password', 'demo');
    await Promise.all([page.waitForURL((url) => url.pathname !== '/login'), page.click('button[type=submit]')]);
    return page.url();
  } finally {
    await context.close();
  }
}

test('the sign-in element goes to a path on this site', async () => {
  assert.is(await signInWith('/preview?x=1'), `${server.url}/preview?x=1`);
});

test('the sign-in element goes to /records instead of another site', async () => {
  for (const next of ['/\\evil.example', '//evil.example']) {
    assert.is(await signInWith(next), `${server.url}/records`, JSON.stringify(next));
  }
});

test.run();
