/**
 * An escort without a signal, in real Chromium with the network switched off (playwright's offline
 * mode): an event, a red flag and a handover recorded offline survive a reload, are sent in order when
 * the signal returns ("Offline: 3 entries waiting to send", then "Sent") and stored exactly once with
 * their recorded times; a resend after a lost answer stores nothing twice; a record cancelled meanwhile
 * and a red flag the handover missed show what to do; a link that carries nothing (no 'online' event ever
 * fires) is retried until the server answers; signing out leaves no record on the device.
 * axe-core checks every new state; no CSP violation or script error.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'playwright-core';
import type { FormRecord } from '../../engine/types.ts';
import { apiAs, axeViolations, inDays, launchChromium, logIn, openPage, screenshot, seedConfirmedPerRecord, startServer, type Running, type WatchedPage } from './support.ts';
import { leftOnDevice } from './device-left.ts';

interface State { server: Running; browser: Browser }
const test = suite<State>('offline capture');

test.before(async (s) => {
  s.server = await startServer();
  s.browser = await launchChromium();
});
test.after(async (s) => {
  await s.browser.close();
  await s.server.close();
});

let moves = 0;
const confirmedRecord = (s: State) =>
  seedConfirmedPerRecord(s.server.url, { id: 'C3456DE', name: 'Kit Marlow', dateOfBirth: '1979-06-20' }, { id: `MOVE-OFFLINE-${++moves}`, from: 'WIN', to: 'SOTPIC', date: inDays(1) });

const stored = async (s: State, id: string) => (await (await apiAs(s.server.url, 'prison')).get(`/records/${id}`)) as unknown as FormRecord;

async function expectAccessible(page: Page, state: string): Promise<void> {
  assert.equal(await axeViolations(page), [], `axe finds no WCAG 2.2 AA violation: ${state}`);
  await screenshot(page, state);
}

/** How many record copies the page's IndexedDB holds. */
const copiesOnDevice = (page: Page) => page.evaluate(() => new Promise<number>((resolve) => {
  const open = indexedDB.open('per-offline');
  // Not made by the page yet: asking must not make it (empty, at the page's version, the page could never add its stores).
  open.onupgradeneeded = () => open.transaction!.abort();
  open.onsuccess = () => { const r = open.result.transaction('copies').objectStore('copies').count(); r.onsuccess = () => { open.result.close(); resolve(r.result); }; };
  open.onerror = () => resolve(0);
}));

/** Opens the record with a signal and waits until the page can work without one. */
async function openReady(s: State, id: string): Promise<WatchedPage> {
  const watched = await openPage(s.browser);
  await logIn(watched.page, s.server.url, 'escort', `/records/${id}`);
  await watched.page.waitForSelector('button:has-text("Add to the record of events")');
  await watched.page.waitForFunction(async () => navigator.serviceWorker.controller !== null && (await caches.match(location.pathname)) !== undefined);
  // Kept just after the page shows the record: wait for the sealed copy to be on the device.
  for (const deadline = Date.now() + 10_000; (await copiesOnDevice(watched.page)) === 0;) {
    if (Date.now() > deadline) throw new Error('no sealed copy of the record on the device');
  }
  return watched;
}

const banner = (page: Page) => page.locator('[data-offline]').first();

async function addEvent(page: Page, what: string): Promise<void> {
  await page.click('button:has-text("Add to the record of events")');
  await page.click('label:text-is("Meal")');
  await page.getByLabel('Where', { exact: true }).fill('M3 lay-by');
  await page.getByLabel('What happened', { exact: true }).fill(what);
  await page.click('button:has-text("Save")');
  await page.waitForSelector('h2:text-is("Record of events")');
}

async function fillHandover(page: Page): Promise<void> {
  await page.click('button:has-text("Record a handover")');
  await page.getByLabel('Dispatching officer’s name', { exact: true }).fill('Officer Patel');
  await page.getByLabel('Dispatching officer’s identifier', { exact: true }).fill('WIN-4411');
  await page.getByLabel('Receiving officer’s name', { exact: true }).fill('Sam Driver');
  await page.getByLabel('Receiving officer’s identifier', { exact: true }).fill('GEO-1020');
  await page.getByLabel('Receiving organisation', { exact: true }).fill('Southampton Police');
  for (const box of await page.locator('input[type=checkbox]').all()) await box.check();
  await page.click('button:has-text("Save")');
}

