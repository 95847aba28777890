/**
 * Date and time answers are typed as day, month, year and a time ("14:20", "8am") in UK time, stored as an
 * instant, and checked as they are typed with the definition's own wording.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Locator } from 'playwright-core';
import { launchChromium, logIn, openPage, startServer, type Running, type WatchedPage } from './support.ts';

interface State {
  server: Running;
  browser: Browser;
  policy: WatchedPage;
}
const test = suite<State>('date input');

test.before(async (s) => {
  s.server = await startServer();
  s.browser = await launchChromium();
  s.policy = await openPage(s.browser);
  await logIn(s.policy.page, s.server.url, 'policy', '/preview');
  const { page } = s.policy;
  await page.selectOption('#definition', 'sash/1.0.0');
  await page.click('button:has-text("Preview this form")');
  await page.locator('form-preview label:text-is("Yes")').first().click();
});

test.after(async (s) => {
  await s.browser?.close();
  await s.server?.close();
});

const question = (s: State): Locator => s.policy.page.getByRole('group', { name: 'When did it happen?', exact: true });
const stored = (s: State) => s.policy.page.evaluate(() =>
  (document.querySelector('form-preview') as unknown as { editor: { answers: Record<string, Record<string, unknown>> } }).editor.answers.sash?.sashWhenHappened);

async function type(s: State, day: string, month: string, year: string, time: string): Promise<void> {
  const q = question(s);
  await q.getByLabel('Day', { exact: true }).fill(day);
  await q.getByLabel('Month', { exact: true }).fill(month);
  await q.getByLabel('Year', { exact: true }).fill(year);
  await q.getByLabel(/^Time, for example/).fill(time);
}

test('a date that does not exist is reported as it is typed, in the definition’s words', async (s) => {
  await type(s, '31', '2', '2025', '14:30');
  const error = s.policy.page.locator('.govuk-form-group--error', { has: question(s) }).locator('.govuk-error-message');
  await error.waitFor();
  assert.match(await error.innerText(), /When it happened must be a real date and time/);
  assert.is(await question(s).getByLabel('Day', { exact: true }).inputValue(), '31', 'what was typed stays in the boxes');
});

test('a summer time is stored as the right instant (BST is UTC+1)', async (s) => {
  await type(s, '1', '7', '2025', '14:30');
  assert.is(await stored(s), '2025-07-01T13:30:00Z');
  assert.is(await s.policy.page.locator('.govuk-form-group--error', { has: question(s) }).count(), 0, 'the error goes once the date is real');
});

test('a winter time is stored as the same clock time in UTC', async (s) => {
  await type(s, '3', '3', '2025', '09:05');
  assert.is(await stored(s), '2025-03-03T09:05:00Z');
});

test('times are taken as people type them: "8am", "08:00", "8.30pm", "0800"', async (s) => {
  for (const [typed, instant] of [['8am', '2025-03-03T08:00:00Z'], ['08:00', '2025-03-03T08:00:00Z'], ['8.30pm', '2025-03-03T20:30:00Z'], ['0800', '2025-03-03T08:00:00Z'], ['12pm', '2025-03-03T12:00:00Z']]) {
    await type(s, '3', '3', '2025', typed!);
    assert.is(await stored(s), instant, typed);
  }
  await type(s, '3', '3', '2025', '25:00');
  assert.is(await stored(s), '2025-03-03T25:00', 'not a time of day: kept as typed, so the validator reports it');
});

test('clearing every box removes the answer', async (s) => {
  await type(s, '', '', '', '');
  assert.is(await stored(s), undefined);
  assert.equal(s.policy.problems, []);
});

test.run();
