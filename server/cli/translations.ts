/**
 * `form-engine validate` and the server's start check translations beside the files they translate
 * (forms/<form>/<version>.cy.json, forms/<data>.cy.json): each against forms/schemas/translation.schema.json,
 * then against the English as it is now. No translation file is fine (a form may be English only); an
 * incomplete one is not: every missing, extra and stale string is a problem at its pointer into the
 * English file, reported against the translation file. The localised definition must pass the definition
 * checker too (a Welsh flag label longer than the limit would break the form in Welsh only).
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { checkDefinition } from '../../engine/check/index.ts';
import { plainAjvErrors } from '../../engine/check/plain-ajv-error.ts';
import {
  checkStrings, DATA_TEXT, localiseDefinition, stringsOf, translatableStrings, TRANSLATED_DATA, TRANSLATION_LANGUAGES,
  translationFileName, translationLanguageOf, type TranslatableString, type Translation, type TranslationLanguage,
} from '../../engine/i18n/index.ts';
import { readJsonFile, type DefinitionFile } from './definition-files.ts';
import { dataSchemaValidator } from './data-schemas.ts';
import type { DefinitionProblem } from '../../engine/types.ts';
import type { FileProblem } from './validate.ts';


/** Reads and shape-checks one translation file; `translation` is set only when it has no problem. */
export function readTranslation(path: string, problems: FileProblem[]): Translation | undefined {
  const file = readJsonFile(path);
  if (file.error !== undefined) {
    problems.push({ path, pointer: '', message: `the file ${file.error}` });
    return undefined;
  }
  const validateShape = dataSchemaValidator('translation');
  if (!validateShape(file.json)) {
    problems.push(...plainAjvErrors(validateShape.errors, '', 'translation').map((p) => ({ path, ...p })));
    return undefined;
  }
  const translation = file.json as Translation;
  const named = translationLanguageOf(basename(path));
  if (named !== translation.language) {
    problems.push({ path, pointer: '/language', message: `the file is named for "${named}" but its "language" is "${translation.language}"` });
    return undefined;
  }
  return translation;
}

/** The problems of one translation against the strings of the English file it sits beside. */
export function translationProblems(path: string, strings: readonly TranslatableString[], translation: Translation): FileProblem[] {
  const { missing, extra, stale } = checkStrings(strings, translation);
  return [
    ...missing.map(({ pointer, en }) => ({ path, pointer, message: `missing: no ${translation.language} translation of “${en}” under "strings"` })),
    ...stale.map(({ pointer, was, now }) => ({
      path, pointer, message: `stale: the English changed since it was translated, from “${was}” to “${now}”: translate it again and set "en" to the new English`,
    })),
    ...extra.map(({ pointer, en }) => ({ path, pointer, message: `extra: the English file has no text here (it was “${en}”): remove it` })),
  ];
}

/** Each language's translation beside a definition file, checked; problems are added to `problems`. */
export function definitionTranslations(file: DefinitionFile, problems: FileProblem[], check: (definition: unknown) => DefinitionProblem[] = checkDefinition): Partial<Record<TranslationLanguage, Translation>> {
  const found: Partial<Record<TranslationLanguage, Translation>> = {};
  for (const language of TRANSLATION_LANGUAGES) {
    const path = join(dirname(file.path), translationFileName(basename(file.path), language));
    if (!existsSync(path)) continue;
    const translation = readTranslation(path, problems);
    if (!translation) continue;
    const own = translationProblems(path, translatableStrings(file.json), translation);
    own.push(...check(localiseDefinition(file.json, translation)).map((p) => ({
      path, pointer: p.pointer, message: `in ${language}, the definition would not pass the checker: ${p.message}`,
    })));
    problems.push(...own);
    if (own.length === 0) found[language] = translation;
  }
  return found;
}

/** Translation files in a folder with no English file beside them: nothing would ever read them. */
export function orphanTranslations(dir: string): FileProblem[] {
  const walk = (at: string): FileProblem[] => readdirSync(at, { withFileTypes: true }).flatMap((entry) => {
    const path = join(at, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('.') || entry.name === 'node_modules' ? [] : walk(path);
    const language = translationLanguageOf(entry.name);
    if (!language || existsSync(path.replace(new RegExp(`\\.${language}\\.json$`), '.json'))) return [];
    return [{ path, pointer: '', message: `a ${language} translation of ${entry.name.replace(`.${language}.json`, '.json')}, which is not in this folder` }];
  });
  return walk(dir);
}

/** The translations of the data files in a forms folder (entries, move types, locations, roles), checked. */
export function dataTranslations(dir: string, problems: FileProblem[]): Partial<Record<string, Partial<Record<TranslationLanguage, Translation>>>> {
  const found: Partial<Record<string, Partial<Record<TranslationLanguage, Translation>>>> = {};
  for (const name of TRANSLATED_DATA) {
    const english = join(dir, `${name}.json`);
    for (const language of TRANSLATION_LANGUAGES) {
      const path = join(dir, translationFileName(`${name}.json`, language));
      if (!existsSync(path) || !existsSync(english)) continue;
      const data = readJsonFile(english);
      const translation = readTranslation(path, problems);
      if (data.error !== undefined || !translation) continue;
      const own = translationProblems(path, stringsOf(data.json, DATA_TEXT[name]), translation);
      problems.push(...own);
      if (own.length === 0) found[name] = { ...found[name], [language]: translation };
    }
  }
  return found;
}
