import { childPointer } from '../../pointer.ts';
import { keywordProblem, problem } from '../problem.ts';
import type { Rule } from '../rule.ts';
import { isObject } from '../schema-object.ts';
import type { DefinitionProblem } from '../../types.ts';

/** A list's items: an object of questions, closed like a section; x-list.itemKey names one of its fields. */
export const listItem: Rule = (ctx) => ctx.scopes.filter((s) => s.kind === 'item').flatMap((item) => {
  const problems: DefinitionProblem[] = [];
  const { schema, pointer, name } = item;
  if (schema.type !== 'object') problems.push(problem(schema.type === undefined ? pointer : childPointer(pointer, 'type'), `the items of list "${name}" need "type": "object"`));
  if (schema.unevaluatedProperties !== false) {
    problems.push(problem(schema.unevaluatedProperties === undefined ? pointer : childPointer(pointer, 'unevaluatedProperties'),
      `the items of list "${name}" need "unevaluatedProperties": false, so that answers to unknown or hidden fields are errors`));
  }
  const fields = isObject(schema.properties) ? Object.keys(schema.properties) : [];
  if (fields.length === 0) problems.push(problem(pointer, `the items of list "${name}" need at least one question in "properties"`));
  const xList = item.list?.schema['x-list'];
  if (item.list && isObject(xList) && typeof xList.itemKey === 'string' && !fields.includes(xList.itemKey)) {
    problems.push(keywordProblem(childPointer(item.list.pointer, 'x-list'), 'itemKey', `"itemKey" names "${xList.itemKey}", which is not a field of the list's items (they have ${fields.map((f) => `"${f}"`).join(', ') || 'none'})`));
  }
  return problems;
});
