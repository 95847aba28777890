/**
 * Loads what the server knows about forms from FORMS_DIR once at start: the rollout
 * (`<dir>/rollout.json`, which names every form), every version of those forms
 * (`<dir>/<name>/<version>.json`, compiled by the engine and cached: definitions are immutable) and
 * the locations (`<dir>/locations.json`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { compare } from 'semver';
import { join } from 'node:path';
import { compileForm, type CompiledForm } from '../engine/node.ts';
import { chooseVersion, type Location, type Locations, type Rollout } from '../engine/rollout.ts';
import type { Move } from '../engine/types.ts';

export type { Location } from '../engine/rollout.ts';

export interface FormVersion {
  name: string;
  version: string;
  title: string;
  definition: Record<string, unknown>;
  compiled: CompiledForm;
}

export interface FormsRegistry {
  /** Every form name with its versions, oldest first. */
  list(): { name: string; title: string; versions: string[] }[];
  get(name: string, version: string): FormVersion | undefined;
  /** The version a new record of `name` for `move` must use, as the rollout decides. */
  versionFor(name: string, move: Move): FormVersion | undefined;
  locations: Location[];
  location(code: string): Location | undefined;
}

const byVersion = (a: string, b: string) => compare(a.replace(/\.json$/, ''), b.replace(/\.json$/, ''));

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read ${path}: ${(error as Error).message}`);
  }
}

function loadVersions(dir: string, names: string[]): Map<string, FormVersion[]> {
  const forms = new Map<string, FormVersion[]>();
  for (const name of names) {
    const formDir = join(dir, name);
    for (const file of readdirSync(formDir).filter((f) => f.endsWith('.json')).sort(byVersion)) {
      const definition = readJson(join(formDir, file)) as Record<string, unknown>;
      const compiled = compileForm(definition);
      const version: FormVersion = { name: compiled.name, version: compiled.version, title: compiled.model.title, definition, compiled };
      if (version.name !== name || `${version.version}.json` !== file) {
        throw new Error(`${join(formDir, file)} declares ${version.name} ${version.version}; its path must be ${version.name}/${version.version}.json`);
      }
      forms.set(name, [...(forms.get(name) ?? []), version]);
    }
  }
  return forms;
}

export function loadFormsRegistry(dir: string): FormsRegistry {
  const rollout = readJson(join(dir, 'rollout.json')) as Rollout;
  const forms = loadVersions(dir, Object.keys(rollout.forms));
  const locations = readJson(join(dir, 'locations.json')) as Locations;
  const byCode = new Map(locations.locations.map((l) => [l.code, l]));
  const get = (name: string, version: string) => forms.get(name)?.find((v) => v.version === version);
  return {
    list: () => [...forms.entries()].map(([name, versions]) => ({ name, title: versions.at(-1)!.title, versions: versions.map((v) => v.version) })),
    get,
    versionFor(name, move) {
      const versions = forms.get(name);
      if (!versions) return undefined;
      return get(name, chooseVersion(rollout, locations, name, move.from, move.date));
    },
    locations: locations.locations,
    location: (code) => byCode.get(code),
  };
}
