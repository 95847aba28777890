/**
 * A forms folder (one holding rollout.json, as FORMS_DIR does) is checked as one set: the data files
 * against forms/schemas/ and against each other, and the definitions against the rollout. What the
 * server would misread or refuse is reported here, so `form-engine validate` and the server's start
 * agree on every problem.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { plainAjvErrors } from '../../engine/check/plain-ajv-error.ts';
import { didYouMean } from '../../engine/check/keywords.ts';
import type { Locations, Rollout } from '../../engine/rollout.ts';
import { TRANSLATION_LANGUAGES } from '../../engine/i18n/index.ts';
import semver from 'semver';
import { expectedPath, readJsonFile, type DefinitionFile } from './definition-files.ts';
import { dataSchemaValidator } from './data-schemas.ts';
import type { FileProblem } from './validate.ts';

export interface MoveType {
  /** Stored on the record as move.type. */
  const: string;
  title: string;
}

/** The data files of a forms folder, read once they pass every check. */
export interface FormsData {
  rollout: Rollout;
  locations: Locations;
  moveTypes: MoveType[];
}

const DATA_FILES = ['rollout', 'locations', 'move-types'] as const;
type DataName = (typeof DATA_FILES)[number];

export function isDataFile(dir: string, path: string): boolean {
  return DATA_FILES.some((name) => resolve(path) === resolve(dir, `${name}.json`));
}

export function isFormsFolder(dir: string): boolean {
  return existsSync(join(dir, 'rollout.json'));
}

/** A definition's declared form name and version, when it has both. */
export function nameAndVersion(json: unknown): { name: string; version: string } | undefined {
  const form = (json as { 'x-form'?: { name?: unknown; version?: unknown } } | undefined)?.['x-form'];
  return typeof form?.name === 'string' && typeof form.version === 'string' ? { name: form.name, version: form.version } : undefined;
}

export function checkFormsFolder(dir: string, definitions: DefinitionFile[]): { problems: FileProblem[]; data?: FormsData } {
  const problems: FileProblem[] = [];
  const read = Object.fromEntries(DATA_FILES.map((name) => [name, readDataFile(dir, name, problems)])) as Record<DataName, unknown>;
  problems.push(...definitionsOutsideTheLayout(dir, definitions));
  if (problems.length > 0) return { problems };
  const data: FormsData = {
    rollout: read.rollout as Rollout,
    locations: read.locations as Locations,
    moveTypes: (read['move-types'] as { moveTypes: MoveType[] }).moveTypes,
  };
  problems.push(...repeatedCodes(join(dir, 'move-types.json'), data.moveTypes.map((t) => t.const), '/moveTypes', 'const'));
  problems.push(...repeatedCodes(join(dir, 'locations.json'), data.locations.regions.map((r) => r.code), '/regions', 'code'));
  problems.push(...repeatedCodes(join(dir, 'locations.json'), data.locations.locations.map((l) => l.code), '/locations', 'code'));
  problems.push(...unknownRegions(join(dir, 'locations.json'), data.locations));
  problems.push(...rolloutReferences(dir, data, definitions));
  return problems.length > 0 ? { problems } : { problems, data };
}

/** Reads `<dir>/<name>.json` and checks it against forms/schemas/<name>.schema.json, adding what is wrong to `problems`. */
export function readDataFile(dir: string, name: string, problems: FileProblem[]): unknown {
  const path = join(dir, `${name}.json`);
  if (!existsSync(path)) {
    problems.push({ path, pointer: '', message: `the file is missing: a forms folder needs ${name}.json beside rollout.json (its shape is forms/schemas/${name}.schema.json)` });
    return undefined;
  }
  const file = readJsonFile(path);
  if (file.error !== undefined) {
    problems.push({ path, pointer: '', message: `the file ${file.error}` });
    return undefined;
  }
  const validate = dataSchemaValidator(name);
  if (!validate(file.json)) problems.push(...plainAjvErrors(validate.errors, '', name).map((p) => ({ path, ...p })));
  return file.json;
}

/**
 * The server serves a definition only from <dir>/<name>/<version>.json. validate already reports a file
 * misplaced within that layout (expectedPath); this reports one anywhere else in a forms folder.
 */
