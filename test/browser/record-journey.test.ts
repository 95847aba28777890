/**
 * Staff fill one `per` 2.0.0 record in real Chromium: create it for a move, review prefilled answers,
 * follow-ups and lists, the error summary, two users at once and a conflict on one question. axe-core
 * checks every state; no page may report a CSP violation or a script error. Confirming, the locked
 * view, a handover and print are in record-confirm-handover.test.ts.
 */
import * as assert from 'uvu/assert';
import type { Page } from 'playwright-core';
import type { FormRecord } from '../../engine/types.ts';
import { apiAs, seedConfirmedPerRecord, logIn, screenshot, typeDate, inDays } from './support.ts';
import { answerNo, expectAccessible, fillRaisedBy, journeySuite, openSection, PERSON, statusOf } from './record-journey-support.ts';

// A confirmed record of an earlier move, so the new one is prefilled from it.
const test = journeySuite('record journey', async (s) => {
  await seedConfirmedPerRecord(s.server.url, PERSON, { id: 'MOVE-EARLIER', from: 'WIN', to: 'SOTPIC', date: inDays(1) });
});

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

test.run();
