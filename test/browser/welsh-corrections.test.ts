/**
 * Issue 15, in Chromium: a policy user opens the Welsh of a published version from the editor, corrects
 * one question's Welsh and saves it (no new version); a second policy user who read the page before is
 * refused GOV.UK style, losing nothing; a prison officer's record page in Welsh shows the correction at
 * once. The Welsh page is axe-clean in English and in Welsh. Screenshots: test/output/screenshots/welsh-corrections-*.png.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'playwright-core';
import type { FormRecord } from '../../engine/types.ts';
import { apiAs, axeViolations, inDays, launchChromium, logIn, openPage, screenshot, startServer, type Running, type WatchedPage } from './support.ts';

const FORM = 'per-local';
const CORRECTED = 'Cwestiwn wedi’i gywiro gan y tîm polisi';

interface Definition { properties: Record<string, { title: string; properties: Record<string, { title: string }> }> }
interface State { server: Running; browser: Browser; policy: WatchedPage; policy2: WatchedPage; prison: WatchedPage; record: FormRecord; section: string; pointer: string }
const test = suite<State>('Welsh corrected in the browser');

const field = (page: Page, pointer: string) => page.locator(`translation-editor [data-pointer="${pointer}"]`).locator('input, textarea');

test.before(async (s) => {
  s.server = await startServer();
  s.browser = await launchChromium();
  [s.policy, s.policy2, s.prison] = await Promise.all([openPage(s.browser), openPage(s.browser), openPage(s.browser)]);
  for (const watched of [s.policy, s.policy2, s.prison]) watched.context.setDefaultTimeout(15_000);
  const prison = await apiAs(s.server.url, 'prison');
  s.record = (await prison.post('/records', {
    form: FORM, person: { id: 'C7777CY', name: 'Gwen Morgan', dateOfBirth: '1984-03-09' }, move: { id: 'MOVE-CORRECT', type: 'hospital', from: 'WIN', to: 'SOTPIC', date: inDays(1) },
  })) as unknown as FormRecord;
  const definition = (await prison.get(`/forms/${FORM}/versions/${s.record.version}`)) as unknown as Definition;
  const [section, { properties }] = Object.entries(definition.properties)[0]!;
  s.section = section;
  s.pointer = `/properties/${section}/properties/${Object.keys(properties)[0]}/title`;
});

test.after(async (s) => {
  await s.browser?.close();
  await s.server?.close();
});

test('a policy user corrects a question\'s Welsh of a published version from the editor', async (s) => {
  const { page, problems } = s.policy;
  await logIn(page, s.server.url, 'policy', '/editor');
  const versionPage = `/editor/welsh/${FORM}/${s.record.version}`;
  await Promise.all([page.waitForURL(`${s.server.url}${versionPage}`), page.click(`welsh-versions a[href="${versionPage}"]`)]);
  await page.locator('translation-editor h1').waitFor();
  assert.match(await page.locator('translation-editor h1').innerText(), new RegExp(`^Welsh: .* ${s.record.version.replace(/\./g, '\\.')}$`));
  assert.match(await page.locator('#welsh-counts').innerText(), /^\d+ strings: 0 not translated, 0 to translate again$/);
  const input = field(page, s.pointer);
  assert.ok((await input.inputValue()).length > 0, 'the Welsh from the file beside the version is there to correct');
  assert.equal(await axeViolations(page), []);

  await s.policy2.page.goto(`${s.server.url}/login?next=${encodeURIComponent(versionPage)}`);
  await s.policy2.page.fill('#username', 'policy2');
  await s.policy2.page.fill('#password', 'demo');
  await Promise.all([s.policy2.page.waitForURL(`${s.server.url}${versionPage}`), s.policy2.page.click('button[type=submit]')]);
  await field(s.policy2.page, s.pointer).waitFor();

  await input.fill(CORRECTED);
  await page.click('button:text-is("Save Welsh")');
  await page.locator('.govuk-notification-banner--success:has-text("Welsh saved (revision 1)")').waitFor();
  await screenshot(page, 'welsh-corrections-saved');
  assert.equal(problems, []);
});

test('a second policy user who read the page earlier is refused GOV.UK style; the correction is kept', async (s) => {
  const { page } = s.policy2;
  await field(page, s.pointer).fill('Rhywbeth arall');
  await page.click('button:text-is("Save Welsh")');
  const summary = page.locator('translation-editor .govuk-error-summary');
  await summary.waitFor();
  assert.match(await summary.innerText(), /There is a problem[\s\S]*changed by someone else \(now at revision 1, by policy\)/);
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'welsh-corrections-refused');
  await page.reload();
  assert.is(await field(page, s.pointer).inputValue(), CORRECTED);
});

test('a draft started from the version opens its Welsh from the editor, starting from the version\'s corrected Welsh', async (s) => {
  const { page, problems } = s.policy;
  await page.goto(`${s.server.url}/editor`);
  await page.selectOption('#from', `${FORM}@${s.record.version}`);
  await Promise.all([page.waitForURL(/\/editor\/drafts\/[0-9a-f-]{36}$/), page.click('button:text-is("Start a new version")')]);
  await Promise.all([page.waitForURL(/\/editor\/drafts\/[0-9a-f-]{36}\/welsh$/), page.click('main a:text-is("Welsh")')]);
  await page.locator('translation-editor .govuk-caption-l:text-is("Draft")').waitFor();
  assert.is(await field(page, s.pointer).inputValue(), CORRECTED);
  await field(page, s.pointer).fill(`${CORRECTED} (drafft)`);
  await page.click('button:text-is("Save Welsh")');
  await page.locator('.govuk-notification-banner--success:has-text("Welsh saved (revision 1)")').waitFor();
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'welsh-corrections-draft');
  assert.equal(problems, []);
});

test('a new form\'s draft has no Welsh yet: every string is marked not translated, and one written is counted', async (s) => {
  const { page, problems } = s.policy;
  await page.goto(`${s.server.url}/editor`);
  await page.fill('#new-title', 'Kit check');
  await page.fill('#new-name', 'kit-check');
  await Promise.all([page.waitForURL(/\/editor\/drafts\/[0-9a-f-]{36}$/), page.click('button:text-is("Start a new form")')]);
  await Promise.all([page.waitForURL(/\/welsh$/), page.click('main a:text-is("Welsh")')]);
  const counts = page.locator('#welsh-counts');
  await counts.waitFor();
  const [, total, missing] = /^(\d+) strings: (\d+) not translated, 0 to translate again$/.exec(await counts.innerText()) ?? [];
  assert.ok(Number(total) > 0 && total === missing, `all ${total} missing`);
  assert.is(await page.locator('translation-editor .govuk-tag:text-is("Not translated")').count(), Number(total));
  assert.ok(await page.locator('translation-editor h2 > span[lang=en]:text-is("Details")').isVisible(), 'each section under its English title');
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'welsh-corrections-new-form');
  await field(page, '/title').fill('Gwirio cit');
  await page.click('button:text-is("Save Welsh")');
  await page.locator(`#welsh-counts:text-is("${total} strings: ${Number(total) - 1} not translated, 0 to translate again")`).waitFor();
  assert.equal(problems, []);
});

test('the Welsh page itself reads in Welsh, axe-clean', async (s) => {
  const { page } = s.policy;
  await page.goto(`${s.server.url}/editor/welsh/${FORM}/${s.record.version}?lang=cy`);
  await page.locator('translation-editor h1').waitFor();
  assert.is(await page.getAttribute('html', 'lang'), 'cy');
  assert.match(await page.locator('translation-editor h1').innerText(), /^Cymraeg: /);
  assert.ok(await page.locator('button:text-is("Cadw’r Gymraeg")').isVisible());
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'welsh-corrections-page-cy');
});

test('a prison officer\'s record page in Welsh shows the correction, with no restart', async (s) => {
  const { page, problems } = s.prison;
  await page.goto(`${s.server.url}/login?lang=cy&next=${encodeURIComponent(`/records/${s.record.id}`)}`);
  await page.fill('#username', 'prison');
  await page.fill('#password', 'demo');
  await Promise.all([page.waitForURL(`${s.server.url}/records/${s.record.id}`), page.click('button[type=submit]')]);
  await page.click(`form-record .govuk-task-list__link[href="#${s.section}"]`);
  await page.locator(`form-record :text-is("${CORRECTED}")`).first().waitFor();
  assert.is(await page.getAttribute('form-record', 'lang'), 'cy');
  await screenshot(page, 'welsh-corrections-record');
  assert.equal(problems, []);
});

test.run();
