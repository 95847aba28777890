/**
 * Update paths and the key safety rules every adapter enforces before anything reaches a database.
 *
 * A path is keys joined by ".": "answers.risk.violent", "answerRevisions./risk/violent",
 * "prefill./risk/violent" (an answer pointer is one key: it holds "/" but never "."). Keys that start
 * with "$", contain ".", "__proto__" or a NUL, or are "constructor"/"prototype", are refused here, in
 * paths and anywhere inside values, so no query operator or prototype key can reach a store. This is
 * defence in depth behind the API's schema validation, which should already have refused such input.
 */
import { InvalidUpdateError, type RecordUpdate } from './types.ts';

const forbiddenKeys = new Set(['constructor', 'prototype']);
/** Fields the store itself owns: the id is the primary key, the revision is bumped by every update. */
const protectedRoots = new Set(['id', '_id', 'revision']);
/** MongoDB refuses documents nested deeper than 100 levels; refuse earlier with a clear message. */
const maxDepth = 64;

/**
 * Why a key may not reach an object or the store, or undefined when it may. Only "constructor" and
 * "prototype" themselves are refused, so "constructorDetails" is an ordinary key. With `operatorKeys`
 * set, keys starting with "$" or holding "." are accepted: for JSON that is stored as text, never as
 * keys (a JSON Schema's "$defs").
 */
export function unsafeKeyProblem(key: string, options: { operatorKeys?: boolean } = {}): string | undefined {
  if (typeof key !== 'string' || key === '') return 'empty key';
  if (key.includes('\0')) return 'key contains a NUL character';
  if (key.includes('__proto__') || forbiddenKeys.has(key)) return `key "${key}" is not allowed`;
  if (options.operatorKeys) return undefined;
  if (key.startsWith('$')) return `key "${key}" starts with "$"`;
  if (key.includes('.')) return `key "${key}" contains "."`;
  return undefined;
}

export function assertSafeKey(key: string, where: string): void {
  const problem = unsafeKeyProblem(key);
  if (problem) throw new InvalidUpdateError(`${where}: ${problem}`);
}

/** Builds a path from keys, refusing unsafe ones: recordPath('prefill', '/risk/violent'). */
export function recordPath(...keys: string[]): string {
  keys.forEach((key) => assertSafeKey(key, 'path'));
  return keys.join('.');
}

export function splitPath(path: string): string[] {
  if (typeof path !== 'string' || path === '') throw new InvalidUpdateError('update path is empty');
  const keys = path.split('.');
  keys.forEach((key) => assertSafeKey(key, `path "${path}"`));
  if (protectedRoots.has(keys[0]!)) throw new InvalidUpdateError(`path "${path}": "${keys[0]}" is managed by the store`);
  return keys;
}

/** Refuses anything that is not plain JSON data, and unsafe keys at any depth. */
export function assertPlainData(value: unknown, where: string, depth = 0): void {
  if (depth > maxDepth) throw new InvalidUpdateError(`${where}: nested more than ${maxDepth} levels`);
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new InvalidUpdateError(`${where}: ${value} is not a finite number`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      if (item === undefined) throw new InvalidUpdateError(`${where}/${index}: undefined in a list`);
      assertPlainData(item, `${where}/${index}`, depth + 1);
    });
    return;
  }
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) throw new InvalidUpdateError(`${where}: not plain data`);
    for (const [key, item] of Object.entries(value)) {
      assertSafeKey(key, where);
      // An absent optional property: dropped by JSON and by the MongoDB driver (ignoreUndefined).
      if (item !== undefined) assertPlainData(item, `${where}/${key}`, depth + 1);
    }
    return;
  }
  throw new InvalidUpdateError(`${where}: a ${typeof value} is not storable`);
}

/** Parsed, checked form of a RecordUpdate. Throws InvalidUpdateError on anything unsafe or ambiguous. */
export interface CheckedUpdate {
  set: [string[], unknown][];
  unset: string[][];
  push: [string[], unknown[]][];
}

export function checkUpdate(update: RecordUpdate): CheckedUpdate {
  if (!Number.isInteger(update.expectedRevision)) throw new InvalidUpdateError('expectedRevision must be an integer');
  const set = Object.entries(update.set ?? {}).map(([path, value]): [string[], unknown] => {
    if (value === undefined) throw new InvalidUpdateError(`set "${path}": undefined value (use unset)`);
    assertPlainData(value, `set "${path}"`);
    return [splitPath(path), value];
  });
  const unset = (update.unset ?? []).map(splitPath);
  const push = Object.entries(update.push ?? {}).map(([path, items]): [string[], unknown[]] => {
    if (!Array.isArray(items)) throw new InvalidUpdateError(`push "${path}": items must be a list`);
    assertPlainData(items, `push "${path}"`);
    return [splitPath(path), items];
  });
  assertNoOverlap([...set.map(([keys]) => keys), ...unset, ...push.map(([keys]) => keys)]);
  assertPlainData(update.audit, 'audit');
  return { set, unset, push };
}

