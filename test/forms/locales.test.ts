import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCALES_DIR, readLocales, translatorFor } from '../../server/i18n/locales.ts';

test('every language the service speaks has all of the interface text, checked against the default language', () => {
  const { locales, problems } = readLocales();
  assert.equal(problems, []);
  assert.ok(locales && locales.languages.length >= 2, 'English and at least one other language');
});

test('the translator speaks the chosen language and the default for a language the service does not speak', () => {
  const { locales } = readLocales();
  if (!locales) throw new Error('locales do not load');
  const english = translatorFor(locales, locales.defaultLanguage);
  for (const { code } of locales.languages) {
    const t = translatorFor(locales, code);
    for (const key of Object.keys(locales.messages.get(locales.defaultLanguage) ?? {})) {
      assert.ok(t(key, { count: 2 }) !== key, `${code} has text for ${key}`);
    }
  }
  assert.is(translatorFor(locales, 'xx')('language.switch.label'), english('language.switch.label'));
});

test('a Welsh file missing a key or a plural form is reported with its file and key', () => {
  const dir = mkdtempSync(join(tmpdir(), 'locales-'));
  try {
    cpSync(LOCALES_DIR, dir, { recursive: true });
    const path = join(dir, 'cy', 'common.json');
    const file = JSON.parse(readFileSync(path, 'utf8'));
    delete file.messages['language.switch.label'];
    delete file.messages['count.entries'].two;
    writeFileSync(path, JSON.stringify(file));
    const messages = readLocales(dir).problems.map((p) => p.message);
    assert.ok(messages.includes('"language.switch.label" has no cy text'), messages.join('\n'));
    assert.ok(messages.includes('"count.entries" lacks the plural forms two that cy uses'), messages.join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
