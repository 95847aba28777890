/**
 * The service's interface text, read from forms/locales: languages.json names the languages and each
 * language has a folder of area files (pages.json, components.json, ...). Every language is checked
 * against the default one (same keys, placeholders, plural forms), so a missing Welsh word is a start-up
 * problem with its file and key rather than English or a raw key on a page.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { plainAjvErrors } from '../../engine/check/plain-ajv-error.ts';
import { checkLocale } from '../../engine/i18n/locale-check.ts';
import { createTranslator, mergeLocaleFiles, type LocaleFile, type Messages, type Translate } from '../../engine/i18n/translator.ts';
import { readJsonFile } from '../cli/definition-files.ts';
import { dataSchemaValidator } from '../cli/data-schemas.ts';
import type { FileProblem } from '../cli/validate.ts';

export interface Language {
  code: string;
  name: string;
}

export interface Locales {
  defaultLanguage: string;
  languages: Language[];
  messages: ReadonlyMap<string, Messages>;
}

/** Interface text is part of the product, not of a deployment's forms: it always comes from this repository. */
export const LOCALES_DIR = fileURLToPath(new URL('../../forms/locales/', import.meta.url));

export function readLocales(dir: string = LOCALES_DIR): { locales?: Locales; problems: FileProblem[] } {
  const problems: FileProblem[] = [];
  const listPath = join(dir, 'languages.json');
  const list = checkedJson(listPath, 'languages', problems) as { default: string; languages: Language[] } | undefined;
  if (!list) return { problems };
  const messages = new Map<string, Messages>();
  for (const [index, language] of list.languages.entries()) {
    const folder = join(dir, language.code);
    if (!existsSync(folder)) {
      problems.push({ path: listPath, pointer: `/languages/${index}`, message: `language "${language.code}" has no folder ${language.code}/ of interface text beside languages.json` });
      continue;
    }
    const files = areaFiles(folder).flatMap((path) => {
      const file = checkedJson(path, 'locale', problems) as LocaleFile | undefined;
      if (file && file.language !== language.code) problems.push({ path, pointer: '/language', message: `"${file.language}" is not the language of its folder, "${language.code}"` });
      return file ? [{ name: path, file }] : [];
    });
    try {
      messages.set(language.code, mergeLocaleFiles(files));
    } catch (error) {
      problems.push({ path: folder, pointer: '', message: (error as Error).message });
    }
  }
  const english = messages.get(list.default);
  if (!english) problems.push({ path: listPath, pointer: '/default', message: `the default language "${list.default}" is not one of the languages listed` });
  for (const [code, translated] of messages) {
    if (!english || code === list.default) continue;
    for (const { key, problem } of checkLocale(code, english, translated)) {
      problems.push({ path: join(dir, code), pointer: `/messages/${key}`, message: `"${key}" ${problem}` });
    }
  }
  if (problems.length > 0) return { problems };
  return { problems, locales: { defaultLanguage: list.default, languages: list.languages, messages } };
}

/** The text of `lang`, English (the default language) for what it lacks; the default language for a code the service does not speak. */
export function translatorFor(locales: Locales, lang: string | undefined): Translate {
  const code = lang && locales.messages.has(lang) ? lang : locales.defaultLanguage;
  return createTranslator(code, locales.messages.get(code) ?? {}, locales.messages.get(locales.defaultLanguage));
}

function areaFiles(folder: string): string[] {
  return readdirSync(folder).filter((name) => name.endsWith('.json')).sort().map((name) => join(folder, name));
}

function checkedJson(path: string, schema: string, problems: FileProblem[]): unknown {
  const file = readJsonFile(path);
  if (file.error !== undefined) {
    problems.push({ path, pointer: '', message: `the file ${file.error}` });
    return undefined;
  }
  const validate = dataSchemaValidator(schema);
  if (validate(file.json)) return file.json;
  problems.push(...plainAjvErrors(validate.errors, '', schema).map((p) => ({ path, ...p })));
  return undefined;
}
