/**
 * The policy team's editor in Welsh in Chromium (?lang=cy): the start page, a draft in the definition
 * editor (saved and submitted, its messages in Welsh) and its review by a second policy user, each with
 * lang="cy", Welsh words and axe-clean. Screenshots in test/output/screenshots/welsh-editor-*.png.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { axeViolations, logIn, screenshot } from './support.ts';
import { closePolicyPair, openPolicyPair, type PolicyPair } from './policy-pair.ts';

const test = suite<PolicyPair>('editor in Welsh');

test.before((s) => openPolicyPair(s, ['cy', 'cy']));
test.after(closePolicyPair);

test('the start page and a new version in the definition editor, in Welsh', async (s) => {
  const { page, problems } = s.policy;
  await logIn(page, s.server.url, 'policy', '/editor');
  await page.locator('editor-home h1:text-is("Ysgrifennu a chyhoeddi ffurflenni")').waitFor();
  assert.is(await page.getAttribute('html', 'lang'), 'cy');
  assert.is(await page.locator('label[for=from]').innerText(), 'Dechrau o');
  assert.ok(await page.locator('h2:text-is("Cynlluniau peilot")').isVisible());
  assert.ok(await page.locator('legend:text-is("Lleoliadau")').isVisible());
  assert.match(await page.locator('editor-home').innerText(), /Dim drafftiau eto\./);
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'welsh-editor-home');

  await Promise.all([page.waitForURL(/\/editor\/drafts\/[0-9a-f-]{36}$/), page.click('button:text-is("Dechrau fersiwn newydd")')]);
  await page.locator('#editor-no-problems:text-is("Nid yw’r gwiriwr yn dod o hyd i unrhyw broblemau.")').waitFor();
  assert.is(await page.getAttribute('html', 'lang'), 'cy');
  assert.match(await page.locator('definition-editor h1').innerText(), /^Golygu /);
  assert.match(await page.locator('definition-editor .govuk-caption-l').first().innerText(), /^Drafft .* · drafft$/);
  assert.ok(await page.locator('button:text-is("Golygydd strwythuredig")').isVisible());
  assert.is(await page.locator('label[for=form-title]').innerText(), 'Teitl y ffurflen');
  assert.ok(await page.locator('h3:text-is("Adrannau")').isVisible());
  assert.is(await page.locator('label[for=new-question-kind]').innerText(), 'Math o gwestiwn');
  assert.is(await page.locator('#new-question-kind option[value=yesNo]').innerText(), 'Ie neu na');
  await page.locator('definition-editor ul.editor-list li button').first().click();
  await page.locator('definition-editor h3:text-matches("^Golygu’r cwestiwn: ")').waitFor();
  assert.ok(await page.locator('label:text-is("Awgrym (dewisol)")').isVisible());
  await page.click('button:text-is("Cadw’r drafft")');
  await page.locator('definition-editor [role=status]:text-matches("^Wedi’i gadw \\\\(diwygiad \\\\d+\\\\)$")').waitFor();
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'welsh-editor-draft');
  await page.click('button:text-is("Cyflwyno i’w gymeradwyo")');
  await page.locator('definition-editor [role=status]:text-is("Wedi’i gyflwyno i’w gymeradwyo: rhaid i ddefnyddiwr polisi arall ei gymeradwyo nawr")').waitFor();
  assert.equal(problems, []);
});

test('a second policy user reviews the draft in Welsh', async (s) => {
  const { page, problems } = s.policy2;
  await logIn(page, s.server.url, 'policy2', '/editor');
  await Promise.all([page.waitForURL(/\/editor\/review\//), page.click('editor-home a:text-matches("^Adolygu ")')]);
  await page.locator('draft-review .govuk-caption-l:text-is("Adolygu")').waitFor();
  assert.is(await page.getAttribute('html', 'lang'), 'cy');
  assert.ok(await page.locator('dt:text-is("Cyflwynwyd gan")').isVisible());
  const submitted = await page.locator('dt:text-is("Cyflwynwyd gan") + dd').innerText();
  assert.match(submitted, /^policy am \d{1,2} \S+ \d{4}/, 'when, as a date in Welsh');
  assert.not.match(submitted, /\d{4}-\d{2}-\d{2}/, 'not an ISO timestamp');
  assert.ok(await page.locator('button:text-is("Cymeradwyo a chyhoeddi")').isVisible());
  assert.is(await page.locator('label[for=reason]').innerText(), 'Neu ei wrthod: pam?');
  await page.click('button:text-is("Gwrthod")');
  await page.locator('draft-review .govuk-error-summary p:text-is("Nodwch pam y gwrthodir y drafft")').waitFor();
  assert.is(await page.locator('draft-review .govuk-error-summary__title').innerText(), 'Mae problem wedi codi');
  assert.equal(await axeViolations(page), []);
  await screenshot(page, 'welsh-editor-review');
  assert.equal(problems, []);
});

test.run();
