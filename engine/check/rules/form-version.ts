import semver from 'semver';
import { isObject } from '../schema-object.ts';
import { problem } from '../problem.ts';
import type { Rule } from '../rule.ts';

/** Versions are compared to pick the newest and to order rollouts, so they must be semantic versions. */
export const formVersion: Rule = ({ definition }) => {
  const form = definition['x-form'];
  if (!isObject(form) || typeof form.version !== 'string') return [];
  return semver.valid(form.version) === null
    ? [problem('/x-form/version', 'checker.formVersion.notSemver', { version: form.version })]
    : [];
};
