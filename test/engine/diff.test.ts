import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CHANGE_GROUPS, CHANGE_KINDS, changesBySection, diffDefinitions, renderDiffMarkdown, renderDiffText, type Change } from '../../engine/diff/index.ts';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const fixture = (version: string) => read(`test/fixtures/steering/steering-check/${version}.json`);
const brief = (c: Change) => `${c.kind} ${c.section}${c.question ? ` ${c.question}` : ''}`;

const fixtureDiff = diffDefinitions(fixture('1.0.0'), fixture('2.0.0'));

test('the fixture pair lists exactly the expected changes, grouped by section in the new order', () => {
  assert.equal(fixtureDiff.changes.map(brief), [
    'formWordingChanged ', 'settingChanged ', 'settingChanged ',
    'nowMandatory risk spits', 'flagLevelChanged risk spits', 'prefillAdded risk spits', 'errorMessageChanged risk spits',
    'titleChanged risk violent', 'hintChanged risk violent', 'flagChanged risk violent', 'prefillRemoved risk violent',
    'optionChanged risk supervision', 'optionAdded risk supervision', 'optionRemoved risk supervision', 'flagAdded risk supervision',
    'flagRemoved risk weapon',
    'kindChanged risk hobby',
    'noLongerMandatory risk violentDetails', 'prefillRemoved risk violentDetails', 'answerRuleChanged risk violentDetails', 'errorMessageChanged risk violentDetails',
    'mandatoryConditionChanged risk weaponDetails',
    'shownWhenChanged risk supervisionReason',
    'questionRemoved risk notes',
    'sectionTitleChanged health', 'sectionHintChanged health', 'sectionRolesChanged health', 'sectionConfirmationChanged health',
    'followUpPageChanged health',
    'questionMoved health allergies',
    'nowMandatory health medicines/dose', 'errorMessageChanged health medicines/dose',
    'questionAdded health medicines/timing',
    'sectionAdded selfHarm', 'questionAdded selfHarm selfHarmRisk', 'questionAdded selfHarm selfHarmDetails',
    'sectionRemoved property', 'questionRemoved property bags',
  ]);
  assert.equal(changesBySection(fixtureDiff).map((g) => g.title), ['Whole form', 'Risk', 'Health and care', 'Self-harm', 'Property']);
});

test('every kind of change is exercised by the fixture pair', () => {
  const seen = new Set(fixtureDiff.changes.map((c) => c.kind));
  assert.equal(CHANGE_KINDS.filter((kind) => !seen.has(kind)), []);
});

test('mandatory rules are told in words from the definitions', () => {
  const sentence = (kind: string, question: string) => fixtureDiff.changes.find((c) => c.kind === kind && c.question === question)?.sentence;
  assert.is(sentence('nowMandatory', 'spits'), "'Are they known to spit at staff?' is now mandatory (was optional).");
  assert.is(sentence('mandatoryConditionChanged', 'weaponDetails'),
    "'Describe the weapon' is now asked and mandatory when 'Are they violent or dangerous?' is Yes (was asked and mandatory when 'Have they used a weapon?' is Yes).");
  assert.is(sentence('shownWhenChanged', 'supervisionReason'),
    "'Why do they need this supervision?' is now asked when 'What supervision do they need?' is Constant (was asked when 'What supervision do they need?' is Medium or High).");
  assert.is(sentence('noLongerMandatory', 'violentDetails'), "'Describe the violence' is no longer mandatory (was mandatory when 'Are they violent?' is Yes).");
  assert.is(fixtureDiff.changes.find((c) => c.kind === 'followUpPageChanged')?.sentence,
    "Follow-up questions asked when 'Do they take medicine?' is Yes ('Their medicines') are now asked on their own page, 'About their medicines', after the question page.");
  assert.is(sentence('questionAdded', 'selfHarmDetails'), "New question 'Describe the risk' (long text), asked and mandatory when 'Is there a risk they will harm themselves?' is Yes.");
});

