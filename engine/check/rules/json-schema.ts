import { createAjv } from '../../ajv.ts';
import { plainAjvErrors } from '../plain-ajv-error.ts';
import { pointerFromSchemaPath } from '../pointer.ts';
import { problem } from '../problem.ts';
import type { Rule } from '../rule.ts';
import { withoutKeywords } from '../schema-object.ts';
import type { DefinitionProblem } from '../../types.ts';
import { DRAFT_2020_12 } from './root.ts';

/**
 * What ajv itself says: the definition against the draft 2020-12 meta-schema (every error), then a
 * strict compile with strict problems logged rather than thrown, so all of them are collected.
 * The x-* values are checked by vocabulary-values.ts and unknown keywords by unknown-keyword.ts,
 * so the compile sees the definition without them.
 */
let warnings: string[] = [];
// One instance for every check (making one costs more than the check); each compiled copy is removed again.
const ajv = createAjv({ strict: 'log', verbose: true, logger: { log: () => {}, warn: (m: unknown) => warnings.push(String(m)), error: () => {} } });

export const jsonSchema: Rule = ({ definition }) => {
  if (!ajv.validate(DRAFT_2020_12, definition)) return plainAjvErrors(ajv.errors, '', '');
  warnings = [];
  const problems: DefinitionProblem[] = [];
  const copy = withoutKeywords(definition, (k) => k.startsWith('x-')) as object;
  try {
    ajv.compile(copy);
  } catch (error) {
    problems.push(compileError((error as Error).message));
  } finally {
    ajv.removeSchema(copy);
  }
  return [...problems, ...warnings.filter((w) => !w.includes('unknown keyword')).map(strictWarning)];
};

const STRICT = /^strict mode: (.*?)(?: at "([^"]*)")?(?: \(\w+\))?$/;

function strictWarning(warning: string): DefinitionProblem {
  const match = STRICT.exec(warning);
  if (!match) return problem('', warning);
  const [, text, path] = match;
  const pointer = path ? pointerFromSchemaPath(path) : '';
  const missingType = /^missing type "(\w+)" for keyword "(\w+)"$/.exec(text);
  if (missingType) return problem(pointer, `"${missingType[2]}" needs "type": "${missingType[1]}" beside it (JSON Schema strict mode)`);
  if (text.startsWith('use allowUnionTypes')) return problem(pointer, '"type" must be a single type, not a list (JSON Schema strict mode)');
  return problem(pointer, `JSON Schema strict mode: ${text}`);
}

function compileError(message: string): DefinitionProblem {
  const format = /^unknown format "([^"]*)" ignored in schema at path "([^"]*)"/.exec(message);
  if (format) return problem(`${pointerFromSchemaPath(format[2])}/format`, `unknown format "${format[1]}": use "date" or "date-time"`);
  return problem('', `the definition is not a valid JSON Schema: ${message}`);
}
