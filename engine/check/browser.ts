/**
 * The definition checker for the browser, bundled on its own (web-components/build.ts,
 * buildBrowserChecker) and imported by <form-preview> only when no server checks for it. Its
 * validators are ajv standalone code generated at build time, so it runs under a CSP without eval.
 * It runs every check `form-engine validate` runs except the strict-mode compile of the definition,
 * which needs ajv's code generator.
 */
import * as precompiled from 'form-engine:check-validators';
import type { DefinitionProblem } from '../types.ts';
import { checkDefinitionWith } from './checker.ts';
import type { CheckValidators } from './validators.ts';

const validators: CheckValidators = {
  metaSchema: precompiled.metaSchema,
  vocabulary: new Map(Object.entries(precompiled.vocabulary)),
  knownKeywords: new Set(precompiled.knownKeywords),
};

/** Every problem `form-engine validate` reports, except JSON Schema strict-mode problems. */
export function checkDefinition(definition: unknown): DefinitionProblem[] {
  return checkDefinitionWith(validators, definition);
}
