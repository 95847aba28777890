/**
 * Loads what the server knows about forms from FORMS_DIR once at start: the rollout
 * (`<dir>/rollout.json`, which names every form), every version of those forms
 * (`<dir>/<name>/<version>.json`, compiled by the engine and cached: definitions are immutable), the
 * locations (`<dir>/locations.json`) and the types of move (`<dir>/move-types.json`). The folder is
 * checked first by the same function as `form-engine validate <dir>`: the server refuses to start,
 * listing every problem validate would list (file, JSON pointer, message), rather than serve a set it
 * misreads.
 */
import { compare } from 'semver';
import { compileForm, type CompiledForm } from '../engine/node.ts';
import { chooseVersion, type Location } from '../engine/rollout.ts';
import type { Move } from '../engine/types.ts';
import { nameAndVersion, type MoveType } from './cli/forms-set.ts';
import { validate } from './cli/validate.ts';

export type { Location } from '../engine/rollout.ts';
export type { MoveType } from './cli/forms-set.ts';

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
  moveTypes: MoveType[];
  moveType(code: string): MoveType | undefined;
}

/** Thrown when the forms folder has problems; `problems` are validate's, one `<file>#<pointer>: <message>` each. */
export class FormsFolderError extends Error {
  constructor(readonly dir: string, readonly problems: string[]) {
    super(`${dir} does not pass form-engine validate (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
}

export function loadFormsRegistry(dir: string): FormsRegistry {
  const result = validate(dir);
  if (result.problems.length > 0 || !result.data) {
    const problems = result.problems.map((p) => `${p.path}#${p.pointer}: ${p.message}`);
    throw new FormsFolderError(dir, problems.length > 0 ? problems : [`${dir}#: not a forms folder: it has no rollout.json`]);
  }
  const { rollout, locations, moveTypes } = result.data;
  const forms = new Map<string, FormVersion[]>();
  for (const file of result.checked) {
    const { name, version } = nameAndVersion(file.json)!;
    const definition = file.json as Record<string, unknown>;
    const compiled = compileForm(definition, { checked: true });
    forms.set(name, [...(forms.get(name) ?? []), { name, version, title: compiled.model.title, definition, compiled }]);
  }
  for (const versions of forms.values()) versions.sort((a, b) => compare(a.version, b.version));
  const byCode = new Map(locations.locations.map((l) => [l.code, l]));
  const moveTypeByCode = new Map(moveTypes.map((t) => [t.const, t]));
  const get = (name: string, version: string) => forms.get(name)?.find((v) => v.version === version);
  return {
    list: () => [...forms.entries()].map(([name, versions]) => ({ name, title: versions.at(-1)!.title, versions: versions.map((v) => v.version) })),
    get,
    versionFor(name, move) {
      if (!forms.has(name)) return undefined;
      return get(name, chooseVersion(rollout, locations, name, move.from, move.date));
    },
    locations: locations.locations,
    location: (code) => byCode.get(code),
    moveTypes,
    moveType: (code) => moveTypeByCode.get(code),
  };
}