test('changes carry pointers into both definitions and the values before and after', () => {
  const find = (kind: string, question?: string) => fixtureDiff.changes.find((c) => c.kind === kind && c.question === question)!;
  assert.equal(find('titleChanged', 'violent'), {
    kind: 'titleChanged', section: 'risk', sectionTitle: 'Risk', question: 'violent', questionTitle: 'Are they violent or dangerous?',
    pointers: { from: '/properties/risk/properties/violent/title', to: '/properties/risk/properties/violent/title' },
    before: 'Are they violent?', after: 'Are they violent or dangerous?',
    sentence: "Question reworded: 'Are they violent?' is now 'Are they violent or dangerous?'.",
  });
  assert.equal(find('flagLevelChanged', 'spits').pointers, { from: '/properties/risk/properties/spits/x-flags/0', to: '/properties/risk/properties/spits/x-flags/0' });
  assert.equal([find('flagLevelChanged', 'spits').before, find('flagLevelChanged', 'spits').after], ['alert', 'warning']);
  assert.equal(find('optionRemoved', 'supervision').pointers, { from: '/properties/risk/properties/supervision/oneOf/2' });
  assert.equal(find('nowMandatory', 'medicines/dose').pointers, {
    from: '/properties/health/allOf/0/then/properties/medicines/items/properties/dose',
    to: '/properties/health/allOf/0/then/properties/medicines/items/required/1',
  });
  assert.equal(find('mandatoryConditionChanged', 'weaponDetails').pointers, { from: '/properties/risk/allOf/2/if', to: '/properties/risk/allOf/0/if' });
  assert.equal(find('questionMoved', 'allergies').pointers, { from: '/properties/risk/properties/allergies', to: '/properties/health/properties/allergies' });
  assert.equal([find('answerRuleChanged', 'violentDetails').before, find('answerRuleChanged', 'violentDetails').after], [500, 1000]);
  assert.equal(find('settingChanged').pointers, { from: '/x-form/entryRoles', to: '/x-form/entryRoles' });
  assert.equal(find('sectionRolesChanged').after, ['healthcare', 'prison']);
});

test('PER 1.0.0 to 2.0.0: the suicide and self-harm warning becomes its own section', () => {
  const diff = diffDefinitions(read('forms/per/1.0.0.json'), read('forms/per/2.0.0.json'));
  const of = (kind: string) => diff.changes.filter((c) => c.kind === kind);
  assert.equal(of('sectionAdded').map((c) => c.section), ['sash']);
  // Read from the two files: these questions leave Risk for the new section, asked under the same conditions.
  for (const key of ['selfHarmIndicated', 'selfHarmConcerns', 'selfHarmHistory', 'selfHarmActions', 'observationLevel', 'selfHarmLastDate', 'actionOtherDetails']) {
    const moved = of('questionMoved').find((c) => c.question === key);
    assert.ok(moved, `${key} moved`);
    assert.equal([moved!.before, moved!.after], ['risk', 'sash']);
  }
  assert.is(of('questionMoved').length, 24);
  assert.equal(of('questionAdded').map((c) => c.question), [
    'sashWhatHappened', 'sashWhenHappened', 'sashSource', 'sashActionTaken', 'sashRaisedByName', 'sashRaisedByRole', 'sashRaisedByLocation', 'sashRaisedAt',
  ]);
  assert.is(of('questionAdded')[0]!.sentence,
    "New question 'What has happened that causes concern?' (long text), asked and mandatory when 'Is there any indication they may harm themselves or attempt suicide?' is Yes; carried over from the previous record.");
  assert.is(of('questionAdded').find((c) => c.question === 'sashActionTaken')!.sentence.includes('optional'), true);
  assert.equal(of('titleChanged').map((c) => [c.question, c.before, c.after]), [[
    'observationLevel', 'What level of observation do they need while they are being moved?', 'What level of observation do you recommend while they are being moved?',
  ]]);
  assert.equal(of('settingChanged').map((c) => [c.pointers.to, c.after]), [['/x-form/prefillFrom', ['sash']], ['/x-form/redFlagPage', true]]);
  assert.equal(of('questionRemoved'), []);
  assert.equal(of('nowMandatory'), []);
  assert.equal(of('noLongerMandatory'), []);
});

test('text and Markdown list the changes under their sections with counts', () => {
  const text = renderDiffText(fixtureDiff);
  assert.match(text, 'Steering check (2026) (steering-check): changes from version 1.0.0 to 2.0.0');
  assert.match(text, '  Questions added: 3\n');
  assert.match(text, "\nSelf-harm\n  - New section 'Self-harm', edited by prison staff;");
  const markdown = renderDiffMarkdown(fixtureDiff);
  assert.match(markdown, '| Questions removed | 2 |');
  assert.match(markdown, "\n## Health and care\n\n- Section 'Health' is now called 'Health and care'.");
  assert.match(renderDiffText(diffDefinitions(fixture('1.0.0'), fixture('1.0.0'))), 'No changes.');
});

test('docs/steering.md explains every summary heading the diff counts under', () => {
  const doc = readFileSync(new URL('../../docs/steering.md', import.meta.url), 'utf8');
  const rows = [...doc.matchAll(/^\| ([^|]+) \|/gm)].map((m) => m[1]!.trim());
  assert.equal(Object.values(CHANGE_GROUPS).filter((heading) => !rows.includes(heading)), []);
});

test.run();
