/**
 * A prison officer confirms a complete `per` 2.0.0 record in real Chromium: every answer to check,
 * "Change" back to a question, the locked view, then a handover acknowledging every red flag, an
 * event, a red flag added on the way, print, and the read-only view of a role that may add nothing.
 * axe-core checks every state; no page may report a CSP violation or a script error.
 */
import * as assert from 'uvu/assert';
import { seedConfirmedPerRecord, logIn, screenshot, inDays } from './support.ts';
import { expectAccessible, journeySuite, PERSON } from './record-journey-support.ts';

// Every section filled through the API by the roles that may, not yet confirmed.
const test = journeySuite('record confirm and handover', async (s) => {
  s.recordId = await seedConfirmedPerRecord(s.server.url, PERSON, { id: 'MOVE-NOW', from: 'WIN', to: 'SOTPIC', date: inDays(1) }, { confirm: false });
});

test('confirming shows every answer to check, then locks the record', async (s) => {
  const { page } = s.prison;
  await logIn(page, s.server.url, 'prison', `/records/${s.recordId}`);
  await page.waitForSelector('.govuk-task-list');
  await page.click('button:has-text("Check and confirm the record")');
  await page.waitForSelector('h1');
  const heading = await page.locator('h1').innerText();
  if (/cannot be confirmed/.test(heading)) {
    assert.unreachable(`blockers: ${await page.locator('main ul').innerText()}`);
  }
  assert.is(heading, 'Check the record before you confirm it');
  // Every answer is shown before the irreversible confirm, flags first, each with a way back to change it.
  const checkHeadings = await page.locator('main h2').allInnerTexts();
  assert.ok(checkHeadings.indexOf('Flags') >= 0 && checkHeadings.indexOf('Flags') < checkHeadings.indexOf('Risk'), 'flags come before the answers');
  assert.ok(await page.locator('.govuk-summary-list__row').count() > 20, 'the answers are listed');
  assert.ok(await page.locator('.govuk-summary-list__actions a:has-text("Change")').count() > 10, 'each answer the user may change has a Change link');
  await expectAccessible(page, 'check-answers');
  // "Change" goes back to the question, with focus on it.
  const change = page.locator('.govuk-summary-list__row', { hasText: 'What are their current offences?' }).locator('a:has-text("Change")');
  await change.click();
  await page.waitForSelector('h1:text-is("Offence")');
  assert.match(await page.evaluate(() => document.activeElement?.id ?? ''), /-offence-currentOffences-input$/, 'focus is on the question to change');
  await page.click('a:has-text("Back to tasks")');
  await page.click('button:has-text("Check and confirm the record")');
  await page.waitForSelector('h1:text-is("Check the record before you confirm it")');
  await page.click('button:text-is("Confirm the record")');
  await page.waitForSelector('h2:text-is("Flags")');
  const headings = await page.locator('main h2').allInnerTexts();
  assert.ok(headings.indexOf('Flags') < headings.indexOf('Risk'), 'flags come before the answers');
  const redFlags = headings.findIndex((h) => h.startsWith('Red flag warnings'));
  assert.ok(redFlags >= 0 && redFlags < headings.indexOf('Flags'), 'red flag warnings come first, before the flags');
  assert.match(await page.locator('main').innerText(), /Confirmed/);
  assert.is(await page.locator('main input, main textarea').count(), 0, 'a confirmed record is read-only');
  await expectAccessible(page, 'locked');
});

