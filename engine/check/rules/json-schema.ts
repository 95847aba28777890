import { plainAjvErrors } from '../plain-ajv-error.ts';
import { pointerFromSchemaPath, parsePointer } from '../../pointer.ts';
import { problem } from '../problem.ts';
import type { Rule } from '../rule.ts';
import type { ErrorObject } from 'ajv';
import { isObject, LIST, MAP, SINGLE, withoutKeywords, type SchemaObject } from '../schema-object.ts';
import type { DefinitionProblem } from '../../types.ts';
import { DRAFT_2020_12 } from './root.ts';

/**
 * What ajv itself says: the definition against the draft 2020-12 meta-schema (every error), then a
 * strict compile with strict problems logged rather than thrown, so all of them are collected (in
 * Node only: the browser cannot compile, see validators.ts).
 * The x-* values are checked by vocabulary-values.ts and unknown keywords by unknown-keyword.ts,
 * so the compile sees the definition without them.
 */
export const jsonSchema: Rule = ({ definition, validators: { metaSchema, strictCompile } }) => {
  // Another $schema is reported by root.ts; ajv would only add that it cannot find it.
  if (definition.$schema !== undefined && definition.$schema !== DRAFT_2020_12) return [];
  const metaValid = metaSchema(definition);
  const metaErrors = metaSchema.errors ?? [];
  const problems = metaValid ? [] : plainAjvErrors(metaErrors, '', '');
  if (!strictCompile) return problems;
  const copy = withoutKeywords(definition, (k) => k.startsWith('x-')) as SchemaObject;
  if (!metaValid) dropInvalidKeywords(copy, metaErrors);
  const { warnings, error } = strictCompile(copy);
  // On a schema the meta-schema refused, the compile's failure is a consequence already reported.
  if (error !== undefined && metaValid) problems.push(compileError(error));
  return [...problems, ...warnings.filter((w) => !w.includes('unknown keyword')).map(strictWarning)];
};

/** Removes each keyword whose value the meta-schema refused, so the compile can go on to the rest. */
function dropInvalidKeywords(copy: SchemaObject, errors: ErrorObject[]): void {
  for (const error of errors) {
    const path = parsePointer(error.instancePath);
    // Follow subschemas down the path; the first keyword that does not hold subschemas is the bad value.
    let schema: unknown = copy;
    let keyword: string | undefined;
    for (let i = 0; i < path.length && isObject(schema); i++) {
      keyword = path[i];
      const value = schema[keyword];
      if (SINGLE.includes(keyword) && isObject(value)) [schema, keyword] = [value, undefined];
      else if ((MAP.includes(keyword) || LIST.includes(keyword)) && i + 1 < path.length && (isObject(value) || Array.isArray(value))) {
        const child = (value as Record<string, unknown>)[path[++i]];
        if (!isObject(child)) break;
        [schema, keyword] = [child, undefined];
      } else break;
    }
    if (isObject(schema) && keyword !== undefined) delete schema[keyword];
  }
}

const STRICT = /^strict mode: (.*?)(?: at "([^"]*)")?(?: \(\w+\))?$/;

function strictWarning(warning: string): DefinitionProblem {
  const match = STRICT.exec(warning);
  if (!match) return problem('', 'checker.strict.unread', { detail: warning });
  const [, text, path] = match;
  const pointer = path ? pointerFromSchemaPath(path) : '';
  const missingType = /^missing type "(\w+)" for keyword "(\w+)"$/.exec(text);
  if (missingType) return problem(pointer, 'checker.strict.missingType', { keyword: missingType[2], type: missingType[1] });
  if (text.startsWith('use allowUnionTypes')) return problem(pointer, 'checker.strict.unionType');
  return problem(pointer, 'checker.strict.other', { detail: text });
}

function compileError(message: string): DefinitionProblem {
  const format = /^unknown format "([^"]*)" ignored in schema at path "([^"]*)"/.exec(message);
  if (format) return problem(`${pointerFromSchemaPath(format[2])}/format`, 'checker.compile.unknownFormat', { format: format[1] });
  return problem('', 'checker.compile.invalid', { detail: message });
}
