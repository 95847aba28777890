import type { DefinitionProblem } from '../types.ts';
import { childPointer } from '../pointer.ts';

export function problem(pointer: string, message: string): DefinitionProblem {
  return { pointer, message };
}

/** A problem with one keyword of the schema at `pointer`. */
export function keywordProblem(pointer: string, keyword: string, message: string): DefinitionProblem {
  return { pointer: childPointer(pointer, keyword), message };
}

/** `question "<key>"`, or `field "<key>" of list "<list key>"`: how messages name a question. */
export function questionName(question: { key: string; scope: { kind: string; name: string } }): string {
  return question.scope.kind === 'item' ? `field "${question.key}" of list "${question.scope.name}"` : `question "${question.key}"`;
}
