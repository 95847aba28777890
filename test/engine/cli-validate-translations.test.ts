// `form-engine validate` checks each translation beside a definition or data file against the English as
// it is now: a missing translation file is fine, an incomplete, stale or outdated one is a problem at the
// pointer of the string, reported against the translation file; the server refuses to start on the same.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { translatableStrings, type Translation } from '../../engine/i18n/index.ts';
import { definitionFiles, formsDir } from '../forms/load.ts';
import { formEngine } from './cli-helpers.ts';
import { bothReport, formsCopy } from './forms-copy.ts';

/** The first definition in the folder under test with a Welsh translation beside it. */
const translated = definitionFiles().find((f) => existsSync(f.path.replace(/\.json$/, '.cy.json')));

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const writeJson = (path: string, data: unknown) => writeFileSync(path, JSON.stringify(data, null, 2));
const problems = bothReport;

test('every translation in the forms folder passes, and is counted', () => {
  const run = formEngine(formsCopy(), 'validate', 'forms');
  assert.is(run.status, 0, run.stdout);
  assert.match(run.lines.at(-1)!, /definitions? checked, with \d+ translations? /);
});

if (translated) {
  const { form, version, definition } = translated;
  const file = `forms/${form}/${version}.cy.json`;
  const [first, second] = translatableStrings(definition);

  test(`${form} ${version}: English changed since it was translated is reported as stale, with its pointer and both Englishes`, () => {
    const root = formsCopy();
    const path = join(root, 'forms', form, `${version}.json`);
    const changed = readJson(path);
    const tokens = first!.pointer.slice(1).split('/');
    let node = changed;
    for (const token of tokens.slice(0, -1)) node = node[token];
    node[tokens.at(-1)!] = `${first!.en} (changed)`;
    writeJson(path, changed);
    assert.equal(problems(root), [
      `${file}#${first!.pointer}: stale: the English changed since it was translated, from “${first!.en}” to “${first!.en} (changed)”: translate it again and set "en" to the new English`,
    ]);
  });

  test(`${form} ${version}: an incomplete translation fails validate, naming what is missing and what is extra`, () => {
    const root = formsCopy();
    const path = join(root, 'forms', form, `${version}.cy.json`);
    const translation = readJson(path) as Translation;
    delete translation.strings[second!.pointer];
    translation.strings['/properties/noSuchSection/title'] = { en: 'Gone', cy: 'Wedi mynd' };
    writeJson(path, translation);
    assert.equal(problems(root), [
      `${file}#${second!.pointer}: missing: no cy translation of “${second!.en}” under "strings"`,
      `${file}#/properties/noSuchSection/title: extra: the English file has no text here (it was “Gone”): remove it`,
    ]);
  });

  test(`${form} ${version}: a Welsh string the definition checker would refuse (an empty one) and a wrong shape are reported`, () => {
    const root = formsCopy();
    const path = join(root, 'forms', form, `${version}.cy.json`);
    const translation = readJson(path);
    translation.strings[first!.pointer].cy = '';
    delete translation.review;
    writeJson(path, translation);
    const lines = problems(root);
    assert.ok(lines.some((l) => l.startsWith(`${file}#: `) && l.includes('review')), lines.join('\n'));
    assert.ok(lines.some((l) => l.startsWith(`${file}#/strings/`) && l.includes('cy')), lines.join('\n'));
  });

  test(`${form} ${version}: without its translation the folder still passes (a form may be English only); a translation of no file is reported`, () => {
    const root = formsCopy();
    rmSync(join(root, 'forms', form, `${version}.cy.json`));
    assert.is(formEngine(root, 'validate', 'forms').status, 0);
    writeJson(join(root, 'forms', form, '99.0.0.cy.json'), readJson(join(formsDir, form, `${version}.cy.json`)));
    assert.equal(problems(root), [`forms/${form}/99.0.0.cy.json#: a cy translation of 99.0.0.json, which is not in this folder`]);
  });
}

test('a data file translation is checked like a definition\'s: a renamed move type is stale', () => {
  const root = formsCopy();
  if (!existsSync(join(root, 'forms', 'move-types.cy.json'))) return;
  const path = join(root, 'forms', 'move-types.json');
  const data = readJson(path);
  const was = data.moveTypes[0].title;
  data.moveTypes[0].title = `${was} today`;
  writeJson(path, data);
  assert.equal(problems(root), [
    `forms/move-types.cy.json#/moveTypes/0/title: stale: the English changed since it was translated, from “${was}” to “${was} today”: translate it again and set "en" to the new English`,
  ]);
});

test.run();
