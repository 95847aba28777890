/**
 * Today's moves kept ahead, in real Chromium: an escort opens the Moves page with a signal, which keeps
 * the confirmed records of today's moves on the device (sealed, as an opened record is) and says how
 * many; with the network switched off they open one of those records they never opened and read it from
 * the device copy. A draft is not kept, nor anything for healthcare staff (whom the form does not let add
 * entries). Sign-out still leaves no record, cache or key. axe-core checks each state; no CSP violation.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, inDays, launchChromium, logIn, openPage, screenshot, seedConfirmedPerRecord, startServer, type Running } from './support.ts';
import { leftOnDevice } from './device-left.ts';

interface State { server: Running; browser: Browser; confirmed: string[] }
const test = suite<State>('offline: today\'s moves');
const PEOPLE = [
  { id: 'E1001FG', name: 'Ada Byron', dateOfBirth: '1980-12-10' },
  { id: 'E1002FG', name: 'Tom Paine', dateOfBirth: '1977-01-29' },
  { id: 'E1003FG', name: 'Mary Shelley', dateOfBirth: '1987-08-30' },
];

test.before(async (s) => {
  s.server = await startServer();
  s.browser = await launchChromium();
  s.confirmed = [];
  for (const [i, person] of PEOPLE.entries()) {
    s.confirmed.push(await seedConfirmedPerRecord(s.server.url, person, { id: `MOVE-TODAY-${i}`, from: 'WIN', to: 'SOTPIC', date: inDays(0) }));
  }
  // Today's draft, and a confirmed record moving tomorrow: neither is kept ahead.
  await seedConfirmedPerRecord(s.server.url, { id: 'E1004FG', name: 'Draft Person', dateOfBirth: '1990-01-01' }, { id: 'MOVE-TODAY-DRAFT', from: 'WIN', to: 'SOTPIC', date: inDays(0) }, { confirm: false });
  await seedConfirmedPerRecord(s.server.url, { id: 'E1005FG', name: 'Tomorrow Person', dateOfBirth: '1990-01-01' }, { id: 'MOVE-TOMORROW', from: 'WIN', to: 'SOTPIC', date: inDays(1) });
});
test.after(async (s) => {
  await s.browser.close();
  await s.server.close();
});

/** The record ids whose sealed copies the page's IndexedDB holds. */
const copiedIds = (page: Page) => page.evaluate(() => new Promise<string[]>((resolve) => {
  const open = indexedDB.open('per-offline');
  // Not made by the page yet: asking must not make it (empty, at the page's version, the page could never add its stores).
  open.onupgradeneeded = () => open.transaction!.abort();
  open.onsuccess = () => {
    if (!open.result.objectStoreNames.contains('copies')) { open.result.close(); resolve([]); return; }
    const r = open.result.transaction('copies').objectStore('copies').getAllKeys();
    r.onsuccess = () => { open.result.close(); resolve((r.result as string[]).sort()); };
  };
  open.onerror = () => resolve([]);
}));

test('healthcare staff, who may not add entries, keep nothing ahead from the Moves page', async (s) => {
  const watched = await openPage(s.browser);
  await logIn(watched.page, s.server.url, 'healthcare', '/moves');
  await watched.page.waitForSelector('h1');
  // The keeping runs after the page shows: wait until each of today's records has been asked for.
  await watched.page.waitForLoadState('networkidle');
  assert.is(await watched.page.locator('[data-offline-moves]').count(), 0, 'no note');
  assert.equal(await copiedIds(watched.page), [], 'no copy on the device');
  assert.equal(watched.problems, []);
  await watched.context.close();
});

test('an escort opens Moves with a signal, then reads a record of today\'s moves never opened, without a signal; sign-out clears it', async (s) => {
  const watched = await openPage(s.browser);
  const { page, context } = watched;
  await logIn(page, s.server.url, 'escort', '/moves');
  const note = page.locator('[data-offline-moves]');
  await note.waitFor();
  assert.is((await note.innerText()).trim(), '3 records for today\'s moves are kept on this device for use without a signal');
  assert.equal(await copiedIds(page), [...s.confirmed].sort(), 'the three confirmed records of today, not the draft nor tomorrow\'s');
  assert.equal(await axeViolations(page), [], 'axe: the Moves page with its note');
  await screenshot(page, 'offline-moves-note');
  const never = s.confirmed[1]!;
  await page.waitForFunction(async (path) => navigator.serviceWorker.controller !== null && (await caches.match(path)) !== undefined, `/records/${never}`);
  assert.not.ok(await page.evaluate(() => caches.match('/moves')), 'the Moves page itself, naming people, is not cached');

  await context.setOffline(true);
  await page.goto(`${s.server.url}/records/${never}`);
  await page.waitForSelector('button:has-text("Add to the record of events")');
  assert.match(await page.locator('form-record').innerText(), /Tom Paine/, 'read from the device copy');
  assert.equal(await axeViolations(page), [], 'axe: a record of today\'s moves read without a signal');
  await screenshot(page, 'offline-moves-record');

  await context.setOffline(false);
  await page.click('button:has-text("Sign out")');
  await page.waitForURL(`${s.server.url}/login`);
  assert.equal(await leftOnDevice(page), { databases: [], caches: [], key: null });
  // Requests failing without a signal are the point of the test; anything else is a fault.
  assert.equal(watched.problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')), [], 'no CSP violation or script error');
  await context.close();
});

test.run();
