import { childPointer } from '../../pointer.ts';
import { keywordProblem, problem } from '../problem.ts';
import type { Rule } from '../rule.ts';
import { isObject } from '../schema-object.ts';
import type { DefinitionProblem } from '../../types.ts';
import { words } from '../words.ts';

/** A list's items: an object of questions, closed like a section; x-list.itemKey names one of its fields. */
export const listItem: Rule = (ctx) => ctx.scopes.filter((s) => s.kind === 'item').flatMap((item) => {
  const problems: DefinitionProblem[] = [];
  const { schema, pointer, name } = item;
  if (schema.type !== 'object') problems.push(problem(schema.type === undefined ? pointer : childPointer(pointer, 'type'), 'checker.listItem.type', { name }));
  if (schema.unevaluatedProperties !== false) {
    problems.push(problem(schema.unevaluatedProperties === undefined ? pointer : childPointer(pointer, 'unevaluatedProperties'), 'checker.listItem.unevaluated', { name }));
  }
  const fields = isObject(schema.properties) ? Object.keys(schema.properties) : [];
  if (fields.length === 0) problems.push(problem(pointer, 'checker.listItem.empty', { name }));
  const xList = item.list?.schema['x-list'];
  if (item.list && isObject(xList) && typeof xList.itemKey === 'string' && !fields.includes(xList.itemKey)) {
    problems.push(keywordProblem(childPointer(item.list.pointer, 'x-list'), 'itemKey', 'checker.listItem.itemKey', {
      itemKey: xList.itemKey, fields: fields.map((f) => `"${f}"`).join(', ') || words('checker.listItem.noFields'),
    }));
  }
  return problems;
});
