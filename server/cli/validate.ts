import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import semver from 'semver';
import { checkDefinition, inDocumentOrder } from '../../engine/check/index.ts';
import type { DefinitionProblem } from '../../engine/types.ts';
import { didYouMean } from '../../engine/check/keywords.ts';
import { displayPath, expectedPath, findDefinitions, type DefinitionFile } from './definition-files.ts';
import { readLocales } from '../i18n/locales.ts';
import { checkFormsFolder, isDataFile, isFormsFolder, nameAndVersion, type FormsData } from './forms-set.ts';
import { dataTranslations, definitionTranslations, orphanTranslations } from './translations.ts';
import { TRANSLATION_LANGUAGES, translationFileName, translationLanguageOf, type Translation, type TranslationLanguage } from '../../engine/i18n/index.ts';

/** A file's translations by language (only those without problems). */
export type Translations = Partial<Record<TranslationLanguage, Translation>>;

export interface FileProblem {
  path: string;
  pointer: string;
  message: string;
}

export interface ValidateResult {
  checked: DefinitionFile[];
  skipped: string[];
  problems: FileProblem[];
  /** For a forms folder (one with rollout.json): its data files, when the whole set has no problem. */
  data?: FormsData;
  /** The translation files checked (translations.ts), beside definitions and data files. */
  translationFiles: string[];
  /** By definition path: its translations that have no problem. */
  translations: Map<string, Translations>;
  /** In a forms folder, by data file name ("move-types"): its translations that have no problem. */
  dataTranslations: Partial<Record<string, Translations>>;
}

/**
 * Checks every definition under `target` with checkDefinition, then across files: no two files may
 * declare the same form name and version (each is reported), and in a forms/<name>/<version>.json
 * layout the path must match the declared name and version (the server refuses to load it otherwise).
 * A forms folder (one with rollout.json, as FORMS_DIR is) is also checked as a set (forms-set.ts): the
 * server starts only when this finds nothing, and refuses with exactly these problems otherwise.
 * Problems come file by file, each file's in the order of the definition as written, then the data files'.
 */
/** `check` replaces checkDefinition (the server passes its definition cache's, definitions/definition-cache.ts). */
export function validate(named: string, check: (definition: unknown) => DefinitionProblem[] = checkDefinition): ValidateResult {
  // A definition's translation named on its own is checked with the definition it translates.
  const language = translationLanguageOf(basename(named));
  const target = language && !statSync(named).isDirectory() ? named.replace(new RegExp(`\\.${language}\\.json$`), '.json') : named;
  const found = findDefinitions(target);
  const folder = statSync(target).isDirectory();
  const formsFolder = folder && isFormsFolder(target);
  // In a forms folder the data files are checked as data (forms-set.ts), never as definitions, even when unreadable.
  const dataFile = (path: string) => formsFolder && isDataFile(target, path);
  const definitions = found.definitions.filter((d) => !dataFile(d.path));
  const isTranslation = (path: string) => translationLanguageOf(basename(path)) !== undefined;
  const translationFiles = folder ? found.skipped.filter(isTranslation) : translationsBeside(target);
  const skipped = [...found.skipped.filter((path) => !isTranslation(path)), ...found.definitions.filter((d) => dataFile(d.path)).map((d) => d.path)];
  const problems: FileProblem[] = [];
  const translations = new Map<string, Translations>();
  const claimed = new Map<string, string[]>();
  for (const file of definitions) {
    if (file.error !== undefined) {
      problems.push({ path: file.path, pointer: '', message: `the file ${file.error}` });
      continue;
    }
    const own = check(file.json).map((p) => ({ path: file.path, ...p }));
    problems.push(...own);
    // A broken definition's problems are reported once, on the definition, not again in each language.
    if (own.length === 0) translations.set(file.path, definitionTranslations(file, problems, check));
    const identity = nameAndVersion(file.json);
    if (!identity) continue;
    const key = `${identity.name}@${identity.version}`;
    claimed.set(key, [...(claimed.get(key) ?? []), file.path]);
    // An invalid version is reported already; a path built from it would only mislead.
    const expected = semver.valid(identity.version) ? expectedPath(file.path, identity.name, identity.version) : undefined;
    if (expected) {
      problems.push({ path: file.path, pointer: '/x-form', message: `this file declares form "${identity.name}" version "${identity.version}", so it must be at ${displayPath(expected)} (forms/<name>/<version>.json); the server will not load it where it is` });
    }
  }
  for (const [key, paths] of claimed) {
    if (paths.length < 2) continue;
    const [name, version] = key.split('@');
    for (const path of paths) {
      const others = paths.filter((p) => p !== path).map(displayPath).join(', ');
      problems.push({ path, pointer: '/x-form', message: `form "${name}" version "${version}" is also defined in ${others}; each version must have exactly one file` });
    }
  }
  if (folder) problems.push(...unknownPrefillSources(definitions, new Set([...claimed.keys()].map((k) => k.split('@')[0]))));
  if (folder) problems.push(...orphanTranslations(target));
  const set = formsFolder ? checkFormsFolder(target, definitions) : undefined;
  if (set) problems.push(...set.problems);
  if (formsFolder && existsSync(join(target, 'locales'))) problems.push(...readLocales(join(target, 'locales')).problems);
  const ofData = formsFolder ? dataTranslations(target, problems) : {};
  const ordered = fileByFile(definitions, problems);
  return {
    checked: definitions, skipped, problems: ordered, translationFiles, translations, dataTranslations: ofData,
    ...(ordered.length === 0 && set?.data ? { data: set.data } : {}),
  };
}

