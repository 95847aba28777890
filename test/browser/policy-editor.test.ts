/**
 * A policy team in the browser: one policy user builds a small new form with the structured editor (a
 * yes/no question with a mandatory follow-up and a flag), previews it, submits it and proposes a pilot;
 * a second policy user approves both; a prison officer then starts a record on the new form at the
 * pilot location. Every page is under the real CSP, checked with axe, and photographed.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchChromium, logIn, openPage, screenshot, startServer, type Running, type WatchedPage } from './support.ts';

interface State { server: Running; browser: Browser; policy: WatchedPage; policy2: WatchedPage; prison: WatchedPage }
const test = suite<State>('policy team editor');

test.before(async (s) => {
  s.server = await startServer();
  s.browser = await launchChromium();
  [s.policy, s.policy2, s.prison] = await Promise.all([openPage(s.browser), openPage(s.browser), openPage(s.browser)]);
  for (const watched of [s.policy, s.policy2]) watched.context.setDefaultTimeout(15_000);
});

test.after(async (s) => {
  await s.browser?.close();
  await s.server?.close();
});

async function expectAccessible(page: Page, name: string): Promise<void> {
  await screenshot(page, `editor-${name}`);
  assert.equal(await axeViolations(page), [], `${name}: axe`);
}

const QUESTION = 'Do they need a cell on their own?';
const FOLLOW_UP = 'Why do they need a cell on their own?';

test('a policy user builds a new form with the structured editor and sees it in the preview', async (s) => {
  const { page, problems } = s.policy;
  await logIn(page, s.server.url, 'policy', '/editor');
  await page.waitForSelector('editor-home h1');
  await expectAccessible(page, 'home');
  await page.fill('#new-title', 'Court cell check');
  await page.fill('#new-name', 'court-cell-check');
  await page.selectOption('#new-role', 'prison');
  await Promise.all([page.waitForURL(/\/editor\/drafts\/[0-9a-f-]{36}$/), page.click('button:has-text("Start a new form")')]);
  await page.waitForSelector('#editor-no-problems');
  const preview = page.locator('form-preview');
  await preview.locator('h2:text-is("Court cell check")').waitFor();

  // The question the blank form starts with becomes the yes/no question.
  await page.click('button:has-text("First question")');
  await page.fill('[id$="-title"][id^="q-"]', QUESTION);
  await page.press('[id$="-title"][id^="q-"]', 'Tab');
  await preview.locator(`legend:text-is("${QUESTION}")`).waitFor();
  await page.fill('[id$="-required"][id^="q-"]', 'Select yes if they need a cell on their own');
  await page.press('[id$="-required"][id^="q-"]', 'Tab');

  // A flag on yes.
  await page.click('button:has-text("Add a flag")');
  await page.fill('[id^="flag-"][id$="-0-label"]', 'Needs a cell alone');
  await page.press('[id^="flag-"][id$="-0-label"]', 'Tab');
  await page.selectOption('[id^="flag-"][id$="-0-level"]', 'alert');
  await page.selectOption('[id^="flag-"][id$="-0-value"]', 'yes');

  // A follow-up on yes, made mandatory with its message.
  await page.selectOption('[id^="followup-"][id$="-value"]', 'yes');
  await page.selectOption('[id^="followup-"][id$="-kind"]', 'longText');
  await page.fill('[id^="followup-"][id$="-title"]', FOLLOW_UP);
  await page.click('button:has-text("Add follow-up")');
  await page.locator(`h3:text-is("Edit question: ${FOLLOW_UP}")`).waitFor();
  // A mandatory question without its message is a problem the checker names, with a link to the place.
  await page.check('[id$="-mandatory"]');
  await page.locator('#editor-problems').waitFor();
  assert.match(await page.locator('#editor-problems').innerText(), /required/);
  await page.fill('[id$="-required"][id^="q-"]', 'Enter why they need a cell on their own');
  await page.press('[id$="-required"][id^="q-"]', 'Tab');
  await page.waitForSelector('#editor-no-problems');

  // Undo takes the last change back, and the checker notices; redo it by hand.
  await page.click('button:has-text("Undo")');
  await page.locator('#editor-problems').waitFor();
  await page.fill('[id$="-required"][id^="q-"]', 'Enter why they need a cell on their own');
  await page.press('[id$="-required"][id^="q-"]', 'Tab');
  await page.waitForSelector('#editor-no-problems');

  // The preview is the real form: yes shows the mandatory follow-up.
  await preview.locator(`fieldset:has(legend:text-is("${QUESTION}")) label:text-is("Yes")`).click();
  await preview.locator(`label:text-is("${FOLLOW_UP}")`).waitFor();
  await preview.locator('button:has-text("Check answers")').click();
  assert.match(await preview.locator('.govuk-error-summary').innerText(), /Enter why they need a cell on their own/);
  await expectAccessible(page, 'structured');

  await page.click('button:has-text("Submit for approval")');
  await page.locator('[role=status]:has-text("Submitted for approval")').waitFor();
  assert.equal(problems, [], 'no console errors or CSP violations');
});

test('the JSON view: typing re-renders the preview; completion and linting come from the definition meta-schema, under the CSP', async (s) => {
  const { page, problems } = s.policy;
  // Each readable change its own undo step, however fast the test types.
  await page.evaluate(() => { (document.querySelector('definition-editor') as unknown as { typingPauseMs: number }).typingPauseMs = 0; });
  await page.click('button:has-text("JSON")');
  const editor = page.locator('.cm-content');
  await editor.waitFor();
  assert.match(await editor.innerText(), /"court-cell-check"/);
  // A keystroke in the title's value shows in the preview.
  await page.locator('.cm-line', { hasText: '"title": "Court cell check"' }).first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('s');
  await page.locator('form-preview h2:text-is("Court cell checks")').waitFor();
  // Completion offers the root's keywords.
  await editor.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('"desc');
  await page.keyboard.press('Control+Space');
  await page.locator('.cm-tooltip-autocomplete:has-text("description")').waitFor();
  await page.keyboard.press('Escape');
  // A keyword a definition cannot have is marked before the checker ever runs.
  await page.keyboard.type('": 5,');
  await page.locator('.cm-lintRange-error').first().waitFor({ state: 'attached' });
  await screenshot(page, 'editor-json-lint');
  await page.keyboard.press('Escape');
  await expectAccessible(page, 'json');
  // Undo steps back through both changes, in the JSON view too.
  await page.click('button:has-text("Undo")');
  await page.locator('form-preview h2:text-is("Court cell checks")').waitFor();
  await page.click('button:has-text("Undo")');
  await page.locator('form-preview h2:text-is("Court cell check")').waitFor();
  assert.not.match(await page.locator('.cm-content').innerText(), /"desc"/);
  assert.equal(problems, [], 'CodeMirror raised no CSP violation');
});

test('a second policy user approves the form; the author cannot', async (s) => {
  const own = await s.policy.page.evaluate(async () => {
    const drafts = await (await fetch('/api/drafts')).json() as { id: string }[];
    const response = await fetch(`/api/drafts/${drafts[0]!.id}/approve`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    return response.status;
  });
  assert.is(own, 403);
  const { page, problems } = s.policy2;
  await logIn(page, s.server.url, 'policy2', '/editor');
  await Promise.all([page.waitForURL(/\/editor\/review\//), page.click('a:has-text("Review court-cell-check 1.0.0")')]);
  await page.locator('draft-review form-preview h2:text-is("Court cell check")').waitFor();
  assert.match(await page.locator('.govuk-summary-list').innerText(), /No problems/);
  // A new form has no Welsh yet: the approver is told before publishing it, with the way to write it.
  assert.match(await page.locator('#translation-cy').innerText(), /^(\d+) of the \1 strings staff read are not in Welsh yet: staff reading Welsh will see them in English\. Write the Welsh$/);
  assert.match(await page.locator('#translation-cy a').getAttribute('href') ?? '', /^\/editor\/drafts\/[0-9a-f-]{36}\/welsh$/);
  await expectAccessible(page, 'review');
  await page.click('button:has-text("Approve and publish")');
  await page.locator('.govuk-panel__title:has-text("Approved and published: court-cell-check 1.0.0")').waitFor();
  assert.equal(problems, []);
});

test('a pilot proposed by one policy user and approved by another', async (s) => {
  const { page } = s.policy;
  await page.goto(`${s.server.url}/editor`);
  await page.waitForSelector('#pilot-version option[value="court-cell-check@1.0.0"]', { state: 'attached' });
  await page.selectOption('#pilot-version', 'court-cell-check@1.0.0');
  await page.check('#pilot-location-WIN');
  await page.fill('#pilot-description', 'Winchester tries the cell check');
  await page.click('button:has-text("Propose pilot")');
  await page.locator('li:has-text("proposed by policy")').waitFor();
  const reviewer = s.policy2.page;
  await reviewer.goto(`${s.server.url}/editor`);
  await reviewer.click('button:has-text("Approve pilot")');
  await reviewer.locator('dd:has-text("1.0.0 at HMP Winchester")').waitFor();
  await expectAccessible(reviewer, 'pilots');
});

test('a prison officer starts a record on the new form at the pilot location', async (s) => {
  const { page, problems } = s.prison;
  await logIn(page, s.server.url, 'prison');
  await page.fill('#personId', 'A1234BC');
  await page.click('button:has-text("Find records")');
  await page.selectOption('#form', 'court-cell-check');
  await page.fill('#personName', 'Sam Example');
  const dateGroup = (legend: string) => page.getByRole('group', { name: legend, exact: true });
  for (const [legend, [year, month, day]] of [['Date of birth', ['1990', '4', '1']], ['Date of the move', ['2026', '12', '14']]] as const) {
    await dateGroup(legend).getByLabel('Day', { exact: true }).fill(day);
    await dateGroup(legend).getByLabel('Month', { exact: true }).fill(month);
    await dateGroup(legend).getByLabel('Year', { exact: true }).fill(year);
  }
  await page.fill('#moveId', 'MOVE-CELL');
  await page.selectOption('#moveType', { index: 1 });
  await page.selectOption('#from', 'WIN');
  await page.selectOption('#to', 'SOTPIC');
  await Promise.all([page.waitForURL(/\/records\/[0-9a-f-]{36}$/), page.click('button:has-text("Create record")')]);
  await page.waitForSelector('.govuk-task-list');
  assert.match(await page.locator('h1').innerText(), /Court cell check/);
  const record = await page.evaluate(async () => (await fetch(`/api/records/${location.pathname.split('/').pop()}`)).json() as Promise<{ form: string; version: string }>);
  assert.equal([record.form, record.version], ['court-cell-check', '1.0.0']);
  assert.equal(problems, []);
});

test.run();
