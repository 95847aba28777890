/**
 * A confirmed `per` 2.0.0 record in real Chromium: red flag warnings and flags with their level in
 * words, a handover at an earlier time with a role on each acknowledgement, a future time refused, and
 * cancelling with "are you sure" and a reason. axe-core checks every state; no CSP violation or script error.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'playwright-core';
import type { FormRecord } from '../../engine/types.ts';
import { apiAs, axeViolations, launchChromium, logIn, openPage, screenshot, seedConfirmedPerRecord, startServer, type Running, type WatchedPage, inDays } from './support.ts';

const LEVELS = ['Alert', 'Warning', 'Attention', 'Information'];

interface State {
  server: Running;
  browser: Browser;
  prison: WatchedPage;
  healthcare: WatchedPage;
  /** Confirmed records: one to hand over, one to cancel, one that gains a red flag while its handover form is open. */
  handoverId: string;
  cancelId: string;
  lateFlagId: string;
}
const test = suite<State>('locked record');

function confirmedRecord(server: Running, moveId: string): Promise<string> {
  return seedConfirmedPerRecord(server.url, { id: 'B2345CD', name: 'Ola Nowak', dateOfBirth: '1988-02-11' }, { id: moveId, from: 'WIN', to: 'SOTPIC', date: inDays(1) });
}

test.before(async (s) => {
  s.server = await startServer();
  s.browser = await launchChromium();
  s.handoverId = await confirmedRecord(s.server, 'MOVE-HANDOVER');
  s.cancelId = await confirmedRecord(s.server, 'MOVE-CANCEL');
  s.lateFlagId = await confirmedRecord(s.server, 'MOVE-LATE-FLAG');
  // A red flag added during the move, so the block holds both kinds.
  await (await apiAs(s.server.url, 'prison')).post(`/records/${s.handoverId}/red-flags`, { risk: 'Threatened the driver', identifiedBy: 'Sam Driver' });
  s.prison = await openPage(s.browser);
  s.healthcare = await openPage(s.browser);
  await logIn(s.prison.page, s.server.url, 'prison', `/records/${s.handoverId}`);
});

test.after(async (s) => {
  await s.browser?.close();
  await s.server?.close();
});

test.after.each((s) => {
  for (const watched of [s.prison, s.healthcare]) assert.equal(watched.problems, [], 'no CSP violation or script error');
});

async function expectAccessible(page: Page, state: string): Promise<void> {
  assert.equal(await axeViolations(page), [], `axe finds no WCAG 2.2 AA violation: ${state}`);
  await screenshot(page, state);
}

async function stored(s: State, id: string): Promise<FormRecord> {
  return (await (await apiAs(s.server.url, 'prison')).get(`/records/${id}`)) as unknown as FormRecord;
}

/** Fills the "when" date and time boxes of an entry form. */
async function typeWhen(page: Page, day: string, month: string, year: string, time: string): Promise<void> {
  await page.fill('input[name=whenDay]', day);
  await page.fill('input[name=whenMonth]', month);
  await page.fill('input[name=whenYear]', year);
  await page.fill('input[name=whenTime]', time);
}

test('red flag warnings come first in their own block; every flag says its level in words, alerts first', async (s) => {
  const { page } = s.prison;
  const redFlags = page.getByRole('region', { name: /^Red flag warnings/ });
  await redFlags.waitFor();
  const regions = await page.locator('main [role=region] h2').allInnerTexts();
  assert.match(regions[0]!, /^Red flag warnings \(\d+\)$/, 'the red flag block comes first');
  assert.is(regions[1], 'Flags');
  const text = await redFlags.innerText();
  assert.match(text, /Threatened the driver\s+Identified by Sam Driver, \d{1,2} \w+ 2026 at \d{2}:\d{2}/, 'an added red flag says who and when');
  assert.match(text, /Raised by the answers/, 'alerts from the answers are red flags too');

  const levels = (await page.getByRole('region', { name: 'Flags' }).locator('dt').allInnerTexts()).map((t) => t.trim());
  assert.ok(levels.length > 1, 'the fixture raises several flags');
  for (const level of levels) assert.ok(LEVELS.includes(level), `"${level}" is a level in words`);
  const order = levels.map((l) => LEVELS.indexOf(l));
  assert.equal(order, [...order].sort((a, b) => a - b), 'alerts first, then warnings, attention, information');
  await expectAccessible(page, 'locked-flags');
});

