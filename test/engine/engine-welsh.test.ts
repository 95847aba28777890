// The engine's own words in Welsh: what staff read when a definition writes no message of its own
// (errors, list counts, states, dates, confirm blockers) follows the translator the caller passes,
// and English stays the default, word for word.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { buildViewModel, checkAnswers, countOf, createTranslator, formatDate, formatDateTime, oneOf, stateLabel, type ListNoun } from '../../engine/node.ts';
import { fixtureForm, newRecord } from './helpers.ts';

const file = (lang: string) => JSON.parse(readFileSync(new URL(`../../forms/locales/${lang}/engine.json`, import.meta.url), 'utf8')).messages;
const english = file('en');
const cy = createTranslator('cy', file('cy'), english);
const officer: ListNoun = { singular: 'swyddog', plural: 'swyddogion', article: 'a' };

test('dates and times read in Welsh month names, in UK time, with "am" before the time', () => {
  assert.is(formatDate('2025-03-03', cy), '3 Mawrth 2025');
  assert.is(formatDateTime('2025-07-03T14:20:00Z', undefined, cy), '3 Gorffennaf 2025 am 15:20');
  assert.is(formatDate('2025-03-03'), '3 March 2025');
  assert.is(formatDateTime('2025-12-03T09:05:00Z'), '3 December 2025 at 09:05');
});

test('states read in Welsh, English by default', () => {
  assert.is(stateLabel('confirmed', cy), 'Wedi’i gadarnhau');
  assert.is(stateLabel('complete'), 'Ready to confirm');
});

test('list counts take the Welsh plural form for 0, 1, 2, 3, 6 and 20 (zero, one, two, few, many, other)', () => {
  assert.equal([0, 1, 2, 3, 6, 20].map((n) => countOf(n, officer, cy)),
    ['0 swyddogion', '1 swyddog', '2 swyddog', '3 swyddog', '6 swyddog', '20 o swyddogion']);
  assert.is(oneOf(officer, cy), 'swyddog');
  assert.is(countOf(2, { singular: 'officer', plural: 'officers', article: 'an' }), '2 officers');
});

test('a missing answer is reported in Welsh, naming the (localised) question title', () => {
  const form = fixtureForm();
  const record = newRecord(form);
  const welsh = checkAnswers(form, record.answers, { t: cy }).incomplete;
  const plain = checkAnswers(form, record.answers).incomplete;
  assert.ok(welsh.length > 0);
  assert.is(welsh.length, plain.length);
  assert.ok(welsh.every((e) => /^(Rhowch|Dewiswch|Ychwanegwch) /.test(e.message)), welsh.map((e) => e.message).join('\n'));
  for (const [i, error] of welsh.entries()) {
    if (plain[i]!.message.startsWith('Enter an answer')) assert.match(error.message, /^Rhowch ateb ar gyfer “/);
    if (plain[i]!.message.startsWith('Select an answer')) assert.match(error.message, /^Dewiswch ateb ar gyfer “/);
  }
});

test('the view model\'s confirm blockers are Welsh sentences for a Welsh reader', () => {
  const form = fixtureForm();
  const view = buildViewModel(form, newRecord(form), { t: cy });
  assert.ok(view.confirmBlockers.length > 0);
  for (const sentence of view.confirmBlockers) {
    assert.match(sentence, /^(Cwblhewch yr adran|Dim ond staff|Adolygwch)/);
    assert.not.match(sentence, /Complete the|needs? an answer/);
  }
  assert.match(buildViewModel(form, newRecord(form)).confirmBlockers[0]!, /^Complete the /);
});

test.run();
