/**
 * Runs before schema validation on every body: refuses keys that could become database operators or
 * reach an object's prototype, and bodies nested deeper than any real request needs.
 */
import type { RequestHandler } from 'express';
import { HttpError, type FieldProblem } from './errors.ts';

const FORBIDDEN_KEY = /^\$|__proto__|constructor|prototype/;

function findProblem(value: unknown, path: string, depth: number, maxDepth: number): FieldProblem | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (depth > maxDepth) return { field: path || '/', message: `Nested more than ${maxDepth} levels deep`, rule: 'depth' };
  for (const key of Object.keys(value)) {
    const field = `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (FORBIDDEN_KEY.test(key)) return { field, message: `The key "${key}" is not allowed`, rule: 'forbiddenKey' };
    const problem = findProblem((value as Record<string, unknown>)[key], field, depth + 1, maxDepth);
    if (problem) return problem;
  }
  return undefined;
}

export function bodyGuard(maxDepth: number): RequestHandler {
  return (req, _res, next) => {
    const problem = findProblem(req.body, '', 1, maxDepth);
    if (problem) throw new HttpError(400, 'forbiddenInput', problem.message, { fields: [problem] });
    next();
  };
}
