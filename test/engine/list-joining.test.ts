/**
 * Lists joined in the reader's language by the one joiner (engine/i18n/engine-text.ts): Welsh "a" is
 * "ac" before a vowel, "a" and "neu" change the next lower-case word as Welsh reads it there, and names
 * and quoted titles are left as written. Role lists in refusals and the diff's lists go through it.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { andList, orList } from '../../engine/i18n/engine-text.ts';
import { rolesIn } from '../../engine/i18n/role-titles.ts';
import { createTranslator, type Messages } from '../../engine/i18n/translator.ts';
import { diffDefinitions } from '../../engine/diff/index.ts';
import cyDiff from '../../forms/locales/cy/diff.json' with { type: 'json' };
import cyEngine from '../../forms/locales/cy/engine.json' with { type: 'json' };
import enEngine from '../../forms/locales/en/engine.json' with { type: 'json' };
import roles from '../../forms/roles.json' with { type: 'json' };

const welsh = createTranslator('cy', { ...cyEngine.messages, ...cyDiff.messages } as Messages);
const english = createTranslator('en', enEngine.messages as Messages);
const code = (title: string) => roles.roles.find((r) => r.title === title)!.code;

test('Welsh "and" is "ac" before a vowel and "a" before a consonant', () => {
  assert.is(rolesIn([code('prison staff'), code('auditors')], welsh, 'and'), 'staff carchardai ac archwilwyr');
  assert.is(rolesIn([code('auditors'), code('prison staff')], welsh, 'and'), 'archwilwyr a staff carchardai');
  assert.is(andList(['un', 'dau', 'wyth'], welsh), 'un, dau ac wyth');
  assert.is(andList(['un', 'ysgol'], welsh), 'un ac ysgol');
});

test('Welsh "a" brings the aspirate mutation and "neu" the soft mutation to a lower-case word', () => {
  assert.is(rolesIn([code('escort staff'), code('policy teams')], welsh, 'and'), 'staff hebrwng a thimau polisi');
  assert.is(rolesIn([code('escort staff'), code('policy teams')], welsh, 'or'), 'staff hebrwng neu dimau polisi');
  assert.is(orList(['staff', 'gofal'], welsh), 'staff neu ofal');
  assert.is(orList(['staff', 'llys'], welsh), 'staff neu lys');
  // Words that are already mutated, or never mutate, stay as they are.
  assert.is(andList(['staff', 'thimau'], welsh), 'staff a thimau');
  assert.is(orList(['staff', 'fforymau rhanbarthol'], welsh), 'staff neu fforymau rhanbarthol');
});

test('answers, names and quoted titles are not mutated, and English lists are unchanged', () => {
  assert.is(orList(['Ie', 'Cyllell'], welsh), 'Ie neu Cyllell');
  assert.is(andList(['‘Iechyd’', '‘Teithio’'], welsh), '‘Iechyd’ a ‘Teithio’');
  assert.is(andList(['‘Iechyd’', '‘Asesiad’'], welsh), '‘Iechyd’ ac ‘Asesiad’');
  assert.is(rolesIn([code('prison staff'), code('auditors')], english, 'and'), 'prison staff and auditors');
  assert.is(orList(['a', 'b', 'c'], english), 'a, b or c');
  assert.is(andList(['only'], welsh), 'only');
  assert.is(andList([], welsh), '');
});

test('the diff joins its lists with the same words: a new section edited by two roles', () => {
  const form = (editRoles: string[]) => ({
    $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'F', type: 'object', 'x-form': { name: 'f', version: '1.0.0' },
    properties: { s: { title: 'S', type: 'object', 'x-section': { editRoles }, properties: { q: { title: 'Q', type: 'string', 'x-kind': 'text' } } } },
  });
  const from = form([code('prison staff')]);
  const to = form([code('prison staff'), code('auditors')]);
  const change = diffDefinitions(from, to, welsh).changes.find((c) => c.kind === 'sectionRolesChanged');
  assert.ok(change, 'the roles change is found');
  assert.match(change!.sentence, 'staff carchardai ac archwilwyr');
});

test.run();
