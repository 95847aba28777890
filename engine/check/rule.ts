import type { DefinitionProblem } from '../types.ts';
import type { CheckContext } from './context.ts';

/** One check of a definition: pure, reads the walked definition, returns the problems it finds. */
export type Rule = (ctx: CheckContext) => DefinitionProblem[];
