/** Whether two records are about the same person: name (case, accents, spacing aside) and date of birth. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { normalisedName, samePerson } from '../../engine/person-match.ts';

test('case, accents and spacing do not matter; letters and punctuation do', () => {
  assert.is(normalisedName('  Zoë   O\'BRIEN '), 'zoe o\'brien');
  assert.is(normalisedName('José\tÑúñez'), 'jose nunez');
  assert.is(normalisedName('Jose\u0301'), 'jose', 'a combining accent typed separately');
  assert.is.not(normalisedName('Anne-Marie Smith'), normalisedName('Anne Marie Smith'));
  assert.is.not(normalisedName('Jon Smith'), normalisedName('John Smith'));
});

test('the same person needs the same date of birth as well as the same name', () => {
  const person = { name: 'Zoë O\'Brien', dateOfBirth: '1990-04-01' };
  assert.ok(samePerson(person, { name: 'ZOE O\'BRIEN', dateOfBirth: '1990-04-01' }));
  assert.not.ok(samePerson(person, { name: 'Zoë O\'Brien', dateOfBirth: '1990-04-02' }));
  assert.not.ok(samePerson(person, { name: 'Zoe Brien', dateOfBirth: '1990-04-01' }));
});

test.run();
