import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkAnswers, isEmptyAnswer, type AnswerError } from '../../engine/node.ts';
import { fixtureForm, fixtureVariant } from './helpers.ts';

const form = fixtureForm();

const byPointer = (errors: AnswerError[]) => Object.fromEntries(errors.map((e) => [`${e.pointer} ${e.rule}`, e.message]));

test('a complete set of answers has no errors', () => {
  const result = checkAnswers(form, {
    safety: { aggressive: 'no', supervision: 'low', weightKg: 70.5, notes: 'Calm', code: 'ABC', groups: ['public'] },
    care: { medicated: 'no', lastReview: '2025-01-31', nextCheck: '2025-03-03T10:00:00Z' },
    property: { bags: [{ seal: 'S1', contents: 'Clothes' }] },
  });
  assert.equal(result, { invalid: [], incomplete: [] });
});

test('missing mandatory answers are incomplete, with the definition message, section and question', () => {
  const result = checkAnswers(form, {});
  assert.equal(result.invalid, []);
  assert.equal(result.incomplete, [
    { section: 'safety', question: 'aggressive', pointer: '/safety/aggressive', rule: 'required', message: 'Select yes if they are aggressive' },
    { section: 'safety', question: 'supervision', pointer: '/safety/supervision', rule: 'required', message: 'Select the supervision they need' },
    { section: 'care', question: 'medicated', pointer: '/care/medicated', rule: 'required', message: 'Select yes if they take medicine' },
  ]);
});

test('empty strings and empty lists count as no answer', () => {
  const result = checkAnswers(form, { safety: { aggressive: '', supervision: '  ', groups: [] }, care: { medicated: 'no' }, property: { bags: [] } });
  assert.equal(result.invalid, []);
  assert.equal(result.incomplete.map((e) => e.pointer), ['/safety/aggressive', '/safety/supervision']);
});

test('wrong values for every kind are invalid, with messages from the definition or built from the title', () => {
  const result = checkAnswers(form, {
    safety: { aggressive: 'maybe', supervision: 'extreme', groups: ['aliens'], weightKg: 5, notes: 'x'.repeat(101), code: 'abc' },
    care: { medicated: true, lastReview: '2025-02-30', nextCheck: 'tomorrow' },
    property: { bags: 'three' },
  });
  assert.equal(byPointer(result.invalid), {
    '/safety/aggressive enum': 'Select one of the options for “Are they aggressive?”',
    '/safety/supervision enum': 'Select one of the options for “What supervision do they need?”',
    '/safety/groups enum': 'Select one of the options for “Are they a risk to any of these groups?”',
    '/safety/weightKg minimum': 'Weight in kilograms must be 20 or more',
    '/safety/notes maxLength': 'Notes must be 100 characters or fewer',
    '/safety/code pattern': 'Enter the cell code in capital letters',
    '/care/medicated type': 'Select one of the options for “Do they take medicine?”',
    '/care/lastReview format': 'Date of last review must be a real date',
    '/care/nextCheck format': 'Enter a real date and time for the next check',
    '/property/bags type': 'Property bags must be a list of bags',
  });
  assert.equal(result.incomplete, []);
});

test('no message ever carries the validator\'s own wording', () => {
  const result = checkAnswers(form, {
    safety: { aggressive: 1, supervision: ['x'], groups: 'x', weightKg: 'heavy', notes: 7, code: 'A'.repeat(11), extra: 1 },
    care: { medicated: 'yes', medicines: [{ label: 5, urgent: 'perhaps', other: 'x' }, 'not an item'] },
    property: { bags: [{ contents: 'x' }] },
    nonsense: {},
  });
  const messages = [...result.invalid, ...result.incomplete].map((e) => e.message);
  assert.ok(messages.length >= 10);
  for (const message of messages) assert.not.match(message, /must (NOT )?(have|match|be equal|pass)|should|additional|unevaluated|schema/i, message);
});

test('an answer to a hidden follow-up and an unknown question are invalid even in a draft', () => {
  const result = checkAnswers(form, { safety: { aggressive: 'no', supervision: 'low', armed: 'yes', favouriteColour: 'red' }, nowhere: { a: 1 } });
  assert.equal(result.invalid.map((e) => [e.pointer, e.rule, e.section, e.question]), [
    ['/nowhere', 'unknown', 'nowhere', ''],
    ['/safety/armed', 'hidden', 'safety', 'armed'],
    ['/safety/favouriteColour', 'unknown', 'safety', 'favouriteColour'],
  ]);
});

test('follow-ups three levels deep become mandatory as each answer opens them', () => {
  const level = (safety: Record<string, unknown>) => checkAnswers(form, { safety: { supervision: 'low', ...safety }, care: { medicated: 'no' } }).incomplete.map((e) => e.question);
  assert.equal(level({ aggressive: 'yes' }), ['aggressionDetails', 'armed']);
  assert.equal(level({ aggressive: 'yes', aggressionDetails: 'x', armed: 'yes' }), ['armedWith']);
  assert.equal(level({ aggressive: 'yes', aggressionDetails: 'x', armed: 'yes', armedWith: 'knife' }), []);
  assert.equal(level({ aggressive: 'yes', aggressionDetails: 'x', armed: 'yes', armedWith: 'firearm' }), ['armedDescription']);
  assert.equal(level({ aggressive: 'yes', aggressionDetails: 'x', armed: 'yes', armedWith: 'other', armedDescription: 'A chair' }), []);
});

test('a ticked box opens its follow-up (contains condition)', () => {
  const result = checkAnswers(form, { safety: { aggressive: 'no', supervision: 'low', groups: ['officers', 'children'] }, care: { medicated: 'no' } });
  assert.equal(result.incomplete.map((e) => e.message), ['Give details of the risk to children']);
});

