/**
 * Reads what a forms folder says: the rollout (`<dir>/rollout.json`, which names every form), every
 * version of those forms (`<dir>/<name>/<version>.json`, compiled by the engine), the locations
 * (`<dir>/locations.json`) and the types of move (`<dir>/move-types.json`). The folder is checked
 * first by the same function as `form-engine validate <dir>`: the server refuses to start, listing
 * every problem validate would list (file, JSON pointer, message), rather than serve a set it misreads.
 * The server's registry is the store's (definitions/store-registry.ts), which imports these files at
 * start; `registryOver` answers for both.
 */
import { compare } from 'semver';
import type { CompiledForm } from '../engine/node.ts';
import { DIRECT_COMPILER, type DefinitionCompiler } from './definitions/definition-cache.ts';
import { chooseVersion, type Location, type Locations, type Region, type Rollout } from '../engine/rollout.ts';
import type { Move } from '../engine/types.ts';
import { nameAndVersion, type MoveType } from './cli/forms-set.ts';
import { validate } from './cli/validate.ts';
import { definitionHash } from './definitions/hash.ts';
import { checkEntriesData, checkRolesData } from './roles-data.ts';
import { languageRegistry, NO_TRANSLATIONS, type FilesTranslations, type LanguageRegistry, type TranslationsNow } from './definitions/languages.ts';

export type { Location } from '../engine/rollout.ts';
export type { MoveType } from './cli/forms-set.ts';

export interface FormVersion {
  name: string;
  version: string;
  title: string;
  /** Hex sha256 of the definition's JSON text (definitions/hash.ts). */
  hash: string;
  definition: Record<string, unknown>;
  compiled: CompiledForm;
}

export interface FormsRegistry extends LanguageRegistry {
  /** Every form name with its versions, oldest first. */
  list(): { name: string; title: string; versions: string[] }[];
  get(name: string, version: string): FormVersion | undefined;
  /** The version a new record of `name` for `move` must use, as the rollout decides. */
  versionFor(name: string, move: Move): FormVersion | undefined;
  /** The rollout new records are decided by, with every published form in it. */
  rollout(): Rollout;
  /** Brings the registry up to date with the store when another server published or changed the rollout. */
  refresh(): Promise<void>;
  locations: Location[];
  regions: Region[];
  location(code: string): Location | undefined;
  moveTypes: MoveType[];
  moveType(code: string): MoveType | undefined;
}

/** Thrown when the forms folder has problems; `problems` are validate's, one `<file>#<pointer>: <message>` each. */
export class FormsFolderError extends Error {
  constructor(readonly dir: string, readonly problems: string[]) {
    super(`${dir} does not pass form-engine validate (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
}

/** What the files in a forms folder say, checked as one set. */
export interface FormsFiles {
  rollout: Rollout;
  locations: Locations;
  moveTypes: MoveType[];
  /** Every version of every form, oldest first. */
  forms: Map<string, FormVersion[]>;
  /** The translations beside the definitions and data files, each complete and current (validate refuses others). */
  translations: FilesTranslations;
}

/** `compiler`: how definitions are checked and compiled (the server's start passes its definition cache). */
export function readFormsFiles(dir: string, compiler: DefinitionCompiler = DIRECT_COMPILER): FormsFiles {
  checkRolesData();
  checkEntriesData();
  const result = validate(dir, compiler.check);
  if (result.problems.length > 0 || !result.data) {
    const problems = result.problems.map((p) => `${p.path}#${p.pointer}: ${p.message}`);
    throw new FormsFolderError(dir, problems.length > 0 ? problems : [`${dir}#: not a forms folder: it has no rollout.json`]);
  }
  const { rollout, locations, moveTypes } = result.data;
  const forms = new Map<string, FormVersion[]>();
  const translations: FilesTranslations = { definitions: new Map(), data: result.dataTranslations };
  for (const file of result.checked) {
    const { name, version } = nameAndVersion(file.json)!;
    translations.definitions.set(`${name}@${version}`, result.translations.get(file.path) ?? {});
    const definition = file.json as Record<string, unknown>;
    const compiled = compiler.compile(definition, { checked: true });
    forms.set(name, [...(forms.get(name) ?? []), { name, version, title: compiled.model.title, hash: definitionHash(JSON.stringify(definition)), definition, compiled }]);
  }
  for (const versions of forms.values()) versions.sort((a, b) => compare(a.version, b.version));
  return { rollout, locations, moveTypes, forms, translations };
}

/** The forms and rollout a registry answers from at one moment. */
export interface RegistrySnapshot {
  rollout: Rollout;
  forms: Map<string, FormVersion[]>;
}

/** A registry answering from whatever `snapshot` returns now; `refresh` brings the snapshot up to date. */
export function registryOver(
  snapshot: () => RegistrySnapshot, locations: Locations, moveTypes: MoveType[], refresh: () => Promise<void>, translations: TranslationsNow = NO_TRANSLATIONS,
): FormsRegistry {
  const byCode = new Map(locations.locations.map((l) => [l.code, l]));
  const moveTypeByCode = new Map(moveTypes.map((t) => [t.const, t]));
  const get = (name: string, version: string) => snapshot().forms.get(name)?.find((v) => v.version === version);
  return {
    list: () => [...snapshot().forms.entries()].map(([name, versions]) => ({ name, title: versions.at(-1)!.title, versions: versions.map((v) => v.version) })),
    get,
    versionFor(name, move) {
      const { forms, rollout } = snapshot();
      if (!forms.has(name)) return undefined;
      return get(name, chooseVersion(rollout, locations, name, move.from, move.date));
    },
    rollout: () => snapshot().rollout,
    refresh,
    locations: locations.locations,
    regions: locations.regions,
    location: (code) => byCode.get(code),
    moveTypes,
    moveType: (code) => moveTypeByCode.get(code),
    ...languageRegistry(get, locations, moveTypes, translations),
  };
}

/** The files alone, read once: for checks and tools. The server uses the store's registry (definitions/store-registry.ts). */
export function loadFormsRegistry(dir: string): FormsRegistry {
  const { rollout, locations, moveTypes, forms, translations } = readFormsFiles(dir);
  return registryOver(() => ({ rollout, forms }), locations, moveTypes, async () => {}, translations);
}
