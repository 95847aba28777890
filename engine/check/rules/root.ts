import { isObject } from '../schema-object.ts';
import { keywordProblem, problem } from '../problem.ts';
import type { Rule } from '../rule.ts';
import type { DefinitionProblem } from '../../types.ts';

export const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

/** The root: a draft 2020-12 object schema with x-form, a title, sections, and no answers outside them. */
export const root: Rule = ({ definition }) => {
  const problems: DefinitionProblem[] = [];
  if (definition.$schema === undefined) problems.push(problem('', `missing "$schema": it must be "${DRAFT_2020_12}"`));
  else if (definition.$schema !== DRAFT_2020_12) problems.push(keywordProblem('', '$schema', `"$schema" must be "${DRAFT_2020_12}"`));
  if (definition.title === undefined) problems.push(problem('', 'missing "title": the form\'s title as staff see it'));
  if (definition['x-form'] === undefined) problems.push(problem('', 'missing "x-form": the form\'s name, version, confirmRoles, entryRoles and cancelRoles'));
  if (definition.type !== 'object') problems.push(problem(definition.type === undefined ? '' : '/type', '"type" must be "object"'));
  if (definition.additionalProperties !== false) {
    problems.push(problem(definition.additionalProperties === undefined ? '' : '/additionalProperties',
      '"additionalProperties" must be false, so that an answer outside the sections is an error'));
  }
  if (!isObject(definition.properties) || Object.keys(definition.properties).length === 0) {
    problems.push(problem(definition.properties === undefined ? '' : '/properties', 'the form needs at least one section in "properties"'));
  }
  return problems;
};
