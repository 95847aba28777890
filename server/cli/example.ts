/**
 * `form-engine example <definition>`: a complete, valid set of answers for the definition, from the
 * engine's example generator, as JSON. A definition with problems gets validate's report instead.
 */
import { checkAnswers, compileForm, exampleAnswers } from '../../engine/node.ts';
import { problemLine, validate } from './validate.ts';

export interface ExampleRun {
  /** The answers as pretty JSON, or undefined when the definition has problems. */
  json?: string;
  problems: string[];
}

export function exampleOf(file: string, today?: string): ExampleRun {
  const checked = validate(file);
  if (checked.problems.length > 0) return { problems: checked.problems.map(problemLine) };
  const definition = checked.checked[0]!.json;
  const answers = exampleAnswers(definition, { today });
  // The generator's promise, kept here too: what it prints is complete by the engine's own check.
  const check = checkAnswers(compileForm(definition), answers, today ? { now: `${today}T12:00:00Z` } : {});
  const wrong = [...check.invalid, ...check.incomplete].map((e) => `${file}: the example answer at ${e.pointer} is not accepted: ${e.message}`);
  return wrong.length > 0 ? { problems: wrong } : { json: JSON.stringify(answers, null, 2), problems: [] };
}
