import type { DefinitionProblem } from './types.ts';

/** Thrown when a definition cannot be used; `problems` is the same list `form-engine validate` prints. */
export class DefinitionError extends Error {
  readonly problems: DefinitionProblem[];

  constructor(problems: DefinitionProblem[]) {
    const first = problems[0];
    super(
      `The form definition has ${problems.length} problem${problems.length === 1 ? '' : 's'}` +
        (first ? `, first at "${first.pointer}": ${first.message}` : ''),
    );
    this.name = 'DefinitionError';
    this.problems = problems;
  }
}