/** Each definition's problems in document order, then those of other files (the data files of a forms folder). */
function fileByFile(definitions: DefinitionFile[], problems: FileProblem[]): FileProblem[] {
  const paths = new Set(definitions.map((d) => d.path));
  return [
    ...definitions.flatMap((file) => inDocumentOrder(file.json, problems.filter((p) => p.path === file.path))),
    ...problems.filter((p) => !paths.has(p.path)),
  ];
}

/** In a folder of forms, `prefillFrom` must name forms that are there: a misspelt name would silently prefill nothing. */
function unknownPrefillSources(definitions: DefinitionFile[], names: Set<string>): FileProblem[] {
  return definitions.flatMap((file) => {
    const sources = (file.json as { 'x-form'?: { prefillFrom?: unknown } } | undefined)?.['x-form']?.prefillFrom;
    if (!Array.isArray(sources)) return [];
    return sources.flatMap((source, index) => (typeof source !== 'string' || names.has(source) ? [] : [{
      path: file.path,
      pointer: `/x-form/prefillFrom/${index}`,
      message: `"prefillFrom" names form "${source}", which is not in this folder${didYouMean(source, names)}`,
    }]));
  });
}

function translationsBeside(path: string): string[] {
  return TRANSLATION_LANGUAGES.map((language) => join(dirname(path), translationFileName(basename(path), language))).filter((p) => existsSync(p));
}

export function problemLine(p: FileProblem): string {
  return `${displayPath(p.path)}#${p.pointer}: ${p.message}`;
}

/** `<file>#<pointer>: <message>` lines, then one summary line. */
export function report(result: ValidateResult): string[] {
  const lines = result.problems.map(problemLine);
  const files = new Set(result.problems.map((p) => p.path)).size;
  const translated = result.translationFiles.length ? `, with ${plural(result.translationFiles.length, 'translation')}` : '';
  const checked = `${plural(result.checked.length, 'definition')} checked${translated}`;
  const skipped = result.skipped.length ? ` (${plural(result.skipped.length, 'other JSON file')} skipped)` : '';
  lines.push(result.problems.length === 0
    ? `${checked}${skipped}: no problems`
    : `${checked}${skipped}: ${plural(result.problems.length, 'problem')} in ${plural(files, 'file')}`);
  return lines;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
