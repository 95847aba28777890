/**
 * Staff fill one `per` 2.0.0 record in real Chromium: create it for a move, review prefilled answers,
 * follow-ups and lists, the error summary, two users at once, a conflict on one question, confirm,
 * the locked view, a handover and print. axe-core checks every state; no page may report a CSP
 * violation or a script error.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'playwright-core';
import type { FormRecord } from '../../engine/types.ts';
import { apiAs, axeViolations, seedConfirmedPerRecord, launchChromium, logIn, openPage, screenshot, startServer, typeDate, type Running, type WatchedPage, inDays } from './support.ts';

const PERSON = { id: 'A1234BC', name: 'Jan Kowalski', dateOfBirth: '1990-04-27' };

interface State {
  server: Running;
  browser: Browser;
  prison: WatchedPage;
  healthcare: WatchedPage;
  police: WatchedPage;
  recordId: string;
}
const test = suite<State>('record journey');
const pages = (s: State) => [s.prison, s.healthcare, s.police];

test.before(async (s) => {
  s.server = await startServer();
  s.browser = await launchChromium();
  // A confirmed record of an earlier move, so the new one is prefilled from it.
  await seedConfirmedPerRecord(s.server.url, PERSON, { id: 'MOVE-EARLIER', from: 'WIN', to: 'SOTPIC', date: inDays(1) });
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

async function expectAccessible(page: Page, state: string): Promise<void> {
  assert.equal(await axeViolations(page), [], `axe finds no WCAG 2.2 AA violation: ${state}`);
  await screenshot(page, state);
}

async function openSection(page: Page, title: string): Promise<void> {
  await page.click(`.govuk-task-list__link:text-is("${title}")`);
  await page.waitForSelector(`h1:text-is("${title}")`);
}

/** Who raised a SASH warning is not prefilled: whoever records it says so each time. */
async function fillRaisedBy(page: Page, name: string): Promise<void> {
  await page.getByLabel('Name of the person raising this warning', { exact: true }).fill(name);
  await page.getByLabel('Role of the person raising this warning', { exact: true }).fill('Reception officer');
  await page.getByLabel('Where the person raising this warning works', { exact: true }).fill('HMP Winchester');
  await typeDate(page, 'When was this warning raised?', '2026-11-22');
  await page.getByRole('group', { name: 'When was this warning raised?', exact: true }).getByLabel(/^Time/).fill('17:10');
}

async function answerNo(page: Page, question: string): Promise<void> {
  await page.locator('fieldset', { has: page.locator(`legend:text-is("${question}")`) }).locator('label:text-is("No")').first().click();
}

async function statusOf(page: Page, title: string): Promise<string> {
  const item = page.locator('.govuk-task-list__item', { has: page.locator(`.govuk-task-list__link:text-is("${title}")`) });
  return (await item.locator('.govuk-task-list__status').innerText()).trim();
}

test('a prison officer finds the person and creates a record for a move', async (s) => {
  const { page } = s.prison;
  await logIn(page, s.server.url, 'prison');
  await expectAccessible(page, 'finder');
  await page.fill('#personId', PERSON.id);
  await page.click('button:has-text("Find records")');
  await page.waitForSelector('table.govuk-table');
  assert.match(await page.locator('table.govuk-table').innerText(), /Confirmed/, 'the earlier record is listed');
  // Who the person is comes from their last record; staff only check it.
  assert.is(await page.inputValue('#personName'), PERSON.name);
  await page.fill('#personName', '');
  await page.selectOption('#form', 'per');
  await page.click('button:has-text("Create record")');
  const missing = await page.locator('.govuk-error-summary').innerText();
  assert.match(missing, /Enter the person’s full name/, 'missing fields are named');
  assert.match(missing, /Select the type of move/, 'the type of move must be chosen');
  const order = await page.locator('.govuk-error-summary a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  assert.equal(order, ['#personName', '#moveId', '#moveType', '#date-input', '#from', '#to'], 'problems are listed in the order of the form');
  await page.fill('#personName', PERSON.name);
  await page.fill('#moveId', 'MOVE-NOW');
  // The types of move are the codes the API accepts, offered by their titles.
  assert.ok((await page.locator('#moveType option').allInnerTexts()).includes('Court appearance'));
  await page.selectOption('#moveType', { label: 'Court appearance' });
  await typeDate(page, 'Date of the move', '2026-12-14');
  await page.selectOption('#from', 'WIN');
  await page.selectOption('#to', 'SOTPIC');
  await expectAccessible(page, 'finder-create');
  await Promise.all([page.waitForURL(/\/records\/[0-9a-f-]{36}$/), page.click('button:has-text("Create record")')]);
  s.recordId = page.url().split('/').pop()!;
  await page.waitForSelector('.govuk-task-list');
  assert.match(await page.locator('h1').innerText(), /Person escort record/);
  await expectAccessible(page, 'task-list');
  // Carried-over answers waiting for review are work to do, not "Completed".
  assert.match(await statusOf(page, 'Risk'), /^Check \d+ answers$/, 'the task list counts the answers to check');
  assert.match(await page.title(), /^Person escort record – GOV\.UK$|^.+ – Person escort record – GOV\.UK$/);
  await page.click('button:has-text("Check and confirm the record")');
  await page.waitForSelector('h1:text-is("The record cannot be confirmed yet")');
  // Grouped by section and by who can fix them: the nurse's Health section is for other staff.
  assert.match(await page.locator('main').innerText(), /For you to do[\s\S]*Risk[\s\S]*For other staff to do[\s\S]*Health\s+Only healthcare staff can do this/);
  assert.ok(await page.locator('main .govuk-list--bullet li a').count() > 0, 'what the user can fix links to the place');
  await expectAccessible(page, 'confirm-blockers');
  // A blocker's link opens its section with focus on the answer to fix.
  await page.locator('main .govuk-list--bullet li a', { hasText: 'Review the answer carried over' }).first().click();
  await page.waitForSelector('h1:text-is("Risk")');
  assert.ok(await page.evaluate(() => document.activeElement?.hasAttribute('data-accept')), 'focus is on the answer to review: ' + await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200) + ' ' + document.title));
  await page.click('a:has-text("Back to tasks")');
  await page.waitForSelector('.govuk-task-list');
  await page.click('button:has-text("Check and confirm the record")');
  await page.waitForSelector('h1:text-is("The record cannot be confirmed yet")');
  await page.click('button:has-text("Return to tasks")');
  await page.waitForSelector('.govuk-task-list');
});