function definitionsOutsideTheLayout(dir: string, definitions: DefinitionFile[]): FileProblem[] {
  return definitions.flatMap((file) => {
    const identity = nameAndVersion(file.json);
    if (file.error !== undefined || !identity || !semver.valid(identity.version)) return [];
    const expected = join(dir, identity.name, `${identity.version}.json`);
    if (resolve(file.path) === resolve(expected) || expectedPath(file.path, identity.name, identity.version) !== undefined) return [];
    return [{
      path: file.path,
      pointer: '/x-form',
      message: `this file declares form "${identity.name}" version "${identity.version}": in a forms folder it must be at ${identity.name}/${identity.version}.json directly in the folder`,
    }];
  });
}

function repeatedCodes(path: string, codes: string[], at: string, field: string): FileProblem[] {
  const first = new Map<string, number>();
  return codes.flatMap((code, i) => {
    const earlier = first.get(code);
    if (earlier === undefined) first.set(code, i);
    return earlier === undefined ? [] : [{ path, pointer: `${at}/${i}/${field}`, message: `"${code}" is already the code of ${at}/${earlier}` }];
  });
}

function unknownRegions(path: string, locations: Locations): FileProblem[] {
  const regions = new Set(locations.regions.map((r) => r.code));
  return locations.locations.flatMap((l, i) => (regions.has(l.region) ? [] : [{
    path, pointer: `/locations/${i}/region`, message: `"${l.region}" is not one of the regions: ${[...regions].join(', ')}`,
  }]));
}

/** Every form has a rollout and every rollout a form; every version, region and location named exists; no rule ends before it starts. */
function rolloutReferences(dir: string, { rollout, locations }: FormsData, definitions: DefinitionFile[]): FileProblem[] {
  const path = join(dir, 'rollout.json');
  const versions = new Map<string, Set<string>>();
  for (const file of definitions) {
    const identity = nameAndVersion(file.json);
    if (identity) versions.set(identity.name, (versions.get(identity.name) ?? new Set()).add(identity.version));
  }
  const regions = new Set(locations.regions.map((r) => r.code));
  const codes = new Set(locations.locations.map((l) => l.code));
  const problems: FileProblem[] = [];
  for (const [name, entry] of Object.entries(rollout.forms)) {
    const known = versions.get(name);
    if (!known) {
      problems.push({ path, pointer: `/forms/${name}`, message: `form "${name}" has no definition: there is no ${name}/<version>.json in the forms folder${didYouMean(name, new Set(versions.keys()))}` });
      continue;
    }
    const missing = (version: string, pointer: string) => {
      if (!known.has(version)) problems.push({ path, pointer, message: `version "${version}" of form "${name}" is not in ${name}/ (it has ${[...known].join(', ')})` });
    };
    missing(entry.default, `/forms/${name}/default`);
    entry.rules.forEach((rule, i) => {
      const at = `/forms/${name}/rules/${i}`;
      missing(rule.version, `${at}/version`);
      (rule.when.regions ?? []).forEach((code, j) => {
        if (!regions.has(code)) problems.push({ path, pointer: `${at}/when/regions/${j}`, message: `"${code}" is not a region in locations.json${didYouMean(code, regions)}` });
      });
      (rule.when.locations ?? []).forEach((code, j) => {
        if (!codes.has(code)) problems.push({ path, pointer: `${at}/when/locations/${j}`, message: `"${code}" is not a location in locations.json${didYouMean(code, codes)}` });
      });
      for (const language of Object.keys(rule.descriptions ?? {}).filter((code) => !TRANSLATION_LANGUAGES.includes(code))) {
        problems.push({ path, pointer: `${at}/descriptions/${language}`, message: `"${language}" is not a language the forms are translated into (${TRANSLATION_LANGUAGES.join(', ')})` });
      }
      if (rule.when.from !== undefined && rule.when.until !== undefined && rule.when.until < rule.when.from) {
        problems.push({ path, pointer: `${at}/when/until`, message: `the rule ends (${rule.when.until}) before it starts (${rule.when.from}), so it would never apply` });
      }
    });
  }
  const seen = new Set<string>();
  for (const file of definitions) {
    const identity = nameAndVersion(file.json);
    if (!identity || Object.hasOwn(rollout.forms, identity.name) || seen.has(identity.name)) continue;
    seen.add(identity.name);
    problems.push({
      path: file.path,
      pointer: '/x-form/name',
      message: `form "${identity.name}" is not in rollout.json, so the server would not offer it: add "${identity.name}": { "default": "${identity.version}", "rules": [] } to its "forms"`,
    });
  }
  return problems;
}
