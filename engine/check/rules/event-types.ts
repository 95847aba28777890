import { childPointer } from '../../pointer.ts';
import { problem } from '../problem.ts';
import type { Rule } from '../rule.ts';
import { isObject } from '../schema-object.ts';

/** Event entries store the type's `const`: two types with one value could not be told apart. */
export const eventTypes: Rule = ({ definition }) => {
  const form = definition['x-form'];
  if (!isObject(form) || !Array.isArray(form.eventTypes)) return [];
  const seen = new Set<unknown>();
  return form.eventTypes.flatMap((type, index) => {
    if (!isObject(type) || typeof type.const !== 'string') return [];
    if (!seen.has(type.const)) return (seen.add(type.const), []);
    return [problem(childPointer(childPointer('/x-form/eventTypes', index), 'const'), 'checker.eventTypes.twice', { value: type.const })];
  });
};
