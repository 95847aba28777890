import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createTranslator, mergeLocaleFiles } from '../../engine/i18n/translator.ts';
import { checkLocale } from '../../engine/i18n/locale-check.ts';

const welshEntries = { zero: '{count} cofnod (dim)', one: '{count} cofnod (un)', two: '{count} gofnod (dau)', few: '{count} chofnod (tri)', many: '{count} chofnod (chwech)', other: '{count} cofnod (arall)' };

test('Welsh counts pick each of the six plural forms: 0, 1, 2, 3, 6 and 20', () => {
  const t = createTranslator('cy', { entries: welshEntries });
  assert.equal([0, 1, 2, 3, 6, 20].map((count) => t('entries', { count })), [
    '0 cofnod (dim)', '1 cofnod (un)', '2 gofnod (dau)', '3 chofnod (tri)', '6 chofnod (chwech)', '20 cofnod (arall)',
  ]);
});

test('English counts use one and other', () => {
  const t = createTranslator('en', { entries: { one: '{count} entry', other: '{count} entries' } });
  assert.equal([0, 1, 2].map((count) => t('entries', { count })), ['0 entries', '1 entry', '2 entries']);
});

test('a key the language lacks falls back to English; one neither has shows as itself', () => {
  const t = createTranslator('cy', { save: 'Cadw' }, { save: 'Save', cancel: 'Cancel {thing}' });
  assert.is(t('save'), 'Cadw');
  assert.is(t('cancel', { thing: 'record' }), 'Cancel record');
  assert.is(t('nowhere'), 'nowhere');
});

test('a placeholder without a value stays visible', () => {
  assert.is(createTranslator('en', { hello: 'Hello {name}' })('hello'), 'Hello {name}');
});

test('a key written in two area files is refused, naming both', () => {
  assert.throws(() => mergeLocaleFiles([
    { name: 'a.json', file: { language: 'cy', messages: { save: 'Cadw' } } },
    { name: 'b.json', file: { language: 'cy', messages: { save: 'Cadw eto' } } },
  ]), /b\.json: message "save" is already defined in a\.json/);
});

test('the locale check names missing text, missing plural forms, lost placeholders and stray keys', () => {
  const english = { save: 'Save {what}', entries: { one: '{count} entry', other: '{count} entries' }, cancel: 'Cancel' };
  const welsh = { save: 'Cadw', entries: { one: '{count} cofnod', other: '{count} cofnod' }, extra: 'Ychwanegol' };
  const problems = checkLocale('cy', english, welsh).map((p) => `${p.key} ${p.problem}`);
  assert.equal(problems, [
    'save lacks the placeholder {what}',
    'entries lacks the plural forms zero, two, few, many that cy uses',
    'cancel has no cy text',
    'extra is not an English message (removed or misspelt?)',
  ]);
});

test.run();
