/**
 * Pilot rules on the policy team's start page in Welsh, in Chromium: each rule's description and places
 * in Welsh (from the rollout's own Welsh descriptions and the places' translation), and a pilot proposed
 * with its Welsh description, which a second policy user approves and the English page shows in English.
 * Screenshot: test/output/screenshots/welsh-editor-pilots.png.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Rollout } from '../../engine/rollout.ts';
import { axeViolations, formsDir, logIn, screenshot } from './support.ts';
import { closePolicyPair, openPolicyPair, type PolicyPair } from './policy-pair.ts';

const test = suite<PolicyPair>('pilot rules in Welsh');
const read = (file: string) => JSON.parse(readFileSync(join(formsDir, file), 'utf8'));

test.before(async (s) => {
  await openPolicyPair(s, ['cy', 'en']);
  await logIn(s.policy.page, s.server.url, 'policy', '/editor');
  await logIn(s.policy2.page, s.server.url, 'policy2', '/editor');
});
test.after(closePolicyPair);

test('the rules read in Welsh: descriptions from the rollout, places and regions by their Welsh names', async (s) => {
  const { page, problems } = s.policy;
  await page.locator('editor-home h2:text-is("Cynlluniau peilot")').waitFor();
  const rules = Object.values((read('rollout.json') as Rollout).forms).flatMap((f) => f.rules);
  const shown = await page.locator('editor-home dl.govuk-summary-list').innerText();
  for (const rule of rules.filter((r) => r.descriptions?.cy)) {
    assert.ok(shown.includes(rule.descriptions!.cy!), `the Welsh description of the ${rule.version} rule`);
    if (rule.description) assert.not.ok(shown.includes(rule.description), 'not its English one');
  }
  const regions = read('locations.json').regions as { code: string; name: string }[];
  const welshNames = read('locations.cy.json').strings as Record<string, { en: string; cy: string }>;
  for (const code of new Set(rules.flatMap((r) => r.when.regions ?? []))) {
    const welshName = welshNames[`/regions/${regions.findIndex((r) => r.code === code)}/name`]!.cy;
    assert.ok(shown.includes(welshName), `region ${code} by its Welsh name, ${welshName}`);
    assert.not.ok(shown.includes(`yn ${code}`), `not by its code ${code}`);
  }
  const welshPlaces = Object.values(read('locations.cy.json').strings as Record<string, { en: string; cy: string }>).filter((p) => p.en !== p.cy);
  assert.ok(welshPlaces.length > 0, 'some places have a Welsh name of their own');
  const labels = await page.locator('editor-home .govuk-checkboxes__label').allInnerTexts();
  const welshLabels = welshPlaces.filter((p) => labels.includes(p.cy));
  assert.ok(welshLabels.length > 0, 'the places to pilot at are named in Welsh');
  assert.not.ok(labels.includes(welshLabels[0]!.en));
  assert.equal(await axeViolations(page), []);
  assert.equal(problems, []);
});

test('a pilot proposed with its Welsh description: approved by a second user, it reads in each language', async (s) => {
  const { page, problems } = s.policy;
  const box = page.locator('editor-home .govuk-checkboxes__input').first();
  const code = await box.getAttribute('value');
  await box.check();
  await page.fill('#pilot-from', '2027-02-01');
  await page.fill('#pilot-description', 'Spring pilot at one place');
  await page.fill('#pilot-description-cy', 'Peilot y gwanwyn mewn un lle');
  assert.is(await page.getAttribute('#pilot-description-cy', 'lang'), 'cy');
  assert.is(await page.locator('label[for=pilot-description-cy]').innerText(), 'Disgrifiad yn Gymraeg (dewisol)');
  await page.click('button:text-is("Cynnig y cynllun peilot")');
  await page.locator('editor-home li', { hasText: 'o 1 Chwefror 2027' }).waitFor();
  await screenshot(page, 'welsh-editor-pilots');

  const other = s.policy2.page;
  await other.reload();
  await other.locator('editor-home li', { hasText: 'from 1 February 2027' }).locator('button:has-text("Approve pilot")').click();
  await other.locator('editor-home dl.govuk-summary-list', { hasText: 'Spring pilot at one place' }).waitFor();
  assert.not.match(await other.locator('editor-home dl.govuk-summary-list').innerText(), /Peilot y gwanwyn/);
  await page.reload();
  const welsh = page.locator('editor-home dl.govuk-summary-list');
  await welsh.locator('text=Peilot y gwanwyn mewn un lle').waitFor();
  assert.not.match(await welsh.innerText(), /Spring pilot/);
  const stored = (await (await fetch(`${s.server.url}/api/rollout`, { headers: { cookie: (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ') } })).json()) as { rollout: Rollout };
  const rule = Object.values(stored.rollout.forms).flatMap((f) => f.rules).find((r) => r.when.from === '2027-02-01')!;
  assert.equal([rule.description, rule.descriptions, rule.when.locations], ['Spring pilot at one place', { cy: 'Peilot y gwanwyn mewn un lle' }, [code]]);
  assert.equal(problems, []);
  assert.equal(s.policy2.problems, []);
});

test.run();
