/**
 * Finding and starting records as staff do, without knowing a prison number: the Moves page (GOV.UK
 * table, sortable by date, paginated), "Start a record" only for roles that may, the create form
 * offering only the user's own locations to start from, refusing dates before the server's window (a
 * move is recorded after the fact within it, as the API allows) and moves going nowhere,
 * naming an existing record for a duplicate move, and filling the person's details from their last record.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'playwright-core';
import { apiAs, axeViolations, inDays, launchChromium, logIn, openPage, screenshot, startServer, type Running, type WatchedPage } from './support.ts';

interface State { server: Running; browser: Browser; prison: WatchedPage; nurse: WatchedPage }
const test = suite<State>('moves');
const PERSON = { id: 'C3333DE', name: 'Maria Lopez', dateOfBirth: '1979-06-30' };

test.before(async (s) => {
  s.server = await startServer();
  s.browser = await launchChromium();
  const prison = await apiAs(s.server.url, 'prison');
  for (let i = 0; i < 22; i++) {
    const person = i === 0 ? PERSON : { id: `D${1000 + i}EF`, name: `Person ${i}`, dateOfBirth: '1990-01-01' };
    await prison.post('/records', { form: 'per', person, move: { id: `MOVE-${i}`, type: 'court', from: 'WIN', to: 'SOTPIC', date: inDays(i % 5) } });
  }
  s.prison = await openPage(s.browser);
  s.nurse = await openPage(s.browser);
});

test.after(async (s) => {
  for (const w of [s.prison, s.nurse]) assert.equal(w.problems, [], 'no CSP violation or script error');
  await s.browser?.close();
  await s.server?.close();
});

const dates = (page: Page) => page.locator('table.govuk-table tbody tr td:first-child').allInnerTexts();

test('the Moves page lists the coming days\' moves where the user works, by date, 20 a page', async (s) => {
  const { page } = s.prison;
  await logIn(page, s.server.url, 'prison', '/moves');
  assert.match(await page.locator('.govuk-service-navigation').innerText(), /Moves/);
  assert.is(await page.locator('table.govuk-table tbody tr').count(), 20);
  assert.match(await page.locator('caption').innerText(), /^22 moves from/);
  assert.is(await page.locator('th[aria-sort=ascending]').count(), 1, 'sorted by date, earliest first');
  const shown = await dates(page);
  assert.is(shown[0], await page.evaluate((d) => new Date(`${d}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }), inDays(0)));
  assert.is(await page.locator('a:text-is("Start a record")').count(), 1, 'prison staff may start a record');
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'moves');
  await Promise.all([page.waitForURL(/page=2/), page.locator('.govuk-pagination a:has-text("Next")').click()]);
  assert.is(await page.locator('table.govuk-table tbody tr').count(), 2, 'the second page holds the rest');
  await Promise.all([page.waitForURL(/order=desc/), page.locator('th a:has-text("Date")').click()]);
  assert.is(await page.locator('th[aria-sort=descending]').count(), 1);
  const latestFirst = await dates(page);
  assert.not.equal(latestFirst[0], shown[0], 'latest first now');
  assert.equal(await axeViolations(page), []);
  // On a 320 px screen the table's rows stack, so nothing scrolls sideways (WCAG 1.4.10).
  await page.setViewportSize({ width: 320, height: 800 });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'the page fits 320 px');
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'moves-320');
  await page.setViewportSize({ width: 1100, height: 900 });
  // Each row opens its record.
  await Promise.all([page.waitForURL(/\/records\/[0-9a-f-]{36}$/), page.locator('tbody a').first().click()]);
  await page.waitForSelector('.govuk-task-list');
});

test('healthcare staff, who may not start records, are not offered to', async (s) => {
  const { page } = s.nurse;
  await logIn(page, s.server.url, 'healthcare', '/moves');
  assert.is(await page.locator('a:text-is("Start a record")').count(), 0);
  await page.goto(`${s.server.url}/records`);
  await page.fill('#personId', PERSON.id);
  await page.click('button:has-text("Find records")');
  await page.waitForSelector('table.govuk-table');
  assert.is(await page.locator('h2:text-is("Create a record for a move")').count(), 0, 'no create form for a role that may not create');
  assert.equal(await axeViolations(page), []);
});

test('starting a record: the person\'s details come from their last record; past dates, going nowhere and duplicates are refused clearly', async (s) => {
  const { page } = s.prison;
  await page.goto(`${s.server.url}/records`);
  await page.fill('#personId', PERSON.id);
  await page.click('button:has-text("Find records")');
  await page.waitForSelector('h2:text-is("Create a record for a move")');
  assert.is(await page.inputValue('#personName'), PERSON.name, 'the name is filled from their last record');
  const dob = page.getByRole('group', { name: 'Date of birth', exact: true });
  assert.equal([await dob.getByLabel('Day').inputValue(), await dob.getByLabel('Month').inputValue(), await dob.getByLabel('Year').inputValue()], ['30', '6', '1979']);
  const from = await page.locator('#from option').allInnerTexts();
  assert.equal(from, ['Select', 'HMP Winchester'], 'From offers only where the user works');
  await page.selectOption('#form', 'per');
  await page.fill('#moveId', 'MOVE-NEW');
  await page.selectOption('#moveType', { label: 'Court appearance' });
  const when = page.getByRole('group', { name: 'Date of the move', exact: true });
  const typeMoveDate = async (iso: string) => {
    const [year, month, day] = iso.split('-');
    await when.getByLabel('Day').fill(String(Number(day)));
    await when.getByLabel('Month').fill(String(Number(month)));
    await when.getByLabel('Year').fill(year!);
  };
  // The browser tests' server accepts moves up to 3650 days old (fixed test dates): one day older is refused.
  await typeMoveDate(inDays(-3651));
  await page.selectOption('#from', 'WIN');
  await page.selectOption('#to', 'WIN');
  await page.click('button:has-text("Create record")');
  const summary = page.locator('.govuk-error-summary');
  await summary.waitFor();
  const text = await summary.innerText();
  assert.match(text, /The date of the move must be \d{1,2} \w+ \d{4} or later: a move can be recorded up to 3650 days after it happened/);
  assert.match(text, /The move must end somewhere other than where it starts/);
  assert.match(await page.title(), /^Error: /);
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'create-refused');
  await typeMoveDate(inDays(1));
  await page.selectOption('#to', 'SOTPIC');
  await page.fill('#moveId', 'MOVE-3');
  await page.click('button:has-text("Create record")');
  await page.locator('.govuk-error-summary', { hasText: 'A Person escort record already exists for this move' }).waitFor();
  const existing = page.locator('a:has-text("Open the existing record for this move")');
  assert.match((await existing.getAttribute('href')) ?? '', /^\/records\/[0-9a-f-]{36}$/);
  assert.equal(await axeViolations(page), []);
  await Promise.all([page.waitForURL(/\/records\/[0-9a-f-]{36}$/), existing.click()]);
});

test('a move that already happened is recorded after the fact: the page and the API both accept a date within the window', async (s) => {
  const { page } = s.prison;
  await page.goto(`${s.server.url}/records`);
  await page.fill('#personId', 'E4444FG');
  await page.click('button:has-text("Find records")');
  await page.waitForSelector('h2:text-is("Create a record for a move")');
  await page.fill('#personName', 'Ola Nowak');
  const dob = page.getByRole('group', { name: 'Date of birth', exact: true });
  await dob.getByLabel('Day').fill('2');
  await dob.getByLabel('Month').fill('3');
  await dob.getByLabel('Year').fill('1985');
  await page.selectOption('#form', 'per');
  await page.fill('#moveId', 'MOVE-OUTAGE');
  await page.selectOption('#moveType', { label: 'Court appearance' });
  const [year, month, day] = inDays(-2).split('-');
  const when = page.getByRole('group', { name: 'Date of the move', exact: true });
  await when.getByLabel('Day').fill(String(Number(day)));
  await when.getByLabel('Month').fill(String(Number(month)));
  await when.getByLabel('Year').fill(year!);
  await page.selectOption('#from', 'WIN');
  await page.selectOption('#to', 'SOTPIC');
  await Promise.all([page.waitForURL(/\/records\/[0-9a-f-]{36}$/), page.click('button:has-text("Create record")')]);
  await page.locator('h1').first().waitFor();
  assert.is(await page.locator('.govuk-error-summary').count(), 0);
});

test.run();