test('prefilled answers say where they came from and must be accepted or changed', async (s) => {
  const { page } = s.prison;
  await openSection(page, 'Risk');
  const notice = page.locator('.form-prefill').first();
  assert.match(await notice.innerText(), /From the record confirmed on \d{1,2} \w+ 2026 at \d{2}:\d{2}/);
  assert.is(await page.locator('input[type=radio][value=yes]:checked').count() > 0, true, 'prefilled answers are selected');
  await expectAccessible(page, 'prefill-review');
  // Accepting one answer moves focus on to the next answer to review, not to the top of the page.
  const second = await page.locator('button[data-accept]').nth(1).getAttribute('data-accept');
  await page.locator('button[data-accept]').first().click();
  assert.is(await page.evaluate(() => document.activeElement?.getAttribute('data-accept')), second, 'focus moves to the next "Accept as it is"');
  await page.click('button:has-text("Save and continue")');
  const summary = page.locator('.govuk-error-summary');
  await summary.waitFor();
  assert.ok(await summary.evaluate((el) => el === document.activeElement), 'the error summary takes focus');
  assert.match(await summary.innerText(), /Accept or change the answer to/);
  // Changing an answer counts as its review; accept the rest as they are.
  const otherRisk = page.locator('fieldset', { has: page.locator('legend:text-is("Is there any other risk that escorting or receiving staff should know about?")') });
  await otherRisk.locator('label:text-is("No")').click();
  while (await page.locator('button[data-accept]').count()) await page.locator('button[data-accept]').first().click();
  await page.click('button:has-text("Save and continue")');
  await page.waitForSelector('.govuk-task-list');
  assert.is(await statusOf(page, 'Risk'), 'Completed');
  assert.match(await page.locator('.govuk-notification-banner').innerText(), /Risk saved/);
  await expectAccessible(page, 'section-saved');
});

test('leaving a section keeps what was typed; the browser back button steps through the journey', async (s) => {
  const { page } = s.prison;
  await openSection(page, 'Offence');
  const offences = page.getByLabel('What are their current offences?', { exact: true });
  await offences.fill('Burglary of a dwelling and handling stolen goods.');
  await page.click('a:has-text("Back to tasks")');
  await page.waitForSelector('.govuk-task-list');
  assert.match(await page.locator('.govuk-task-list__item', { hasText: 'Offence' }).innerText(), /changes that are not saved yet/);
  await page.goBack();
  await page.waitForSelector('h1:text-is("Offence")');
  assert.is(await offences.inputValue(), 'Burglary of a dwelling and handling stolen goods.', 'the typed answer is still there');
  await page.goBack();
  await page.waitForSelector('.govuk-task-list');
});

