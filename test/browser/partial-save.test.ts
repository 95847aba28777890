/**
 * A section save sends only what this user changed: prefilled answers nobody looked at stay awaiting
 * review, and a colleague's newer answer to another question of the same section is neither a conflict
 * nor overwritten. When the same question does conflict, neither answer is chosen for the user.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'playwright-core';
import type { FormRecord } from '../../engine/types.ts';
import { apiAs, launchChromium, logIn, openPage, seedConfirmedPerRecord, startServer, type Running, type WatchedPage, inDays } from './support.ts';

const PERSON = { id: 'B7654CD', name: 'Amir Haddad', dateOfBirth: '1985-02-11' };

interface State { server: Running; browser: Browser; prison: WatchedPage; recordId: string }
const test = suite<State>('partial section saves');

test.before(async (s) => {
  s.server = await startServer();
  s.browser = await launchChromium();
  await seedConfirmedPerRecord(s.server.url, PERSON, { id: 'MOVE-A', from: 'WIN', to: 'SOTPIC', date: inDays(1) });
  const police = (await (await apiAs(s.server.url, 'police')).get('/session')) as { locations: string[] };
  const created = (await (await apiAs(s.server.url, 'prison')).post('/records', {
    form: 'per', person: PERSON, move: { id: 'MOVE-B', type: 'court', from: 'WIN', to: police.locations[0], date: '2026-12-14' },
  })) as unknown as FormRecord;
  s.recordId = created.id;
  s.prison = await openPage(s.browser);
});

test.after(async (s) => {
  await s.browser?.close();
  await s.server?.close();
});

async function stored(s: State): Promise<FormRecord> {
  return (await (await apiAs(s.server.url, 'prison')).get(`/records/${s.recordId}`)) as unknown as FormRecord;
}

const awaitingReview = (record: FormRecord) =>
  Object.entries(record.prefill).filter(([pointer, mark]) => pointer.startsWith('/risk/') && mark.needsReview).map(([p]) => p).sort();

function question(page: Page, legend: string) {
  return page.locator('fieldset', { has: page.locator(`legend:text-is("${legend}")`) }).first();
}

test('saving a draft marks only the changed answer reviewed and keeps a colleague’s other answer', async (s) => {
  const before = await stored(s);
  const waiting = awaitingReview(before);
  assert.ok(waiting.includes('/risk/otherRisk') && waiting.includes('/risk/nextOfKinKnown'), 'the risk answers were prefilled');

  const { page } = s.prison;
  await logIn(page, s.server.url, 'prison', `/records/${s.recordId}`);
  await page.click('.govuk-task-list__link:text-is("Risk")');
  await page.waitForSelector('h1:text-is("Risk")');

  // Meanwhile a police officer answers a different question of the same section.
  await (await apiAs(s.server.url, 'police')).patch(`/records/${s.recordId}/sections/risk`, { answers: { nextOfKinKnown: 'yes', nextOfKinKnownDetails: 'Sister, Leila Haddad, in Portsmouth.' }, revision: before.revision });

  await question(page, 'Is there any other risk that escorting or receiving staff should know about?').locator('button[data-accept]').click();
  await page.click('button:has-text("Save as draft")');
  await page.waitForSelector('.govuk-task-list');
  assert.is(await page.locator('[id$="-conflict"]').count(), 0, 'no conflict for a question this user did not touch');

  const after = await stored(s);
  assert.is(after.answers.risk?.nextOfKinKnown, 'yes', 'the police officer’s answer is kept');
  assert.is(after.answers.risk?.nextOfKinKnownDetails, 'Sister, Leila Haddad, in Portsmouth.');
  assert.equal(awaitingReview(after), waiting.filter((p) => p !== '/risk/otherRisk' && p !== '/risk/nextOfKinKnown'),
    'only the answers someone changed count as reviewed');
});

test('a conflict on the same question makes the user choose; nothing is preselected', async (s) => {
  const { page } = s.prison;
  const base = await stored(s);
  await page.click('.govuk-task-list__link:text-is("Risk")');
  await page.waitForSelector('h1:text-is("Risk")');
  await (await apiAs(s.server.url, 'police')).patch(`/records/${s.recordId}/sections/risk`, { answers: { civilDisorder: 'yes', civilDisorderDetails: 'Took part in the 2025 riot on C wing.' }, revision: base.revision });

  // This page still shows the prefilled "No"; the user changes their mind and settles on "No" again.
  const civilDisorder = question(page, 'Have they been involved in civil disorder, such as a riot or protest in custody?');
  await civilDisorder.locator('label:text-is("Yes")').first().click();
  await civilDisorder.locator('label:text-is("No")').first().click();
  await page.click('button:has-text("Save as draft")');
  const conflict = page.locator('[id$="-conflict"]');
  await conflict.waitFor();
  assert.is(await conflict.locator('input[type=radio]:checked').count(), 0, 'neither answer is chosen for the user');
  await conflict.locator('button:has-text("Keep these answers and save")').click();
  assert.match(await conflict.innerText(), /Choose which answer to keep for/, 'saving without choosing says what to do');
  assert.is((await stored(s)).answers.risk?.civilDisorder, 'yes', 'nothing was saved over the colleague’s answer');

  for (const theirs of await conflict.locator('label:has-text("Their answer")').all()) await theirs.click();
  await conflict.locator('button:has-text("Keep these answers and save")').click();
  await page.waitForSelector('.govuk-task-list');
  const after = await stored(s);
  assert.is(after.answers.risk?.civilDisorder, 'yes');
  assert.is(after.answers.risk?.civilDisorderDetails, 'Took part in the 2025 riot on C wing.');
});

test.after.each(async (s) => {
  assert.equal(s.prison.problems, [], 'no CSP violation or script error');
});

test.run();
