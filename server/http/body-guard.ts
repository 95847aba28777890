/**
 * Runs before schema validation on every body: refuses keys that could become database operators or
 * reach an object's prototype, by the same rule the store applies (unsafeKeyProblem), and bodies nested
 * deeper than any real request needs.
 */
import type { RequestHandler } from 'express';
import { childPointer } from '../../engine/pointer.ts';
import { unsafeKeyProblem } from '../store/paths.ts';
import { fieldProblem, HttpError, words, type FieldProblem } from './errors.ts';

export interface BodyGuardOptions {
  /** Accept "$" and "." keys: for a form definition, which is JSON Schema ("$defs") and stored as text. */
  operatorKeys?: boolean;
}

function findProblem(value: unknown, path: string, depth: number, maxDepth: number, options: BodyGuardOptions): FieldProblem | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (depth > maxDepth) return fieldProblem(path || '/', words('api.body.tooDeep', { max: maxDepth }), 'depth');
  for (const key of Object.keys(value)) {
    const field = childPointer(path, key);
    const problem = unsafeKeyProblem(key, options);
    if (problem) return { field, message: problem.endsWith('not allowed') ? `The ${problem}` : `The ${problem}, which is not allowed`, rule: 'forbiddenKey' };
    const inner = findProblem((value as Record<string, unknown>)[key], field, depth + 1, maxDepth, options);
    if (inner) return inner;
  }
  return undefined;
}

export function bodyGuard(maxDepth: number, options: BodyGuardOptions = {}): RequestHandler {
  return (req, _res, next) => {
    const problem = findProblem(req.body, '', 1, maxDepth, options);
    if (problem) throw new HttpError(400, 'forbiddenInput', problem.message, { fields: [problem] });
    next();
  };
}