/** Two operations on the same path, or on a path and its parent, are ambiguous (MongoDB refuses them). */
function assertNoOverlap(paths: string[][]): void {
  const whole = new Set<string>();
  const prefixes = new Set<string>();
  for (const keys of paths) {
    const joined = keys.join('.');
    if (whole.has(joined) || prefixes.has(joined)) throw new InvalidUpdateError(`path "${joined}" is changed twice in one update`);
    for (let i = 1; i < keys.length; i++) {
      const prefix = keys.slice(0, i).join('.');
      if (whole.has(prefix)) throw new InvalidUpdateError(`path "${joined}" overlaps "${prefix}" in one update`);
      prefixes.add(prefix);
    }
    whole.add(joined);
  }
}

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

function childOf(parent: Container, key: string): unknown {
  if (Array.isArray(parent)) return /^\d+$/.test(key) ? parent[Number(key)] : undefined;
  return Object.hasOwn(parent, key) ? parent[key] : undefined;
}

function setChild(parent: Container, key: string, value: unknown, path: string): void {
  if (Array.isArray(parent)) {
    if (!/^\d+$/.test(key)) throw new InvalidUpdateError(`path "${path}": "${key}" is not a list index`);
    parent[Number(key)] = value;
  } else {
    parent[key] = value;
  }
}

/**
 * Walks to the parent of the last key, creating objects on the way when `create` is set. Each container
 * on the way that is not in `copied` is replaced by a shallow copy first, so the walk never changes what
 * the document shared with its original.
 */
function parentOf(doc: Container, keys: string[], create: boolean, copied: Set<unknown>): Container | undefined {
  const path = keys.join('.');
  let current: Container = doc;
  for (const key of keys.slice(0, -1)) {
    let next = childOf(current, key);
    if (next === undefined || next === null) {
      if (!create) return undefined;
      next = {};
      copied.add(next);
      setChild(current, key, next, path);
    }
    if (!isContainer(next)) throw new InvalidUpdateError(`path "${path}": "${key}" holds a value, not an object`);
    let own: Container = next;
    if (!copied.has(own)) {
      own = Array.isArray(own) ? [...own] : { ...own };
      copied.add(own);
      setChild(current, key, own, path);
    }
    current = own;
  }
  return current;
}

/**
 * Applies a checked update to a JSON document the way MongoDB's $set/$unset/$push would, and bumps the
 * revision. Used by adapters that store the record as JSON text. `doc` is never changed: only the
 * objects and lists on a changed path are copied (a whole-record clone was most of a save's cost here),
 * so the result shares every untouched part with `doc`, and neither may be changed in place afterwards.
 */
export function applyUpdate<T extends { revision: number }>(doc: T, update: CheckedUpdate): T {
  const next = { ...doc } as T & Container;
  const copied = new Set<unknown>([next]);
  for (const [keys, value] of update.set) setChild(parentOf(next, keys, true, copied)!, keys.at(-1)!, structuredClone(value), keys.join('.'));
  for (const keys of update.unset) {
    const parent = parentOf(next, keys, false, copied);
    const last = keys.at(-1)!;
    if (!parent) continue;
    if (Array.isArray(parent)) { if (childOf(parent, last) !== undefined) setChild(parent, last, null, keys.join('.')); } else delete parent[last];
  }
  for (const [keys, items] of update.push) {
    const parent = parentOf(next, keys, true, copied)!;
    const last = keys.at(-1)!;
    const existing = childOf(parent, last);
    if (existing === undefined || existing === null) setChild(parent, last, structuredClone(items), keys.join('.'));
    else if (Array.isArray(existing)) setChild(parent, last, [...existing, ...structuredClone(items)], keys.join('.'));
    else throw new InvalidUpdateError(`push "${keys.join('.')}": the stored value is not a list`);
  }
  next.revision = doc.revision + 1;
  return next;
}

/** Query inputs must be plain strings: an object such as { $ne: null } would become a query operator. */
export function assertText(value: unknown, name: string): asserts value is string {
  if (typeof value !== 'string') throw new InvalidUpdateError(`${name} must be a string`);
}

export function assertTextList(values: unknown, name: string): asserts values is string[] {
  if (!Array.isArray(values)) throw new InvalidUpdateError(`${name} must be a list of strings`);
  values.forEach((value, index) => assertText(value, `${name}[${index}]`));
}