test('a handover may be recorded at an earlier time, with a role on each acknowledgement; a future time is refused', async (s) => {
  const { page } = s.prison;
  await page.click('button:has-text("Record a handover")');
  await page.waitForSelector('h1:text-is("Record a handover")');
  const today = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'numeric', year: 'numeric' }).format(new Date());
  const shown = `${await page.inputValue('input[name=whenDay]')}/${await page.inputValue('input[name=whenMonth]')}/${await page.inputValue('input[name=whenYear]')}`;
  assert.is(shown.split('/').map(Number).join('/'), today.split('/').map(Number).join('/'), 'the time starts as now');
  assert.match(await page.inputValue('input[name=whenTime]'), /^\d{2}:\d{2}$/);

  await page.getByLabel('Dispatching officer’s name', { exact: true }).fill('Officer Patel');
  await page.getByLabel('Dispatching officer’s identifier', { exact: true }).fill('WIN-4411');
  await page.getByLabel('Receiving officer’s name', { exact: true }).fill('Sam Driver');
  await page.getByLabel('Receiving officer’s identifier', { exact: true }).fill('GEO-1020');
  await page.getByLabel('Receiving organisation', { exact: true }).fill('GEOAmey');
  const boxes = await page.locator('input[type=checkbox]').all();
  for (const box of boxes) await box.check();
  const roles = page.locator('input[name^="acknowledgements."][name$=".role"]');
  assert.is(await roles.count(), boxes.length, 'ticking an acknowledgement reveals its role box');

  const nextYear = String(new Date().getFullYear() + 1);
  await typeWhen(page, '3', '1', nextYear, '09:30');
  await roles.first().fill('x'.repeat(201));
  await page.click('button:has-text("Save")');
  const summary = page.locator('.govuk-error-summary');
  await summary.waitFor();
  assert.equal(await summary.locator('li').allInnerTexts(), ['The time of the handover must be now or in the past', 'The role must be 200 characters or fewer'], 'in page order');
  const when = page.getByRole('group', { name: 'When was the person handed over?' });
  assert.match(await when.locator('.govuk-error-message').innerText(), /must be now or in the past/, 'the time error shows beside the time');
  const roleGroup = page.locator('.govuk-form-group', { has: roles.first() });
  assert.match(await roleGroup.locator('.govuk-error-message').innerText(), /200 characters or fewer/, 'the role error shows beside the role');
  assert.match((await roles.first().getAttribute('aria-describedby')) ?? '', /error/);
  await expectAccessible(page, 'handover-errors');

  await typeWhen(page, '3', '1', '2026', '09:30');
  await roles.first().fill('Escort custody officer');
  const second = page.locator('input[type=checkbox]').nth(1);
  await second.uncheck();
  await second.check();
  assert.is(await roles.nth(1).inputValue(), 'Escort custody officer', 'a newly ticked acknowledgement starts with the last role typed');
  await expectAccessible(page, 'handover-role');
  await page.click('button:has-text("Save")');
  await page.waitForSelector('h2:text-is("Handovers")');
  const card = page.locator('.govuk-summary-card', { hasText: 'Handed over on' });
  assert.match(await card.innerText(), /Handed over on 3 January 2026 at 09:30/);
  const acknowledged = await card.innerText();
  assert.match(acknowledged, /By Sam Driver, Escort custody officer, 3 January 2026 at 09:30:\s+Escape risk\s+Hold separately/, 'the role shows with the acknowledgements');
  assert.match(acknowledged, /By Sam Driver, 3 January 2026 at 09:30:\s+Conceals items/, 'those without a role are listed apart');

  await expectAccessible(page, 'locked-handed-over');
  const handover = (await stored(s, s.handoverId)).handovers[0]!;
  assert.is(handover.at, '2026-01-03T09:30:00Z', 'stored as the UK time typed');
  assert.is(handover.acknowledgements[0]!.role, 'Escort custody officer');
  assert.is(handover.acknowledgements[1]!.role, 'Escort custody officer');
  assert.ok(handover.acknowledgements.slice(2).every((a) => a.role === undefined), 'a role left blank is left out');
});

