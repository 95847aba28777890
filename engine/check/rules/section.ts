import { isObject } from '../schema-object.ts';
import { keywordProblem, problem } from '../problem.ts';
import type { Rule } from '../rule.ts';
import type { DefinitionProblem } from '../../types.ts';
import { keyProblem } from './question-keys.ts';

/** A section: an object with a title, x-section, at least one question, and no unknown or hidden answers. */
export const section: Rule = (ctx) => {
  const problems: DefinitionProblem[] = [];
  for (const scope of ctx.scopes.filter((s) => s.kind === 'section')) {
    const { schema, pointer, name } = scope;
    const at = (keyword: string) => (schema[keyword] === undefined ? pointer : `${pointer}/${keyword}`);
    const wrongName = keyProblem(name);
    if (wrongName) problems.push(problem(pointer, `section name "${name}" ${wrongName}`));
    if (schema.type !== 'object') problems.push(problem(at('type'), `section "${name}" needs "type": "object"`));
    if (schema.title === undefined) problems.push(problem(pointer, `section "${name}" needs a "title", shown in the task list`));
    if (schema['x-section'] === undefined) {
      problems.push(problem(pointer, `section "${name}" needs "x-section": { "editRoles": [...], "requiredForConfirmation": true or false }`));
    }
    if (schema.unevaluatedProperties !== false) {
      problems.push(problem(at('unevaluatedProperties'), `section "${name}" needs "unevaluatedProperties": false, so that answers to unknown or hidden questions are errors`));
    }
    if (!isObject(schema.properties) || Object.keys(schema.properties).length === 0) {
      problems.push(schema.properties === undefined
        ? problem(pointer, `section "${name}" is empty: add at least one question to its "properties"`)
        : keywordProblem(pointer, 'properties', `section "${name}" is empty: add at least one question to its "properties"`));
    }
  }
  return problems;
};
