import type { ErrorObject } from 'ajv';
import type { DefinitionProblem } from '../types.ts';
import { suggestion } from './keywords.ts';
import { problem } from './problem.ts';
import { joined, words, type ProblemParam } from './words.ts';
import { childPointer, parsePointer } from '../pointer.ts';
import { isObject } from './schema-object.ts';
import { FORM_NAME_PATTERN } from '../vocabulary/x-form.ts';

/**
 * Turns ajv's errors (from validating part of a definition with `verbose: true`) into plain problems.
 * `base` is the pointer of the value that was validated, `label` its name in messages ('': name the
 * failing keyword instead). Errors that only repeat a more precise one
 * (the failing branch of an anyOf, the inner error of propertyNames) are left out.
 */
export function plainAjvErrors(errors: ErrorObject[] | null | undefined, base: string, label: string): DefinitionProblem[] {
  const list = (errors ?? []).filter((e) => e.propertyName === undefined);
  const kept = list.filter((e) => !isSummary(e, list));
  const seen = new Set<string>();
  return kept.map((e) => plainAjvError(e, base, label)).filter((p) => {
    const key = `${p.pointer}\n${p.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** anyOf/oneOf/if errors say "one of the branches failed": useless when a branch's own error is also reported. */
function isSummary(error: ErrorObject, all: ErrorObject[]): boolean {
  if (!['anyOf', 'oneOf', 'if', 'allOf', '$dynamicRef', '$ref'].includes(error.keyword)) return false;
  return all.some((other) => other !== error && other.instancePath.startsWith(error.instancePath) && !isSummaryKeyword(other.keyword));
}

function isSummaryKeyword(keyword: string): boolean {
  return ['anyOf', 'oneOf', 'if', 'allOf', '$dynamicRef', '$ref'].includes(keyword);
}

function plainAjvError(error: ErrorObject, base: string, label: string): DefinitionProblem {
  const pointer = base + error.instancePath;
  const subject = describe(parsePointer(error.instancePath), label);
  const params = error.params as Record<string, unknown>;
  const say = (key: string, more: Record<string, ProblemParam> = {}, at = pointer) => problem(at, `checker.ajv.${key}`, { subject, ...more });
  switch (error.keyword) {
    case 'required':
      return say('required', { missing: String(params.missingProperty) });
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const known = isObject(error.parentSchema) && isObject(error.parentSchema.properties) ? Object.keys(error.parentSchema.properties) : [];
      return say('noField', { name, suggestion: suggestion(name, known) }, childPointer(pointer, name));
    }
    case 'propertyNames': {
      const name = String(params.propertyName);
      const names = isObject(error.schema) && Array.isArray(error.schema.enum) ? error.schema.enum.map(String) : [];
      const allowed = names.length ? words('checker.ajv.allowed', { suggestion: suggestion(name, names), names: names.join(', ') }) : '';
      return say('cannotHave', { name, allowed }, childPointer(pointer, name));
    }
    case 'enum':
      return say('enum', { values: (params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ') });
    case 'const':
      return say('const', { value: JSON.stringify(params.allowedValue) });
    case 'type':
      return say('type', { type: typeName(String(params.type)) });
    case 'minItems':
      return say('minItems', { limit: String(params.limit) });
    case 'maxItems':
      return say('maxItems', { limit: String(params.limit) });
    case 'minLength':
      return params.limit === 1 ? say('notEmpty') : say('minLength', { limit: String(params.limit) });
    case 'maxLength':
      return say('maxLength', { limit: String(params.limit) });
    case 'uniqueItems':
      return say('uniqueItems', { first: Number(params.j) + 1, second: Number(params.i) + 1 });
    case 'pattern':
      return params.pattern === FORM_NAME_PATTERN ? say('formName') : say('pattern', { pattern: String(params.pattern) });
    case 'dependentRequired':
      return say('dependentRequired', { property: String(params.property), missing: String(params.missingProperty) });
    default:
      if (error.keyword === 'format' && params.format === 'date') return say('date');
      // ajv's own words for a keyword a definition seldom breaks (another format too): they stay as ajv writes them (English).
      return say('other', { detail: error.message ?? words('checker.ajv.notValid') });
  }
}

/** "x-form.confirmRoles", "x-flags[0].level": names the value an error is about, starting from `label`. */
function describe(segments: string[], label: string): ProblemParam {
  if (label === '') {
    // Whole-schema validation: name the keyword the error is in, not the path from the root.
    let start = segments.length - 1;
    while (start > 0 && /^\d+$/.test(segments[start])) start--;
    if (start < 0) return words('checker.ajv.theForm');
    [label, segments] = [segments[start], segments.slice(start + 1)];
  }
  return `"${segments.reduce((path, s) => (/^\d+$/.test(s) ? `${path}[${s}]` : `${path}.${s}`), label)}"`;
}

const TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'null'];

function typeName(type: string): ProblemParam {
  return joined(type.split(',').map((t) => (TYPES.includes(t) ? words(`checker.type.${t}`) : t)), 'or');
}
