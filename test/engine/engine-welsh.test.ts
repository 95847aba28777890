// The engine's own words in Welsh: what staff read when a definition writes no message of its own
// (errors, list counts, states, dates, confirm blockers) follows the translator the caller passes,
// and English stays the default, word for word.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { messageFor } from '../../engine/messages.ts';
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

test('a rule the definition writes no message for is reported in Welsh, naming the question', () => {
  const form = fixtureForm();
  const questions = form.model.sections.flatMap((section) => [...section.byKey.values()]);
  const text = questions.find((q) => q.kind === 'text' && !q.errors.maxLength && !q.errors.type)!;
  const section = form.model.sections.find((s) => s.byKey.get(text.key) === text)!.key;
  const choice = questions.find((q) => q.choices && !q.errors.enum)!;
  const name = text.title.replace(/\?$/, '');
  assert.is(messageFor(text, 'maxLength', { limit: 10 }, cy), `Rhaid i ${name} fod yn 10 nod neu lai`);
  assert.is(messageFor(text, 'maxLength', { limit: 10 }), `${name} must be 10 characters or fewer`);
  assert.is(messageFor(choice, 'enum', {}, cy), `Dewiswch un o’r opsiynau ar gyfer “${choice.title}”`);
  const answers = { [section]: { [text.key]: 42 } };
  const typed = checkAnswers(form, answers, { t: cy }).invalid.find((e) => e.pointer === `/${section}/${text.key}`);
  assert.is(typed?.message, `Rhaid i ${name} fod yn destun`);
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
