import { canTake, describeValues, isKnownKind } from '../answer-values.ts';
import type { ConditionNode, QuestionNode } from '../context.ts';
import { suggestion } from '../keywords.ts';
import { words } from '../words.ts';
import { childPointer } from '../../pointer.ts';
import { problem, questionName } from '../problem.ts';
import type { Rule } from '../rule.ts';
import { isObject, stringList, type SchemaObject } from '../schema-object.ts';
import type { DefinitionProblem } from '../../types.ts';

/**
 * Follow-up rules: an `if` the engine can read (answers of the same section or item, tested with
 * const, enum or contains, each also in `required`) and values the tested question can take.
 */
export const conditions: Rule = (ctx) => ctx.conditions.flatMap((condition) => {
  const { entry, pointer } = condition;
  const problems: DefinitionProblem[] = [];
  if (!isObject(entry.if)) problems.push(problem(pointer, 'checker.conditions.noIf'));
  if (!isObject(entry.then)) problems.push(problem(pointer, 'checker.conditions.noThen'));
  else if (!isObject(entry.then.properties) || Object.keys(entry.then.properties).length === 0) {
    problems.push(problem(childPointer(pointer, 'then'), 'checker.conditions.emptyThen'));
  }
  return isObject(entry.if) ? [...problems, ...checkIf(condition, entry.if, childPointer(pointer, 'if'))] : problems;
});

function checkIf(condition: ConditionNode, schema: SchemaObject, pointer: string): DefinitionProblem[] {
  const tests = isObject(schema.properties) ? schema.properties : {};
  if (Object.keys(tests).length === 0) return [problem(pointer, 'checker.conditions.emptyIf')];
  const required = stringList(schema.required);
  const requiredPointer = schema.required === undefined ? pointer : childPointer(pointer, 'required');
  const problems: DefinitionProblem[] = required.filter((key) => !(key in tests)).map((key) => problem(requiredPointer, 'checker.conditions.requiredUntested', { key }));
  for (const [key, test] of Object.entries(tests)) {
    const testPointer = childPointer(childPointer(pointer, 'properties'), key);
    const question = condition.scope.questions.find((q) => q.key === key);
    if (!required.includes(key)) {
      problems.push(problem(requiredPointer, 'checker.conditions.testNotRequired', { key }));
    }
    if (!question) {
      const where = words(condition.scope.kind === 'section' ? 'checker.conditions.inSection' : 'checker.conditions.inItem', { name: condition.scope.name });
      problems.push(problem(testPointer, 'checker.conditions.unknownQuestion', { key, where, suggestion: suggestion(key, condition.scope.questions.map((q) => q.key)) }));
      continue;
    }
    if (isOwnFollowUp(question, condition)) problems.push(problem(testPointer, 'checker.conditions.ownFollowUp', { key }));
    problems.push(...checkTest(question, test, testPointer));
  }
  return problems;
}

function isOwnFollowUp(question: QuestionNode, condition: ConditionNode): boolean {
  for (let c = question.followUpOf; c; c = c.parent) if (c === condition) return true;
  return false;
}

/** One tested answer: its form must be one the engine reads, and its values ones the question can take. */
function checkTest(question: QuestionNode, test: unknown, pointer: string): DefinitionProblem[] {
  const cannotRead = [problem(pointer, 'checker.conditions.unreadable', { name: questionName(question) })];
  if (!isKnownKind(question.kind)) return [];
  if (!isObject(test)) return cannotRead;
  const keys = Object.keys(test).filter((k) => k !== '$comment').sort().join(',');
  if (question.kind === 'list') return [problem(pointer, 'checker.conditions.list', { name: questionName(question) })];
  if (keys === 'const' || keys === 'enum') {
    if (question.kind === 'multipleChoice') {
      return [problem(pointer, 'checker.conditions.multipleChoice', { name: questionName(question) })];
    }
    return checkValues(question, test, pointer);
  }
  if (keys === 'contains,type' && test.type === 'array' && isObject(test.contains)) {
    if (question.kind !== 'multipleChoice') {
      return [problem(pointer, 'checker.conditions.containsNotMultiple', { name: questionName(question), kind: String(question.kind) })];
    }
    const inner = Object.keys(test.contains).filter((k) => k !== '$comment').sort().join(',');
    return inner === 'const' || inner === 'enum' ? checkValues(question, test.contains, childPointer(pointer, 'contains')) : cannotRead;
  }
  return cannotRead;
}

function checkValues(question: QuestionNode, test: SchemaObject, pointer: string): DefinitionProblem[] {
  const tested: [unknown, string][] = 'const' in test
    ? [[test.const, childPointer(pointer, 'const')]]
    : Array.isArray(test.enum) ? test.enum.map((v, i): [unknown, string] => [v, childPointer(childPointer(pointer, 'enum'), i)]) : [];
  return tested.filter(([value]) => !canTake(question, value)).map(([value, at]) => problem(at,
    'checker.conditions.impossibleValue', { value: JSON.stringify(value), name: questionName(question), values: describeValues(question) }));
}