test('follow-ups reveal under their answer and clear when it closes; lists add and remove items', async (s) => {
  const { page } = s.prison;
  await openSection(page, 'Property');
  const moving = page.locator('fieldset', { has: page.locator('legend:text-is("Is any of their property being moved with them?")') }).first();
  await moving.locator('label:text-is("Yes")').first().click();
  const addBag = page.locator('button:has-text("Add a bag")');
  await addBag.waitFor();
  const reveal = page.locator('.govuk-radios__conditional:not([hidden])');
  assert.is(await reveal.count(), 1, 'the bags list is revealed under "Yes"');
  const controls = await moving.locator('input[value=yes]').first().getAttribute('aria-controls');
  assert.is(await reveal.getAttribute('id'), controls, 'the Yes radio controls the revealed block');
  await addBag.click();
  const seal = page.locator('input[id$="-bags-0-sealNumber-input"]');
  assert.ok(await seal.evaluate((el) => el === document.activeElement), 'a new item takes focus on its first field');
  await seal.fill('PB 12');
  const sealGroup = page.locator('.govuk-form-group', { has: seal });
  await sealGroup.locator('.govuk-error-message').waitFor();
  assert.match(await sealGroup.locator('.govuk-error-message').innerText(), /Seal number must only include letters, numbers and hyphens/, 'validation as you type');
  assert.match((await seal.getAttribute('aria-describedby')) ?? '', /error/, 'the message is tied to the field');
  await page.locator('button:has-text("Add another bag")').click();
  assert.is(await page.locator('fieldset.form-list-item').count(), 2);
  await page.locator('fieldset.form-list-item').nth(1).locator('button:has-text("Remove")').click();
  assert.is(await page.locator('fieldset.form-list-item').count(), 1, 'an item can be removed');
  await expectAccessible(page, 'follow-up-list');

  // Save with problems: the summary takes focus and each link moves focus to its field.
  await page.click('button:has-text("Save and continue")');
  const summary = page.locator('.govuk-error-summary');
  await summary.waitFor();
  assert.ok(await summary.evaluate((el) => el === document.activeElement), 'the error summary takes focus');
  const text = await summary.innerText();
  for (const message of ['Select yes if any of their property is being kept back', 'Seal number must only include letters, numbers and hyphens']) {
    assert.ok(text.includes(message), `the summary lists "${message}"`);
  }
  await expectAccessible(page, 'error-summary');
  await summary.locator('a:text-is("Select yes if any of their property is being kept back")').click();
  const focusedId = await page.evaluate(() => document.activeElement?.id ?? '');
  assert.match(focusedId, /-propertyKeptBack-input$/, 'the link moves focus to the field');
  assert.is(await page.locator(`#${focusedId}`).getAttribute('type'), 'radio');
  assert.ok(await page.locator('.govuk-form-group--error').count() >= 2, 'each field shows its message beside it');

  // Closing the reveal clears what was in it.
  await moving.locator('label:text-is("No")').first().click();
  assert.is(await page.locator('fieldset.form-list-item').count(), 0, 'the list is hidden');
  await moving.locator('label:text-is("Yes")').first().click();
  assert.is(await page.locator('fieldset.form-list-item').count(), 0, 'reopening shows an empty list: the answers were cleared');

  await page.locator('button:has-text("Add a bag")').click();
  await page.locator('input[id$="-bags-0-sealNumber-input"]').fill('PB223344');
  await page.locator('fieldset.form-list-item label:text-is("Clothing")').click();
  for (const question of ['Is any of their property being kept back?', 'Do they have any property with them, in their possession?']) {
    await page.locator('fieldset', { has: page.locator(`legend:text-is("${question}")`) }).locator('label:text-is("No")').click();
  }
  await page.click('button:has-text("Save and continue")');
  await page.waitForSelector('.govuk-task-list').catch(async (e) => { await screenshot(page, 'debug'); throw e; });
  assert.is(await statusOf(page, 'Property'), 'Completed');
});

