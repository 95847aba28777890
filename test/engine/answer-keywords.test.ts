// Keywords that check answers beyond JSON Schema (engine/vocabulary/x-*.ts), through the engine's
// public functions: each reports its rule with its own default message, or the definition's x-errors.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkAnswers, saveSection } from '../../engine/node.ts';
import { fixtureVariant, newRecord, NOW, nurse } from './helpers.ts';

test('saving checks x-date limits against the time of the save, not the clock', () => {
  const limited = fixtureVariant('1.5.0', (d) => { d.properties.care.properties.lastReview['x-date'] = { notAfter: 'today' }; });
  const record = newRecord(limited);
  const save = (at: string) => saveSection(limited, record, { section: 'care', answers: { medicated: 'no', lastReview: '2025-03-04' }, baseRevision: 1 }, nurse, at);
  const refused = save(NOW);
  assert.equal(refused.ok ? [] : refused.refusal.errors!.map((e) => [e.pointer, e.rule, e.message]), [['/care/lastReview', 'notAfter', 'Date of last review must be today or in the past']]);
  assert.ok(save('2025-03-04T09:00:00Z').ok, 'the same answer is accepted on the day it names');
});

test('an x-exclusive choice ticked with others is refused with the keyword\'s message, inside list items too', () => {
  const exclusive = fixtureVariant('1.6.0', (d) => {
    const groups = d.properties.safety.properties.groups;
    groups.items.oneOf.push({ const: 'none', title: 'None of these', 'x-exclusive': true });
  });
  const check = checkAnswers(exclusive, { safety: { aggressive: 'no', supervision: 'low', groups: ['public', 'none'] }, care: { medicated: 'no' } });
  assert.equal(check.invalid.map((e) => [e.pointer, e.rule, e.message]), [['/safety/groups', 'exclusive', 'Select “None of these” on its own, or select other options']]);
});

test.run();
