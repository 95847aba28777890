/**
 * The pages that add to a confirmed record, in Chromium, for a prison officer who chose Welsh: the
 * handover, the record of events and cancelling show their fields' labels from forms/entries.json's
 * Welsh translation and what is missing in Welsh, and axe finds nothing on any of them.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { axeViolations, inDays, launchChromium, openPage, root, screenshot, seedConfirmedPerRecord, startServer, type Running, type WatchedPage } from './support.ts';

interface State { server: Running; browser: Browser; prison: WatchedPage; recordId: string }
const test = suite<State>('entry pages in Welsh');

const welshEntries = (JSON.parse(readFileSync(join(root, 'forms/entries.cy.json'), 'utf8')) as { strings: Record<string, { cy: string }> }).strings;
const welshTitle = (pointer: string) => welshEntries[pointer]!.cy;
const welshComponents = JSON.parse(readFileSync(join(root, 'forms/locales/cy/components.json'), 'utf8')).messages as Record<string, string>;

test.before(async (s) => {
  s.server = await startServer();
  s.browser = await launchChromium();
  s.prison = await openPage(s.browser);
  s.recordId = await seedConfirmedPerRecord(s.server.url, { id: 'C7777CY', name: 'Gwen Morgan', dateOfBirth: '1985-02-11' }, { id: 'MOVE-CY-ENTRIES', from: 'WIN', to: 'WINCC', date: inDays(1) });
  const { page } = s.prison;
  await page.goto(`${s.server.url}/login?lang=cy&next=${encodeURIComponent(`/records/${s.recordId}`)}`);
  await page.fill('#username', 'prison');
  await page.fill('#password', 'demo');
  await Promise.all([page.waitForURL(`${s.server.url}/records/${s.recordId}`), page.click('button[type=submit]')]);
  await page.waitForSelector('form-record strong.govuk-tag');
});

test.after(async (s) => {
  await s.browser?.close();
  await s.server?.close();
});

test.after.each((s) => {
  assert.equal(s.prison.problems, [], 'no CSP violation or script error');
});

async function openEntry(s: State, button: string, heading: string): Promise<void> {
  const { page } = s.prison;
  await page.click(`form-record button:text-is("${button}")`);
  await page.waitForSelector(`form-record h1:text-is("${heading}")`);
  assert.is(await page.getAttribute('html', 'lang'), 'cy');
}

async function backToRecord(s: State): Promise<void> {
  const { page } = s.prison;
  await page.click(`form-record a:text-is("${welshComponents['components.entry.backToRecord']}")`);
  await page.waitForSelector('form-record strong.govuk-tag');
}

test('the handover page labels its fields in Welsh and says what is missing in Welsh', async (s) => {
  const { page } = s.prison;
  await openEntry(s, welshComponents['components.locked.handover']!, welshComponents['components.handover.title']!);
  for (const pointer of ['/handover/properties/dispatchingOfficer/properties/name/title', '/handover/properties/receivingOrganisation/title']) {
    assert.ok(await page.getByLabel(welshTitle(pointer), { exact: true }).isVisible(), `the field labelled “${welshTitle(pointer)}”`);
  }
  assert.not.match(await page.locator('main').innerText(), /Dispatching officer|Receiving organisation/);
  await page.click(`form-record button[type=submit]:text-is("${welshComponents['components.entry.save']}")`);
  await page.waitForSelector('.govuk-error-summary');
  assert.match(await page.locator('.govuk-error-summary').innerText(), /Rhowch enw’r swyddog sy’n anfon/);
  assert.equal(await axeViolations(page), [], 'axe finds no WCAG 2.2 AA violation');
  await screenshot(page, 'cy-entry-handover-errors');
  await backToRecord(s);
});

test('the record of events labels its fields in Welsh', async (s) => {
  const { page } = s.prison;
  await openEntry(s, welshComponents['components.locked.event']!, welshComponents['components.event.title']!);
  for (const pointer of ['/event/properties/where/title', '/event/properties/what/title']) {
    assert.ok(await page.getByLabel(welshTitle(pointer), { exact: true }).isVisible(), `the field labelled “${welshTitle(pointer)}”`);
  }
  assert.equal(await axeViolations(page), [], 'axe finds no WCAG 2.2 AA violation');
  await screenshot(page, 'cy-entry-event');
  await backToRecord(s);
});

test('cancelling asks for the reason in Welsh', async (s) => {
  const { page } = s.prison;
  await openEntry(s, welshComponents['components.cancel.button']!, welshComponents['components.cancel.title']!);
  assert.ok(await page.getByLabel(welshTitle('/cancel/properties/reason/title'), { exact: true }).isVisible());
  assert.equal(await axeViolations(page), [], 'axe finds no WCAG 2.2 AA violation');
  await screenshot(page, 'cy-entry-cancel');
});

test.run();
