import type { DefinitionProblem } from '../types.ts';

/**
 * Checks a form definition against docs/definitions.md and returns every problem at once,
 * each with a JSON pointer into the definition. An empty list means the definition is usable.
 */
export function checkDefinition(definition: unknown): DefinitionProblem[] {
  if (typeof definition !== 'object' || definition === null || Array.isArray(definition)) {
    return [{ pointer: '', message: 'a form definition must be a JSON object' }];
  }
  return [];
}
