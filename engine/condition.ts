/**
 * A small interpreter for follow-up conditions (`if` schemas). The web components run under a CSP that
 * forbids generated code, so visibility is decided here rather than by a compiled validator. Conditions
 * are restricted (the checker enforces it) to `properties` + `required`, each property tested with
 * `const`, `enum` or `contains` (beside an optional `type`). The semantics are JSON Schema's: a tested
 * property that is absent passes its test; `required` makes absence fail.
 */
import type { DefinitionProblem } from './types.ts';

export type ValueTest =
  | { kind: 'const'; value: unknown }
  | { kind: 'enum'; values: unknown[] }
  | { kind: 'contains'; values: unknown[] };

export interface Condition {
  tests: { key: string; test: ValueTest }[];
  required: string[];
}

export function holds(condition: Condition, answers: Record<string, unknown>): boolean {
  for (const key of condition.required) if (answers[key] === undefined) return false;
  for (const { key, test } of condition.tests) {
    const value = answers[key];
    if (value !== undefined && !passes(test, value)) return false;
  }
  return true;
}

/** The values of `key` that make the test pass, when the test names them (for nesting follow-ups under choices). */
export function valuesOpening(test: ValueTest): unknown[] {
  return test.kind === 'const' ? [test.value] : test.values;
}

function passes(test: ValueTest, value: unknown): boolean {
  switch (test.kind) {
    case 'const':
      return sameValue(value, test.value);
    case 'enum':
      return test.values.some((v) => sameValue(value, v));
    case 'contains':
      return Array.isArray(value) && value.some((item) => test.values.some((v) => sameValue(item, v)));
  }
}

/** Deep equality of JSON values (answers are plain JSON). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  const aKeys = Object.keys(a);
  const bObject = b as Record<string, unknown>;
  if (aKeys.length !== Object.keys(bObject).length) return false;
  return aKeys.every((k) => Object.hasOwn(bObject, k) && sameValue((a as Record<string, unknown>)[k], bObject[k]));
}

export function parseCondition(raw: unknown, at: string, problems: DefinitionProblem[]): Condition | undefined {
  if (!isObject(raw)) {
    problems.push({ pointer: at, message: 'a follow-up rule needs an "if" object' });
    return undefined;
  }
  const unsupported = Object.keys(raw).filter((k) => k !== 'properties' && k !== 'required');
  if (unsupported.length > 0) {
    problems.push({ pointer: at, message: `a follow-up condition may only use "properties" and "required", not ${unsupported.join(', ')}` });
    return undefined;
  }
  const required = Array.isArray(raw.required) ? raw.required.filter((k): k is string => typeof k === 'string') : [];
  const tests: Condition['tests'] = [];
  for (const [key, schema] of Object.entries(isObject(raw.properties) ? raw.properties : {})) {
    const test = parseTest(schema);
    if (!test) {
      problems.push({ pointer: `${at}/properties/${key}`, message: 'a condition may only test a value with "const", "enum" or "contains"' });
      continue;
    }
    tests.push({ key, test });
  }
  return { tests, required };
}

function parseTest(schema: unknown): ValueTest | undefined {
  if (!isObject(schema)) return undefined;
  if ('const' in schema) return { kind: 'const', value: schema.const };
  if (Array.isArray(schema.enum)) return { kind: 'enum', values: schema.enum };
  if (isObject(schema.contains)) {
    const inner = schema.contains;
    if ('const' in inner) return { kind: 'contains', values: [inner.const] };
    if (Array.isArray(inner.enum)) return { kind: 'contains', values: inner.enum };
  }
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
