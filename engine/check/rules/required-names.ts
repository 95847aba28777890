import { childPointer } from '../../pointer.ts';
import { problem } from '../problem.ts';
import { isObject } from '../schema-object.ts';
import type { Rule } from '../rule.ts';

/**
 * "required" (of a section, a list item or a "then") names questions declared beside it: a name that is
 * not there could never be answered, so the section could never be complete.
 */
export const requiredNames: Rule = (ctx) => ctx.groups.flatMap(({ schema, pointer }) => {
  if (schema.required === undefined) return [];
  if (!Array.isArray(schema.required)) return [problem(childPointer(pointer, 'required'), 'checker.requiredNames.notList')];
  const declared = isObject(schema.properties) ? Object.keys(schema.properties) : [];
  return schema.required.flatMap((name, index) => (declared.includes(name as string) ? [] : [problem(
    childPointer(childPointer(pointer, 'required'), index),
    'checker.requiredNames.undeclared', { name: String(name) },
  )]));
});
