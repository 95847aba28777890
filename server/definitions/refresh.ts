import type { RequestHandler } from 'express';
import type { FormsRegistry } from '../forms-registry.ts';

/** Before each request: the registry catches up with versions and rollouts another server published. */
export const refreshForms = (forms: FormsRegistry): RequestHandler => (_req, _res, next) => {
  forms.refresh().then(() => next(), next);
};
