import type { ErrorObject } from 'ajv';
import type { DefinitionProblem } from '../types.ts';
import { didYouMean } from './keywords.ts';
import { childPointer, pointerTokens } from './pointer.ts';
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
  const segments = pointerTokens(error.instancePath);
  const subject = describe(segments, label);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { pointer, message: `${subject} is missing "${String(params.missingProperty)}"` };
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const known = isObject(error.parentSchema) && isObject(error.parentSchema.properties) ? Object.keys(error.parentSchema.properties) : [];
      return { pointer: childPointer(pointer, name), message: `${subject} has no field "${name}"${didYouMean(name, known)}` };
    }
    case 'propertyNames': {
      const name = String(params.propertyName);
      const names = isObject(error.schema) && Array.isArray(error.schema.enum) ? error.schema.enum.map(String) : [];
      const allowed = names.length ? `${didYouMean(name, names)}; allowed: ${names.join(', ')}` : '';
      return { pointer: childPointer(pointer, name), message: `${subject} cannot have "${name}"${allowed}` };
    }
    case 'enum':
      return { pointer, message: `${subject} must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` };
    case 'const':
      return { pointer, message: `${subject} must be ${JSON.stringify(params.allowedValue)}` };
    case 'type':
      return { pointer, message: `${subject} must be ${typeName(String(params.type))}` };
    case 'minItems':
      return { pointer, message: `${subject} must list at least ${String(params.limit)}` };
    case 'maxItems':
      return { pointer, message: `${subject} must list at most ${String(params.limit)}` };
    case 'minLength':
      return { pointer, message: params.limit === 1 ? `${subject} must not be empty` : `${subject} must be at least ${String(params.limit)} characters` };
    case 'maxLength':
      return { pointer, message: `${subject} must be ${String(params.limit)} characters or fewer` };
    case 'uniqueItems':
      return { pointer, message: `${subject} lists the same value twice (items ${Number(params.j) + 1} and ${Number(params.i) + 1})` };
    case 'pattern':
      return {
        pointer,
        message: params.pattern === FORM_NAME_PATTERN
          ? `${subject} must start with a lower-case letter and hold only lower-case letters, digits and "-"`
          : `${subject} must match the pattern ${String(params.pattern)}`,
      };
    case 'dependentRequired':
      return { pointer, message: `${subject} has "${String(params.property)}" but is missing "${String(params.missingProperty)}": give them together` };
    case 'format':
      return params.format === 'date'
        ? { pointer, message: `${subject} must be a real calendar date written like 2026-12-01` }
        : { pointer, message: `${subject} ${error.message ?? 'is not valid'}` };
    default:
      return { pointer, message: `${subject} ${error.message ?? 'is not valid'}` };
  }
}

/** "x-form.confirmRoles", "x-flags[0].level": names the value an error is about, starting from `label`. */
function describe(segments: string[], label: string): string {
  if (label === '') {
    // Whole-schema validation: name the keyword the error is in, not the path from the root.
    let start = segments.length - 1;
    while (start > 0 && /^\d+$/.test(segments[start])) start--;
    if (start < 0) return 'the form';
    [label, segments] = [segments[start], segments.slice(start + 1)];
  }
  return `"${segments.reduce((path, s) => (/^\d+$/.test(s) ? `${path}[${s}]` : `${path}.${s}`), label)}"`;
}

function typeName(type: string): string {
  const names: Record<string, string> = {
    string: 'a text (string)', number: 'a number', integer: 'a whole number', boolean: 'true or false',
    object: 'an object', array: 'a list (array)', null: 'null',
  };
  return type.split(',').map((t) => names[t] ?? t).join(' or ');
}