test('an event can be recorded at an earlier time', async (s) => {
  const { page } = s.prison;
  await page.click('button:has-text("Add to the record of events")');
  await page.waitForSelector('h1:text-is("Add to the record of events")');
  await page.click('label:text-is("Meal")');
  await page.getByLabel('Where', { exact: true }).fill('M27 near Southampton');
  await page.getByLabel('What happened', { exact: true }).fill('Ate a sandwich.');
  await typeWhen(page, '31', '2', '2026', '10:00');
  await page.click('button:has-text("Save")');
  await page.locator('.govuk-error-summary').waitFor();
  assert.match(await page.locator('.govuk-error-summary').innerText(), /The date of the event must be a real date/);
  await typeWhen(page, '3', '1', '2026', '10:15');
  await page.click('button:has-text("Save")');
  await page.waitForSelector('h2:text-is("Record of events")');
  assert.match(await page.locator('table.govuk-table').innerText(), /3 January 2026 at 10:15/);
});

test('a red flag added by someone else while the handover form is open is shown, to be acknowledged too', async (s) => {
  const { page } = s.prison;
  await page.goto(`${s.server.url}/records/${s.lateFlagId}`);
  await page.click('button:has-text("Record a handover")');
  await page.waitForSelector('h1:text-is("Record a handover")');
  await page.getByLabel('Dispatching officer’s name', { exact: true }).fill('Officer Patel');
  await page.getByLabel('Dispatching officer’s identifier', { exact: true }).fill('WIN-4411');
  await page.getByLabel('Receiving officer’s name', { exact: true }).fill('Sam Driver');
  await page.getByLabel('Receiving officer’s identifier', { exact: true }).fill('GEO-1020');
  await page.getByLabel('Receiving organisation', { exact: true }).fill('x'.repeat(201));
  const boxes = page.locator('input[type=checkbox]');
  const before = await boxes.count();
  for (const box of await boxes.all()) await box.check();
  await page.click('button:has-text("Save")');
  await page.locator('.govuk-error-summary').waitFor();
  assert.match(await page.locator('.govuk-error-summary').innerText(), /The receiving organisation must be 200 characters or fewer/);
  await page.getByLabel('Receiving organisation', { exact: true }).fill('GEOAmey');

  await (await apiAs(s.server.url, 'police')).post(`/records/${s.lateFlagId}/red-flags`, { risk: 'Spat at an officer in the van', identifiedBy: 'PC Jones' });
  await page.click('button:has-text("Save")');
  const message = 'The receiving officer must acknowledge the red flag “Spat at an officer in the van”';
  await page.locator(`.govuk-error-summary:has-text("${message}")`).waitFor();
  const group = page.locator('.govuk-form-group', { has: page.locator('legend:text-is("Red flag warnings")') });
  assert.match(await group.locator('.govuk-error-message').innerText(), new RegExp(message), 'the refusal shows beside the acknowledgements');
  assert.is(await boxes.count(), before + 1, 'the new red flag is listed');
  const late = page.locator('.govuk-checkboxes__item', { hasText: 'I have read: Spat at an officer in the van' }).locator('input');
  assert.is(await late.isChecked(), false, 'the new red flag waits for its acknowledgement');
  assert.is(await page.locator('input[type=checkbox]:checked').count(), before, 'earlier ticks are kept');
  assert.is(await page.getByLabel('Receiving officer’s name', { exact: true }).inputValue(), 'Sam Driver', 'nothing typed is lost');
  await late.check();
  await page.click('button:has-text("Save")');
  await page.waitForSelector('h2:text-is("Handovers")');
  assert.ok((await stored(s, s.lateFlagId)).handovers[0]!.acknowledgements.length === before + 1);
});

