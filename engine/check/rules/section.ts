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
    if (wrongName) problems.push(problem(pointer, 'checker.section.badName', { name, wrong: wrongName }));
    if (schema.type !== 'object') problems.push(problem(at('type'), 'checker.section.type', { name }));
    if (schema.title === undefined) problems.push(problem(pointer, 'checker.section.noTitle', { name }));
    if (schema['x-section'] === undefined) {
      problems.push(problem(pointer, 'checker.section.noXSection', { name }));
    }
    if (schema.unevaluatedProperties !== false) {
      problems.push(problem(at('unevaluatedProperties'), 'checker.section.unevaluated', { name }));
    }
    if (!isObject(schema.properties) || Object.keys(schema.properties).length === 0) {
      problems.push(schema.properties === undefined
        ? problem(pointer, 'checker.section.empty', { name })
        : keywordProblem(pointer, 'properties', 'checker.section.empty', { name }));
    }
  }
  return problems;
};