test('a handover acknowledges every red flag; the record can be printed', async (s) => {
  const { page } = s.prison;
  await page.click('button:has-text("Record a handover")');
  await page.waitForSelector('h1:text-is("Record a handover")');
  await page.click('button:has-text("Save")');
  const summary = page.locator('.govuk-error-summary');
  await summary.waitFor();
  assert.match(await summary.innerText(), /Acknowledge every red flag warning/);
  await page.getByLabel('Dispatching officer’s name', { exact: true }).fill('Officer Patel');
  await page.getByLabel('Dispatching officer’s identifier', { exact: true }).fill('WIN-4411');
  await page.getByLabel('Receiving officer’s name', { exact: true }).fill('Sam Driver');
  await page.getByLabel('Receiving officer’s identifier', { exact: true }).fill('GEO-1020');
  await page.getByLabel('Receiving organisation', { exact: true }).fill('GEOAmey');
  const acknowledgements = page.locator('input[type=checkbox]');
  assert.ok(await acknowledgements.count() > 0, 'the red flags are listed for acknowledgement');
  // The officer reads what each flag is about, for whom, and picks the organisation from the locations.
  assert.match(await page.locator('.govuk-caption-l').innerText(), new RegExp(PERSON.name));
  assert.match(await page.locator('.govuk-checkboxes__hint').first().innerText(), /Give details of .+: .+/);
  assert.ok(await page.locator('datalist option[value="HMP Winchester"]').count() === 1, 'locations are offered as the receiving organisation');
  for (const box of await acknowledgements.all()) await box.check();
  await expectAccessible(page, 'handover');
  await page.click('button:has-text("Save")');
  await page.waitForSelector('h2:text-is("Handovers")');
  assert.match(await page.locator('.govuk-summary-card', { hasText: 'Handed over on' }).innerText(), /Sam Driver \(GEO-1020\), GEOAmey/);

  await page.click('button:has-text("Add to the record of events")');
  await page.waitForSelector('h1:text-is("Add to the record of events")');
  await page.click('label:text-is("Meal")');
  await page.getByLabel('Where', { exact: true }).fill('M27 near Southampton');
  await page.getByLabel('What happened', { exact: true }).fill('Ate a sandwich and drank water.');
  await expectAccessible(page, 'event');
  await page.click('button:has-text("Save")');
  await page.waitForSelector('h2:text-is("Record of events")');
  assert.match(await page.locator('main').innerText(), /Ate a sandwich and drank water\./);

  await page.click('button:has-text("Add a red flag")');
  await page.waitForSelector('h1:text-is("Add a red flag warning")');
  await page.getByLabel('What is the risk?', { exact: true }).fill('Threatened the driver during the journey');
  await page.getByLabel('Who identified it?', { exact: true }).fill('Sam Driver');
  await expectAccessible(page, 'red-flag');
  await page.click('button:has-text("Save")');
  await page.locator('.govuk-notification-banner:has-text("Red flag added")').waitFor();
  assert.match(await page.locator('[role=region]', { hasText: 'Red flag warnings' }).innerText(), /Threatened the driver during the journey\s+Identified by Sam Driver, \d{1,2} \w+ \d{4} at \d{2}:\d{2}/);

  const printHref = await page.locator('a:has-text("Print the record")').getAttribute('href');
  assert.ok(printHref);
  const printPage = await s.prison.context.newPage();
  const printProblems: string[] = [];
  printPage.on('console', (m) => { if (m.type() === 'error') printProblems.push(m.text()); });
  await printPage.goto(s.server.url + printHref);
  const printed = await printPage.locator('body').innerText();
  assert.match(printed, new RegExp(PERSON.name), printed.slice(0, 300));
  assert.match(printed, /Court appearance/, 'the type of move is printed in words');
  await screenshot(printPage, 'print');
  assert.equal(printProblems, []);
  await printPage.close();

  // Healthcare staff read the confirmed record but may not add entries to it.
  const nurse = s.healthcare.page;
  await logIn(nurse, s.server.url, 'healthcare', `/records/${s.recordId}`);
  await nurse.waitForSelector('h2:text-is("Flags")');
  assert.is(await nurse.locator('button:has-text("Record a handover")').count(), 0, 'only the actions the role may take are offered');
  assert.is(await nurse.locator('a:has-text("Print the record")').count(), 1);
  await expectAccessible(nurse, 'locked-read-only-role');
});

test.run();
