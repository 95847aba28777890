/**
 * What the record journey's browser tests share: one server and Chromium per file, a prison, a
 * healthcare and a police page, the checks run after every test (no CSP violation, no script error),
 * and the steps staff take on a `per` 2.0.0 record.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchChromium, openPage, screenshot, startServer, typeDate, type Running, type WatchedPage } from './support.ts';

export const PERSON = { id: 'A1234BC', name: 'Jan Kowalski', dateOfBirth: '1990-04-27' };

export interface JourneyState {
  server: Running;
  browser: Browser;
  prison: WatchedPage;
  healthcare: WatchedPage;
  police: WatchedPage;
  recordId: string;
}

/** A suite whose `seed` runs once the server is up (to seed the records the journey starts from). */
export function journeySuite(name: string, seed: (s: JourneyState) => Promise<void>) {
  const test = suite<JourneyState>(name);
  const pages = (s: JourneyState) => [s.prison, s.healthcare, s.police];
  test.before(async (s) => {
    s.server = await startServer();
    s.browser = await launchChromium();
    await seed(s);
    s.prison = await openPage(s.browser);
    s.healthcare = await openPage(s.browser);
    s.police = await openPage(s.browser);
  });
  test.after(async (s) => {
    await s.browser?.close();
    await s.server?.close();
  });
  test.after.each(async (s) => {
    for (const watched of pages(s)) {
      assert.equal(watched.problems, [], 'no CSP violation or script error on any page');
    }
  });
  return test;
}

export async function expectAccessible(page: Page, state: string): Promise<void> {
  assert.equal(await axeViolations(page), [], `axe finds no WCAG 2.2 AA violation: ${state}`);
  await screenshot(page, state);
}

export async function openSection(page: Page, title: string): Promise<void> {
  await page.click(`.govuk-task-list__link:text-is("${title}")`);
  await page.waitForSelector(`h1:text-is("${title}")`);
}

/** Who raised a SASH warning is not prefilled: whoever records it says so each time. */
export async function fillRaisedBy(page: Page, name: string): Promise<void> {
  await page.getByLabel('Name of the person raising this warning', { exact: true }).fill(name);
  await page.getByLabel('Role of the person raising this warning', { exact: true }).fill('Reception officer');
  await page.getByLabel('Where the person raising this warning works', { exact: true }).fill('HMP Winchester');
  await typeDate(page, 'When was this warning raised?', '2026-11-22');
  await page.getByRole('group', { name: 'When was this warning raised?', exact: true }).getByLabel(/^Time/).fill('17:10');
}

export async function answerNo(page: Page, question: string): Promise<void> {
  await page.locator('fieldset', { has: page.locator(`legend:text-is("${question}")`) }).locator('label:text-is("No")').first().click();
}

export async function statusOf(page: Page, title: string): Promise<string> {
  const item = page.locator('.govuk-task-list__item', { has: page.locator(`.govuk-task-list__link:text-is("${title}")`) });
  return (await item.locator('.govuk-task-list__status').innerText()).trim();
}
