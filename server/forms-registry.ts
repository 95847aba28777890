/**
 * Reads what a forms folder says: the rollout (`<dir>/rollout.json`, which names every form), every
 * version of those forms (`<dir>/<name>/<version>.json`, compiled by the engine), the locations
 * (`<dir>/locations.json`) and the types of move (`<dir>/move-types.json`). The data files are checked
 * against forms/schemas/ and against each other first: the server refuses to start, naming the file and
 * field, rather than serve a rollout it misreads. The server's registry is the store's
 * (definitions/store-registry.ts), which imports these files at start; `registryOver` answers for both.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { compare } from 'semver';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAjv } from '../engine/ajv.ts';
import { plainAjvErrors } from '../engine/check/plain-ajv-error.ts';
import { compileForm, type CompiledForm } from '../engine/node.ts';
import { chooseVersion, type Location, type Locations, type Region, type Rollout } from '../engine/rollout.ts';
import type { Move } from '../engine/types.ts';
import { definitionHash } from './definitions/hash.ts';

export type { Location } from '../engine/rollout.ts';

export interface MoveType {
  /** Stored on the record as move.type. */
  const: string;
  title: string;
}

export interface FormVersion {
  name: string;
  version: string;
  title: string;
  /** Hex sha256 of the definition's JSON text (definitions/hash.ts). */
  hash: string;
  definition: Record<string, unknown>;
  compiled: CompiledForm;
}