test('follow-ups inside list items are mandatory per item, and hidden per item', () => {
  const result = checkAnswers(form, {
    safety: { aggressive: 'no', supervision: 'low' },
    care: { medicated: 'yes', medicines: [
      { label: 'A', urgent: 'yes' },
      { label: 'B', urgent: 'no', dueAt: '2025-03-03T12:00:00Z' },
      { urgent: 'yes', dueAt: '2025-03-03T12:00:00Z' },
    ] },
  });
  assert.equal(result.incomplete.map((e) => [e.pointer, e.question, e.message]), [
    ['/care/medicines/0/dueAt', 'dueAt', 'Enter when it is due'],
    ['/care/medicines/2/label', 'label', 'Enter the label of the medicine'],
  ]);
  assert.equal(result.invalid.map((e) => [e.pointer, e.rule, e.section]), [['/care/medicines/1/dueAt', 'hidden', 'care']]);
});

test('list item keys must differ (uniqueItemKey), with the definition message or a plain one', () => {
  const result = checkAnswers(form, {
    safety: { aggressive: 'no', supervision: 'low' },
    care: { medicated: 'yes', medicines: [{ label: 'A', urgent: 'no' }, { label: 'A', urgent: 'no' }] },
    property: { bags: [{ seal: 'S1' }, { seal: 'S2' }, { seal: 'S1' }] },
  });
  assert.equal(result.invalid.map((e) => [e.pointer, e.rule, e.message]), [
    ['/care/medicines', 'uniqueItemKey', 'Each medicine must have a different label'],
    ['/property/bags', 'uniqueItemKey', 'Each bag must have a different seal number'],
  ]);
});

test('an x-exclusive choice ticked with others is invalid, in a section and in a list item; alone it is fine', () => {
  const none = { const: 'none', title: 'None of these', 'x-exclusive': true };
  const exclusive = fixtureVariant('1.8.0', (d) => {
    d.properties.safety.properties.groups.items.oneOf.push(none);
    d.properties.property.properties.bags.items.properties.checks = {
      'x-kind': 'multipleChoice', title: 'Checks made', type: 'array', uniqueItems: true,
      items: { type: 'string', oneOf: [{ const: 'sealed', title: 'Sealed' }, none] },
      'x-errors': { exclusive: 'Select “None of these” or the checks made, not both' },
    };
  });
  const answers = (groups: string[], checks: string[]) => ({
    safety: { aggressive: 'no', supervision: 'low', groups },
    care: { medicated: 'no' },
    property: { bags: [{ seal: 'S1', checks: ['sealed'] }, { seal: 'S2', checks }] },
  });
  assert.equal(checkAnswers(exclusive, answers(['none'], ['none'])), { invalid: [], incomplete: [] });
  assert.equal(checkAnswers(exclusive, answers(['officers', 'public'], ['sealed'])), { invalid: [], incomplete: [] });
  assert.equal(checkAnswers(exclusive, answers(['officers', 'none'], ['none', 'sealed'])).invalid, [
    { section: 'safety', question: 'groups', pointer: '/safety/groups', rule: 'exclusive', message: 'Select “None of these” on its own, or select other options' },
    { section: 'property', question: 'checks', pointer: '/property/bags/1/checks', rule: 'exclusive', message: 'Select “None of these” or the checks made, not both' },
  ]);
});

test('x-date limits compare with the day of the given now (UK time); the definition message or a plain one', () => {
  const limited = fixtureVariant('1.6.0', (d) => {
    d.properties.care.properties.lastReview['x-date'] = { notAfter: 'today' };
    d.properties.care.properties.lastReview['x-errors'] = { notAfter: 'Date of last review must be today or in the past' };
    d.properties.care.properties.nextCheck['x-date'] = { notBefore: 'today' };
  });
  const check = (lastReview: string, nextCheck: string, now: string) => checkAnswers(limited, {
    safety: { aggressive: 'no', supervision: 'low' }, care: { medicated: 'no', lastReview, nextCheck },
  }, { now }).invalid.map((e) => [e.pointer, e.rule, e.message]);
  // 23:30 UTC on 1 July is 00:30 on 2 July in London: "today" is 2 July.
  const now = '2025-07-01T23:30:00Z';
  assert.equal(check('2025-07-02', '2025-07-02T00:10:00+01:00', now), []);
  assert.equal(check('2025-07-03', '2025-07-01T22:59:00Z', now), [
    ['/care/lastReview', 'notAfter', 'Date of last review must be today or in the past'],
    ['/care/nextCheck', 'notBefore', 'Next check must be today or in the future'],
  ]);
  assert.equal(check('2025-07-03', '2025-07-01T22:59:00Z', '2025-07-03T09:00:00Z'), [['/care/nextCheck', 'notBefore', 'Next check must be today or in the future']]);
  assert.equal(check('2025-02-30', 'soon', now).map(([, rule]) => rule), ['format', 'format'], 'a malformed date has only its format error');
  assert.throws(() => checkAnswers(limited, {}, { now: 'yesterday' }), /"now" must be a date-time/);
});

test('a text of nothing but spaces of any kind is no answer; text with a letter anywhere is one', () => {
  for (const blank of ['', ' ', '\t\n', '\u00a0', '\u3000 ', '\u2003', '\ufeff']) assert.ok(isEmptyAnswer(blank), JSON.stringify(blank));
  for (const text of ['a', ' a', '\u00a0b ', 'é', '\u4e00', '\u0001']) assert.not.ok(isEmptyAnswer(text), JSON.stringify(text));
});

test.run();
