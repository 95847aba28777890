import { isObject } from '../schema-object.ts';
import { keywordProblem, problem } from '../problem.ts';
import type { Rule } from '../rule.ts';
import type { DefinitionProblem } from '../../types.ts';

export const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

/** The root: a draft 2020-12 object schema with x-form, a title, sections, and no answers outside them. */
export const root: Rule = ({ definition }) => {
  const problems: DefinitionProblem[] = [];
  if (definition.$schema === undefined) problems.push(problem('', 'checker.root.noSchema', { draft: DRAFT_2020_12 }));
  else if (definition.$schema !== DRAFT_2020_12) problems.push(keywordProblem('', '$schema', 'checker.root.wrongSchema', { draft: DRAFT_2020_12 }));
  if (definition.title === undefined) problems.push(problem('', 'checker.root.noTitle'));
  if (definition['x-form'] === undefined) problems.push(problem('', 'checker.root.noXForm'));
  if (definition.type !== 'object') problems.push(problem(definition.type === undefined ? '' : '/type', 'checker.root.type'));
  if (definition.additionalProperties !== false) {
    problems.push(problem(definition.additionalProperties === undefined ? '' : '/additionalProperties',
      'checker.root.additionalProperties'));
  }
  if (!isObject(definition.properties) || Object.keys(definition.properties).length === 0) {
    problems.push(problem(definition.properties === undefined ? '' : '/properties', 'checker.root.noSections'));
  }
  return problems;
};