test('a prison officer and a healthcare nurse fill the record at the same time', async (s) => {
  const prison = s.prison.page;
  const nurse = s.healthcare.page;
  await logIn(nurse, s.server.url, 'healthcare', `/records/${s.recordId}`);
  await nurse.waitForSelector('.govuk-task-list');
  // The view model says what this role may do: a nurse neither confirms nor cancels the record.
  assert.is(await nurse.locator('button:has-text("Check and confirm the record"), button:has-text("Cancel this record")').count(), 0);
  assert.match(await nurse.locator('main').innerText(), /Your role cannot confirm this record/);
  assert.is(await prison.locator('button:has-text("Cancel this record")').count(), 1, 'a prison officer may cancel it');
  await openSection(prison, 'Offence');
  await openSection(nurse, 'Health');
  // Both pages are open on the record at the same revision; each saves its own section.
  while (await prison.locator('button[data-accept]').count()) await prison.locator('button[data-accept]').first().click();
  while (await nurse.locator('button[data-accept]').count()) await nurse.locator('button[data-accept]').first().click();
  // The questions new in this version are not carried over.
  await answerNo(prison, 'Are they held under immigration powers?');
  await answerNo(nurse, 'Are they travelling with a child?');
  await expectAccessible(nurse, 'health-section');
  await Promise.all([prison.click('button:has-text("Save and continue")'), nurse.click('button:has-text("Save and continue")')]);
  await prison.waitForSelector('.govuk-task-list').catch(async (e) => { await screenshot(prison, 'debug-prison'); throw e; });
  await nurse.waitForSelector('.govuk-task-list').catch(async (e) => { await screenshot(nurse, 'debug-nurse'); throw e; });
  assert.is(await statusOf(nurse, 'Health'), 'Completed');
  assert.is(await statusOf(prison, 'Offence'), 'Completed');

  // Sections the nurse's role may not edit are read-only.
  assert.match(await nurse.locator('.govuk-task-list__item', { hasText: 'Risk' }).innerText(), /Read only/);
  await openSection(nurse, 'Risk');
  assert.is(await nurse.locator('main input').count(), 0, 'no inputs in a read-only section');
  assert.ok(await nurse.locator('.govuk-summary-list__row').count() > 5, 'the answers are shown');
  await expectAccessible(nurse, 'read-only-section');

  // Back on the task list, each sees the other's save without reloading the page.
  await nurse.click('a:has-text("Back to tasks")');
  const offence = nurse.locator('.govuk-task-list__item', { has: nurse.locator('.govuk-task-list__link:text-is("Offence")') });
  await offence.locator('.govuk-task-list__status:text-is("Completed")').waitFor();
  assert.is(await statusOf(nurse, 'Offence'), 'Completed');
});

test('when someone saved the same question first, both answers show and the user chooses', async (s) => {
  const prison = s.prison.page;
  const police = s.police.page;
  await logIn(police, s.server.url, 'police', `/records/${s.recordId}`);
  await police.waitForSelector('.govuk-task-list');
  await openSection(prison, 'Suicide and self-harm warning');
  await openSection(police, 'Suicide and self-harm warning');
  const what = (page: Page) => page.locator('textarea[id$="-sash-sashWhatHappened-input"]');
  await what(police).fill('Told the police officer he would harm himself.');
  const observation = (page: Page) => page.locator('fieldset', { has: page.locator('legend:text-is("What level of observation do you recommend while they are being moved?")') });
  await observation(police).locator('label:text-is("Standard")').click();
  await fillRaisedBy(police, 'Amrit Patel');
  while (await police.locator('button[data-accept]').count()) await police.locator('button[data-accept]').first().click();
  await police.click('button:has-text("Save and continue")');
  await police.waitForSelector('.govuk-task-list').catch(async (e) => { await screenshot(police, 'debug-police'); throw e; });

  const mine = 'Tearful in reception; said he would rather be dead than be moved.';
  await what(prison).fill(mine);
  await observation(prison).locator('label:text-is("Standard")').click();
  // The same person raised it, so only what happened differs from the police officer's save.
  await fillRaisedBy(prison, 'Amrit Patel');
  while (await prison.locator('button[data-accept]').count()) await prison.locator('button[data-accept]').first().click();
  await prison.click('button:has-text("Save and continue")');
  const conflict = prison.locator('[id$="-conflict"]');
  await conflict.waitFor();
  assert.ok(await conflict.evaluate((el) => el === document.activeElement), 'the conflict takes focus');
  const text = await conflict.innerText();
  assert.ok(text.includes(`Your answer: ${mine}`), 'shows what the user typed');
  assert.ok(text.includes('Their answer: Told the police officer he would harm himself.'), 'shows what was saved first');
  assert.is(await what(prison).inputValue(), mine, 'nothing the user typed is lost');
  await expectAccessible(prison, 'conflict');
  await conflict.locator('label:has-text("Your answer")').click();
  await conflict.locator('button:has-text("Keep these answers and save")').click();
  await prison.waitForSelector('.govuk-task-list');
  const stored = (await (await apiAs(s.server.url, 'prison')).get(`/records/${s.recordId}`)) as unknown as FormRecord;
  assert.is(stored.answers.sash?.sashWhatHappened, mine, 'the chosen answer is stored');
});

test('confirming shows every answer to check, then locks the record', async (s) => {
  const { page } = s.prison;
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
  await nurse.reload();
  await nurse.waitForSelector('h2:text-is("Flags")');
  assert.is(await nurse.locator('button:has-text("Record a handover")').count(), 0, 'only the actions the role may take are offered');
  assert.is(await nurse.locator('a:has-text("Print the record")').count(), 1);
  await expectAccessible(nurse, 'locked-read-only-role');
});

test.run();
