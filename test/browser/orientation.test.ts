/**
 * Knowing where you are and who you are: page titles that follow the screen ("Error: " first while
 * errors show), the header naming who is signed in with a way out, a menu of only what the role may
 * open, a wrong password said as such; and errors that appear on submit, re-checked on the next one.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser } from 'playwright-core';
import type { FormRecord } from '../../engine/types.ts';
import { apiAs, axeViolations, launchChromium, logIn, openPage, screenshot, startServer, type Running, type WatchedPage } from './support.ts';

interface State {
  server: Running;
  browser: Browser;
  visitor: WatchedPage;
  recordId: string;
}
const test = suite<State>('orientation');
const SUFFIX = 'Person escort record – GOV.UK';

test.before(async (s) => {
  s.server = await startServer();
  s.browser = await launchChromium();
  s.visitor = await openPage(s.browser);
  const prison = await apiAs(s.server.url, 'prison');
  const record = (await prison.post('/records', {
    form: 'per', person: { id: 'B2222CD', name: 'Ola Nowak', dateOfBirth: '1985-02-03' },
    move: { id: 'MOVE-ORIENT', type: 'court', from: 'WIN', to: 'SOTPIC', date: '2026-12-14' },
  })) as unknown as FormRecord;
  s.recordId = record.id;
});

test.after(async (s) => {
  assert.equal(s.visitor.problems, [], 'no CSP violation or script error');
  await s.browser?.close();
  await s.server?.close();
});

test('a wrong password says so, and the title starts "Error: "', async (s) => {
  const { page } = s.visitor;
  await page.goto(`${s.server.url}/login`);
  assert.is(await page.title(), `Sign in – ${SUFFIX}`);
  await page.fill('#username', 'prison');
  await page.fill('#password', 'not-the-password');
  await page.click('button:has-text("Sign in")');
  await page.locator('.govuk-error-summary', { hasText: 'The username or password is wrong' }).waitFor();
  assert.not.match(await page.locator('main').innerText(), /signed out/i, 'not "You are signed out"');
  assert.is(await page.title(), `Error: Sign in – ${SUFFIX}`);
  assert.equal(await axeViolations(page), []);
});

test('the header names who is signed in; the menu shows only what the role may open; sign out ends the session', async (s) => {
  const { page } = s.visitor;
  await logIn(page, s.server.url, 'prison');
  const nav = page.locator('.govuk-service-navigation');
  assert.match(await nav.innerText(), /Signed in as Priya Patel \(prison staff\)/, "roles by their titles, not their codes");
  assert.is(await nav.locator('a:has-text("Preview a form")').count(), 0, 'prison staff are not offered the preview');
  assert.is(await page.title(), `Find records – ${SUFFIX}`);
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'header-prison');
  await Promise.all([page.waitForURL(/\/login$/), nav.locator('button:has-text("Sign out")').click()]);
  await page.goto(`${s.server.url}/records`);
  assert.match(page.url(), /\/login\?next=/, 'signed out: the records page asks to sign in');
  await logIn(page, s.server.url, 'policy', '/preview');
  assert.is(await page.locator('.govuk-service-navigation a:has-text("Preview a form")').count(), 1, 'policy staff are offered the preview');
  await Promise.all([page.waitForURL(/\/login$/), page.locator('button:has-text("Sign out")').click()]);
});

test('the title follows the screen; errors show on submit and are re-checked on the next submit', async (s) => {
  const { page } = s.visitor;
  await logIn(page, s.server.url, 'prison', `/records/${s.recordId}`);
  await page.waitForSelector('.govuk-task-list');
  await page.click('.govuk-task-list__link:text-is("Risk")');
  await page.waitForSelector('h1:text-is("Risk")');
  await page.waitForFunction((suffix) => document.title === `Risk – ${suffix}`, SUFFIX);
  await page.click('button:has-text("Save and continue")');
  const summary = page.locator('.govuk-error-summary');
  await summary.waitFor();
  await page.waitForFunction((suffix) => document.title === `Error: Risk – ${suffix}`, SUFFIX);
  const before = await summary.locator('li').count();
  assert.ok(before > 5, 'every missing answer is listed');
  // Opening a follow-up after the failed save does not light it up: it is checked at the next submit.
  const violent = page.locator('fieldset', { has: page.locator('legend:text-is("Are they violent or dangerous?")') }).first();
  await violent.locator('label:text-is("Yes")').first().click();
  const details = page.getByLabel('Give details of why they are violent or dangerous', { exact: true });
  await details.waitFor();
  assert.is(await summary.locator('li').count(), before - 1, 'the answered question leaves the summary and its follow-up does not join it');
  assert.is(await page.locator('.govuk-form-group--error', { has: details }).count(), 0, 'the new follow-up shows no error yet');
  await screenshot(page, 'validation-after-reveal');
  assert.equal(await axeViolations(page), []);
  await page.click('button:has-text("Save and continue")');
  await page.locator('.govuk-error-summary a', { hasText: /violent or dangerous/ }).waitFor();
  assert.is(await page.locator('.govuk-form-group--error', { has: details }).count(), 1, 'the next submit checks the follow-up');
});

test.run();