test('recorded offline, kept over a reload, sent in order once the signal returns, each stored once with its recorded time', async (s) => {
  const id = await confirmedRecord(s);
  const { page, context, problems } = await openReady(s, id);
  await context.setOffline(true);
  const before = Date.now();
  await addEvent(page, 'Sandwich and water, no signal');
  assert.match(await banner(page).innerText(), /Offline: 1 entry waiting to send/);
  await page.click('button:has-text("Add a red flag")');
  await page.getByLabel('What is the risk?', { exact: true }).fill('Said they would harm themselves at court');
  await page.getByLabel('Who identified it?', { exact: true }).fill('Officer Patel');
  await page.click('button:has-text("Save")');
  await page.waitForSelector('text=Offline: 2 entries waiting to send');
  await fillHandover(page);
  await page.waitForSelector('text=Offline: 3 entries waiting to send');
  await expectAccessible(page, 'offline-waiting');
  assert.equal((await stored(s, id)).events, [], 'nothing reached the server');

  await page.reload();
  // The copy on the device is kept after the page's scripts and validator (it stayed on "Loading the record…"
  // when the signal went before the validator was kept): waits as long as the other pages' tests do.
  await page.waitForSelector('text=Offline: 3 entries waiting to send', { timeout: 15_000 });
  assert.match(await page.locator('table.govuk-table').innerText(), /Waiting to send[\s\S]*Sandwich and water, no signal/, 'the event recorded offline is still there, marked as waiting');
  assert.is(await page.locator('.govuk-tag:text-is("Waiting to send")').count(), 3, 'each waiting entry is marked');
  assert.match(await page.locator('body').innerText(), /Said they would harm themselves at court/);

  await context.setOffline(false);
  await page.waitForSelector('[data-offline=sent]');
  assert.match(await banner(page).innerText(), /Sent\s+3 entries recorded without a signal are now on the record/);
  await expectAccessible(page, 'offline-sent');
  assert.is(await page.locator('.govuk-tag:text-is("Waiting to send")').count(), 0, 'nothing is marked as waiting once sent');
  const record = await stored(s, id);
  assert.equal([record.events.length, record.redFlags.length, record.handovers.length, record.state], [1, 1, 1, 'handedOver'], 'each stored exactly once');
  for (const entry of [record.events[0]!, record.redFlags[0]!, record.handovers[0]!]) {
    assert.ok(Date.parse(entry.recordedAt!) >= before - 1000 && Date.parse(entry.recordedAt!) < Date.parse(entry.receivedAt!), 'recorded offline, received later');
  }
  assert.ok(Date.parse(record.events[0]!.recordedAt!) <= Date.parse(record.redFlags[0]!.recordedAt!) && Date.parse(record.redFlags[0]!.recordedAt!) <= Date.parse(record.handovers[0]!.recordedAt!), 'in the order recorded');
  assert.ok(record.handovers[0]!.acknowledgements.some((a) => a.entryId === record.redFlags[0]!.id), 'the handover acknowledged the red flag recorded offline');
  assert.is(await copiesOnDevice(page), 0, 'the escort ended with the handover: the device keeps no copy of the record');
  assert.equal(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(p)), []);
  await context.close();
});

test('a resend after a lost answer stores nothing twice', async (s) => {
  const id = await confirmedRecord(s);
  const { page, context } = await openReady(s, id);
  // The server stores the event, but its answer never reaches the van.
  await page.route('**/api/records/*/events', async (route) => { await route.fetch(); await route.abort('connectionreset'); }, { times: 1 });
  await addEvent(page, 'Answer lost on the way back');
  await page.waitForSelector('text=1 entry waiting to send');
  assert.is((await stored(s, id)).events.length, 1, 'the server has it already');
  await page.reload();
  await page.waitForSelector('[data-offline=sent]');
  const record = await stored(s, id);
  assert.equal(record.events.map((e) => e.what), ['Answer lost on the way back'], 'stored once');
  await context.close();
});