test('cancelling asks "are you sure", keeps the reason, and leaves the record read-only', async (s) => {
  const nurse = s.healthcare.page;
  await logIn(nurse, s.server.url, 'healthcare', `/records/${s.cancelId}`);
  await nurse.getByRole('region', { name: 'Flags' }).waitFor();
  assert.is(await nurse.locator('button:has-text("Cancel this record")').count(), 0, 'only roles that may cancel are offered it');

  const { page } = s.prison;
  await page.goto(`${s.server.url}/records/${s.cancelId}`);
  await page.click('button:has-text("Cancel this record")');
  await page.waitForSelector('h1:text-is("Are you sure you want to cancel this record?")');
  await page.click('a:text-is("No, keep the record")');
  await page.getByRole('region', { name: 'Flags' }).waitFor();
  assert.is((await stored(s, s.cancelId)).state, 'confirmed', 'going back cancels nothing');

  await page.click('button:has-text("Cancel this record")');
  await page.waitForSelector('h1:text-is("Are you sure you want to cancel this record?")');
  await page.getByLabel('Why is it being cancelled? (optional)').fill('Hearing adjourned; the move is not going ahead.');
  await expectAccessible(page, 'cancel-are-you-sure');
  await page.click('button:has-text("Yes, cancel this record")');
  await page.getByRole('region', { name: 'Cancelled' }).waitFor();
  assert.is(await page.locator('.govuk-notification-banner').count(), 1, 'one banner says it was cancelled');
  const main = await page.locator('main').innerText();
  assert.match(main, /This record was cancelled on \d{1,2} \w+ 20\d\d at \d{2}:\d{2} by prison\./);
  assert.match(main, /Reason: Hearing adjourned; the move is not going ahead\./);
  assert.is(await page.locator('.govuk-tag:text-is("Cancelled")').count(), 1, 'the state says cancelled');
  assert.is(await page.locator('main button').count(), 0, 'nothing more can be done to it');
  assert.is(await page.locator('a:has-text("Print the record")').count(), 1, 'it can still be printed');
  await expectAccessible(page, 'cancelled');
  const record = await stored(s, s.cancelId);
  assert.is(record.state, 'cancelled');
  assert.is(record.cancelled?.reason, 'Hearing adjourned; the move is not going ahead.');
});

test('a draft can be cancelled from the task list; it then shows as cancelled and read-only', async (s) => {
  const prison = await apiAs(s.server.url, 'prison');
  const draft = (await prison.post('/records', {
    form: 'per', person: { id: 'C3456DE', name: 'Ana Silva', dateOfBirth: '1979-06-30' },
    move: { id: 'MOVE-DRAFT', type: 'court', from: 'WIN', to: 'SOTPIC', date: inDays(1) },
  })) as unknown as FormRecord;
  const { page } = s.prison;
  await page.goto(`${s.server.url}/records/${draft.id}`);
  await page.waitForSelector('.govuk-task-list');
  await page.click('button:has-text("Cancel this record")');
  await page.waitForSelector('h1:text-is("Are you sure you want to cancel this record?")');
  await page.click('a:text-is("No, keep the record")');
  await page.waitForSelector('.govuk-task-list');
  await page.click('button:has-text("Cancel this record")');
  await page.click('button:has-text("Yes, cancel this record")');
  await page.getByRole('region', { name: 'Cancelled' }).waitFor();
  assert.not.match(await page.locator('main').innerText(), /Reason:/, 'no reason given, none shown');
  assert.is(await page.locator('main input, main textarea, main button').count(), 0, 'nothing can be changed');
  assert.is((await stored(s, draft.id)).state, 'cancelled');
  await page.goBack();
  await page.getByRole('region', { name: 'Cancelled' }).waitFor();
  assert.is(await page.locator('.govuk-task-list, main button').count(), 0, 'the back button does not reopen the task list');
});

test.run();