export interface FormsRegistry {
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

const byVersion = (a: string, b: string) => compare(a.replace(/\.json$/, ''), b.replace(/\.json$/, ''));

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read ${path}: ${(error as Error).message}`);
  }
}

/** The shapes of the data files are part of the format, so they come from this repository's forms/schemas. */
const SCHEMAS_DIR = fileURLToPath(new URL('../forms/schemas/', import.meta.url));

/** Reads `<dir>/<name>.json` and throws, naming the file and every wrong field, unless it matches forms/schemas/<name>.schema.json. */
function readDataFile<T>(dir: string, name: 'locations' | 'rollout' | 'move-types'): T {
  const path = join(dir, `${name}.json`);
  const data = readJson(path);
  const validate = createAjv({ verbose: true }).compile(readJson(join(SCHEMAS_DIR, `${name}.schema.json`)) as object);
  if (!validate(data)) refuse(path, plainAjvErrors(validate.errors, '', name));
  return data as T;
}

function refuse(path: string, problems: { pointer: string; message: string }[]): never {
  throw new Error(`${path} is not valid:\n${problems.map((p) => `  ${path}#${p.pointer}: ${p.message}`).join('\n')}`);
}

/** What the schemas cannot say: every region, location and version named must exist. */
function checkReferences(dir: string, rollout: Rollout, locations: Locations, moveTypes: MoveType[], forms: Map<string, FormVersion[]>): void {
  const seen = new Map<string, number>();
  const repeated = moveTypes.flatMap((t, i) => {
    const first = seen.get(t.const);
    seen.set(t.const, first ?? i);
    return first === undefined ? [] : [{ pointer: `/moveTypes/${i}/const`, message: `"${t.const}" is already the code of /moveTypes/${first}` }];
  });
  if (repeated.length > 0) refuse(join(dir, 'move-types.json'), repeated);
  const regions = new Set(locations.regions.map((r) => r.code));
  const codes = new Set(locations.locations.map((l) => l.code));
  const unknownRegions = locations.locations.flatMap((l, i) => (regions.has(l.region) ? [] : [{
    pointer: `/locations/${i}/region`, message: `"${l.region}" is not one of the regions: ${[...regions].join(', ')}`,
  }]));
  if (unknownRegions.length > 0) refuse(join(dir, 'locations.json'), unknownRegions);
  const problems = Object.entries(rollout.forms).flatMap(([name, entry]) => {
    const versions = new Set(forms.get(name)?.map((v) => v.version));
    const missing = (version: string, pointer: string) => (versions.has(version) ? [] : [{
      pointer, message: `version "${version}" of form "${name}" is not in ${join(dir, name)}/ (it has ${[...versions].join(', ') || 'no versions'})`,
    }]);
    return [
      ...missing(entry.default, `/forms/${name}/default`),
      ...entry.rules.flatMap((rule, i) => [
        ...missing(rule.version, `/forms/${name}/rules/${i}/version`),
        ...(rule.when.regions ?? []).flatMap((code, j) => (regions.has(code) ? [] : [{ pointer: `/forms/${name}/rules/${i}/when/regions/${j}`, message: `"${code}" is not a region in locations.json` }])),
        ...(rule.when.locations ?? []).flatMap((code, j) => (codes.has(code) ? [] : [{ pointer: `/forms/${name}/rules/${i}/when/locations/${j}`, message: `"${code}" is not a location in locations.json` }])),
      ]),
    ];
  });
  if (problems.length > 0) refuse(join(dir, 'rollout.json'), problems);
}

function loadVersions(dir: string, names: string[]): Map<string, FormVersion[]> {
  const forms = new Map<string, FormVersion[]>();
  for (const name of names) {
    const formDir = join(dir, name);
    for (const file of readdirSync(formDir).filter((f) => f.endsWith('.json')).sort(byVersion)) {
      const definition = readJson(join(formDir, file)) as Record<string, unknown>;
      const compiled = compileForm(definition);
      const version: FormVersion = { name: compiled.name, version: compiled.version, title: compiled.model.title, hash: definitionHash(JSON.stringify(definition)), definition, compiled };
      if (version.name !== name || `${version.version}.json` !== file) {
        throw new Error(`${join(formDir, file)} declares ${version.name} ${version.version}; its path must be ${version.name}/${version.version}.json`);
      }
      forms.set(name, [...(forms.get(name) ?? []), version]);
    }
  }
  return forms;
}

/** What the files in a forms folder say, checked against forms/schemas/ and each other. */
export interface FormsFiles {
  rollout: Rollout;
  locations: Locations;
  moveTypes: MoveType[];
  /** Every version of every form the rollout names, oldest first. */
  forms: Map<string, FormVersion[]>;
}

export function readFormsFiles(dir: string): FormsFiles {
  const rollout = readDataFile<Rollout>(dir, 'rollout');
  const locations = readDataFile<Locations>(dir, 'locations');
  const { moveTypes } = readDataFile<{ moveTypes: MoveType[] }>(dir, 'move-types');
  const forms = loadVersions(dir, Object.keys(rollout.forms));
  checkReferences(dir, rollout, locations, moveTypes, forms);
  return { rollout, locations, moveTypes, forms };
}

/** The forms and rollout a registry answers from at one moment. */
export interface RegistrySnapshot {
  rollout: Rollout;
  forms: Map<string, FormVersion[]>;
}

/** A registry answering from whatever `snapshot` returns now; `refresh` brings the snapshot up to date. */
export function registryOver(snapshot: () => RegistrySnapshot, locations: Locations, moveTypes: MoveType[], refresh: () => Promise<void>): FormsRegistry {
  const byCode = new Map(locations.locations.map((l) => [l.code, l]));
  const moveTypeByCode = new Map(moveTypes.map((t) => [t.const, t]));
  const get = (name: string, version: string) => snapshot().forms.get(name)?.find((v) => v.version === version);
  return {
    list: () => [...snapshot().forms.entries()].map(([name, versions]) => ({ name, title: versions.at(-1)!.title, versions: versions.map((v) => v.version) })),
    get,
    versionFor(name, move) {
      const { forms, rollout } = snapshot();
      if (!forms.get(name)) return undefined;
      return get(name, chooseVersion(rollout, locations, name, move.from, move.date));
    },
    rollout: () => snapshot().rollout,
    refresh,
    locations: locations.locations,
    regions: locations.regions,
    location: (code) => byCode.get(code),
    moveTypes,
    moveType: (code) => moveTypeByCode.get(code),
  };
}

/** The files alone, read once: for checks and tools. The server uses the store's registry (definitions/store-registry.ts). */
export function loadFormsRegistry(dir: string): FormsRegistry {
  const { rollout, locations, moveTypes, forms } = readFormsFiles(dir);
  return registryOver(() => ({ rollout, forms }), locations, moveTypes, async () => {});
}