test('a link that carries nothing (the browser still says online): the entry waits and goes once the server answers', async (s) => {
  const id = await confirmedRecord(s);
  const { page, context } = await openReady(s, id);
  // No change of link for the browser to notice, so no 'online' event: only trying again sends it.
  await context.route('**/api/**', (route) => route.abort('internetdisconnected'));
  await addEvent(page, 'Lay-by with one bar of signal');
  await page.waitForSelector('text=Offline: 1 entry waiting to send');
  assert.ok(await page.evaluate(() => navigator.onLine), 'the browser believes it is online throughout');
  assert.equal((await stored(s, id)).events, [], 'nothing reached the server');
  await context.unroute('**/api/**');
  await page.waitForSelector('[data-offline=sent]', { timeout: 15_000 });
  assert.equal((await stored(s, id)).events.map((e) => e.what), ['Lay-by with one bar of signal'], 'stored once');
  await context.close();
});

test('a record cancelled meanwhile shows the entry was not added, who cancelled it and what to do', async (s) => {
  const id = await confirmedRecord(s);
  const { page, context } = await openReady(s, id);
  await context.setOffline(true);
  await addEvent(page, 'Stopped for fuel');
  await (await apiAs(s.server.url, 'prison')).post(`/records/${id}/cancel`, { reason: 'Hearing adjourned' });
  await context.setOffline(false);
  const refused = page.locator('[data-offline^=refused]');
  await refused.waitFor();
  const text = await refused.innerText();
  assert.match(text, /The event recorded at .+ could not be added to the record/);
  assert.match(text, /The record was cancelled on .+ by prison: Hearing adjourned/);
  assert.match(text, /Stopped for fuel/, 'what was recorded is shown so it can be passed on');
  await expectAccessible(page, 'offline-cancelled-meanwhile');
  await page.click('button:has-text("I have passed it on: remove it from this device")');
  await refused.waitFor({ state: 'detached' });
  assert.equal((await stored(s, id)).events, [], 'nothing was added to the cancelled record');
  await context.close();
});

test('a handover that missed a red flag added meanwhile names it; acknowledged and resent, it is stored once', async (s) => {
  const id = await confirmedRecord(s);
  const { page, context } = await openReady(s, id);
  await context.setOffline(true);
  await fillHandover(page);
  await page.waitForSelector('text=Offline: 1 entry waiting to send');
  await (await apiAs(s.server.url, 'prison')).post(`/records/${id}/red-flags`, { risk: 'Spat at staff in reception', identifiedBy: 'Reception officer' });
  await context.setOffline(false);
  const refused = page.locator('[data-offline^=refused]');
  await refused.waitFor();
  assert.match(await refused.innerText(), /did not acknowledge it:\s+Spat at staff in reception/);
  assert.match(await refused.innerText(), /Tell Sam Driver about it/);
  await expectAccessible(page, 'offline-unacknowledged-flag');
  await page.click('button:has-text("Acknowledge the new red flag and resend")');
  await page.waitForSelector('[data-offline=sent]');
  const record = await stored(s, id);
  assert.is(record.handovers.length, 1);
  assert.ok(record.handovers[0]!.acknowledgements.some((a) => a.entryId === record.redFlags[0]!.id && a.name === 'Sam Driver'));
  await context.close();
});

test('sign-out warns of entries not sent; after it IndexedDB, caches and the tab hold no record and no key', async (s) => {
  const id = await confirmedRecord(s);
  const { page, context } = await openReady(s, id);
  await page.route('**/api/records/*/events', (route) => route.abort('internetdisconnected'));
  await addEvent(page, 'Not sent before signing out');
  await page.waitForSelector('text=1 entry waiting to send');
  await page.click('button:has-text("Sign out")');
  await page.waitForSelector('text=1 entry recorded without a signal has not been sent.');
  await expectAccessible(page, 'offline-sign-out-warning');
  await page.click('button:has-text("Sign out anyway")');
  await page.waitForURL(`${s.server.url}/login`);
  assert.equal(await leftOnDevice(page), { databases: [], caches: [], key: null });
  await context.close();
});

test.run();
