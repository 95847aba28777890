/**
 * The definition checker behind `form-engine validate`, in Node: every check, with ajv compiling what
 * it needs. The browser has its own entry (browser.ts), which skips the few checks that need compiling.
 */
import type { DefinitionProblem } from '../types.ts';
import { checkDefinitionWith } from './checker.ts';
import { nodeCheckValidators } from './node-validators.ts';

export { RULES, inDocumentOrder } from './checker.ts';

/**
 * Checks a form definition against docs/definitions.md and returns every problem at once, each with a
 * JSON pointer into the definition, in document order. An empty list means the definition is usable.
 */
export function checkDefinition(definition: unknown): DefinitionProblem[] {
  return checkDefinitionWith(nodeCheckValidators(), definition);
}
