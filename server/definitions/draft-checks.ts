/**
 * What the server checks of a draft's definition: its size, that its name and version are not already
 * published, and the engine's checker (the same checks as `form-engine validate`, plus compiling it).
 */
import { inc } from 'semver';
import { checkDefinition } from '../../engine/check/index.ts';
import { compileForm } from '../../engine/node.ts';
import { compileProblem } from '../../engine/check/problem.ts';
import type { DefinitionProblem } from '../../engine/types.ts';
import type { FormsRegistry } from '../forms-registry.ts';
import { fieldProblem, HttpError, words } from '../http/errors.ts';

/** The name and version a definition declares in x-form, or empty strings when it declares none yet. */
export function declaredIdentity(definition: Record<string, unknown>): { name: string; version: string } {
  const form = definition['x-form'] as { name?: unknown; version?: unknown } | undefined;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return { name: text(form?.name), version: text(form?.version) };
}

/** The definition as stored: compact JSON text, refused (413) beyond the configured limit. */
export function definitionText(definition: Record<string, unknown>, limitBytes: number): string {
  const text = JSON.stringify(definition);
  const bytes = Buffer.byteLength(text);
  if (bytes > limitBytes) {
    const sizes = { size: Math.ceil(bytes / 1024), limit: Math.floor(limitBytes / 1024) };
    throw new HttpError(413, 'definitionTooLarge', words('api.draft.tooLarge', sizes), { fields: [fieldProblem('/definition', words('api.draft.tooLargeField', { field: '/definition' }))] });
  }
  return text;
}

/** 409 when the declared name and version are already published: a published version never changes. */
export function refuseIfPublished(forms: FormsRegistry, identity: { name: string; version: string }): void {
  if (identity.name && identity.version && forms.get(identity.name, identity.version)) {
    const field = '/definition/x-form/version';
    throw new HttpError(409, 'alreadyPublished', words('api.draft.versionPublished', { form: identity.name, version: identity.version }), { fields: [fieldProblem(field, words('api.draft.versionPublishedField', { field }))] });
  }
}

/** The next minor version of `name` after `version` that is not published yet. */
export function nextFreeVersion(forms: FormsRegistry, name: string, version: string): string {
  let next = inc(version, 'minor')!;
  while (forms.get(name, next)) next = inc(next, 'minor')!;
  return next;
}

/** Every problem the checker finds; a definition it passes must also compile. */
export function definitionProblems(definition: unknown): DefinitionProblem[] {
  const problems = checkDefinition(definition);
  if (problems.length > 0) return problems;
  try {
    compileForm(definition);
  } catch (error) {
    return [compileProblem(error)];
  }
  return [];
}
