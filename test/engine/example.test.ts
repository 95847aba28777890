// The example generator meets the limits a schema sets (patterns, lengths, numbers, dates before or
// after today, exclusive choices, list sizes and keys) and opens follow-ups so their mandatory
// questions are answered.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkAnswers, exampleAnswers } from '../../engine/node.ts';
import { sampleMatching } from '../../engine/example/pattern.ts';
import { fixtureForm, fixtureVariant, loadDefinition } from './helpers.ts';
import { workedExample } from './cli-helpers.ts';

const TODAY = '2026-12-05';
const now = `${TODAY}T12:00:00Z`;

test('a pattern gets a string it matches; a seed varies the characters; lookarounds are not guessed at', () => {
  assert.is(sampleMatching('^(PB|SB)\\d{6}$'), 'PB012345');
  assert.is.not(sampleMatching('^[A-Z]{3}$', 0), sampleMatching('^[A-Z]{3}$', 1));
  assert.match(sampleMatching('^[^@\\s]+@[a-z]+\\.org$')!, /^[^@\s]+@[a-z]+\.org$/);
  assert.is(sampleMatching('^(?=x)y$'), undefined);
});

test('the worked example: every follow-up a record can open is open, so their mandatory questions are answered', () => {
  const answers = exampleAnswers(workedExample(), { today: TODAY });
  assert.equal(Object.keys(answers.risk!).sort(), ['heightCm', 'observation', 'riskTo', 'riskToStaffDetails', 'violent', 'violentDetails', 'weaponUsed', 'weaponWhen']);
  assert.equal((answers.health!.medication as any[])[0].neededWhileMoving, 'yes', 'the item follow-up is opened too');
  assert.ok((answers.health!.medication as any[])[0].nextDue);
});

test('limits: pattern, minLength, number bounds and multiples, dates before and after today, minItems with item keys, an exclusive choice', () => {
  const form = fixtureVariant('9.1.0', (d) => {
    const risk = d.properties[Object.keys(d.properties)[0]!];
    risk.properties.code = { 'x-kind': 'text', title: 'Code', type: 'string', maxLength: 8, pattern: '^[A-Z]{2}\\d{3}$', 'x-errors': { pattern: 'Enter a code like AB123' } };
    risk.properties.note = { 'x-kind': 'longText', title: 'Note', type: 'string', maxLength: 100, minLength: 30 };
    risk.properties.count = { 'x-kind': 'number', title: 'Count', type: 'number', exclusiveMinimum: 7, maximum: 20, multipleOf: 2.5 };
    risk.properties.born = { 'x-kind': 'date', title: 'Born', type: 'string', format: 'date', 'x-date': { notAfter: 'today' }, formatMinimum: '1900-01-01' };
    risk.properties.due = { 'x-kind': 'date', title: 'Due', type: 'string', format: 'date', 'x-date': { notBefore: 'today' } };
  });
  const answers = exampleAnswers(form.definition, { today: TODAY });
  const section = answers[form.model.sections[0]!.key]!;
  assert.match(section.code as string, /^[A-Z]{2}\d{3}$/);
  assert.ok((section.note as string).length >= 30);
  assert.is(section.count, 10);
  assert.ok((section.born as string) < TODAY && (section.due as string) > TODAY);
  assert.equal(checkAnswers(form, answers, { now }), { invalid: [], incomplete: [] });
});

test('the engine fixtures (lists keyed by item, minItems above one) are complete', () => {
  for (const [name, version] of [['fixture-move', '1.0.0'], ['fixture-move', '2.0.0'], ['fixture-health', '1.0.0']] as const) {
    const form = fixtureForm(name, version);
    assert.equal(checkAnswers(form, exampleAnswers(loadDefinition(name, version), { today: TODAY }), { now }), { invalid: [], incomplete: [] }, `${name} ${version}`);
  }
  const twoBags = fixtureVariant('9.2.0', (d) => {
    for (const section of Object.values<any>(d.properties)) {
      for (const q of Object.values<any>(section.properties)) if (q['x-kind'] === 'list' && q['x-list'].itemKey) q.minItems = 2;
    }
  });
  const answers = exampleAnswers(twoBags.definition, { today: TODAY });
  assert.equal(checkAnswers(twoBags, answers, { now }), { invalid: [], incomplete: [] }, 'two items with different keys');
});

test.run();
