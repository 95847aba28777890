import { canTake, describeValues, isKnownKind } from '../answer-values.ts';
import type { ConditionNode, QuestionNode } from '../context.ts';
import { didYouMean } from '../keywords.ts';
import { childPointer } from '../../pointer.ts';
import { problem, questionName } from '../problem.ts';
import type { Rule } from '../rule.ts';
import { isObject, stringList, type SchemaObject } from '../schema-object.ts';
import type { DefinitionProblem } from '../../types.ts';

const READABLE = 'use { "const": … }, { "enum": [ … ] }, or for a multipleChoice question { "type": "array", "contains": { "const": … } }';

/**
 * Follow-up rules: an `if` the engine can read (answers of the same section or item, tested with
 * const, enum or contains, each also in `required`) and values the tested question can take.
 */
export const conditions: Rule = (ctx) => ctx.conditions.flatMap((condition) => {
  const { entry, pointer } = condition;
  const problems: DefinitionProblem[] = [];
  if (!isObject(entry.if)) problems.push(problem(pointer, 'a follow-up rule needs an "if": the answers that show its follow-up questions'));
  if (!isObject(entry.then)) problems.push(problem(pointer, 'a follow-up rule needs a "then": the follow-up questions it shows'));
  else if (!isObject(entry.then.properties) || Object.keys(entry.then.properties).length === 0) {
    problems.push(problem(childPointer(pointer, 'then'), 'the "then" must declare at least one follow-up question in "properties"'));
  }
  return isObject(entry.if) ? [...problems, ...checkIf(condition, entry.if, childPointer(pointer, 'if'))] : problems;
});

function checkIf(condition: ConditionNode, schema: SchemaObject, pointer: string): DefinitionProblem[] {
  const tests = isObject(schema.properties) ? schema.properties : {};
  if (Object.keys(tests).length === 0) return [problem(pointer, 'the "if" must test at least one answer in its "properties"')];
  const required = stringList(schema.required);
  const requiredPointer = schema.required === undefined ? pointer : childPointer(pointer, 'required');
  const problems: DefinitionProblem[] = required.filter((key) => !(key in tests)).map((key) => problem(requiredPointer,
    `the engine cannot read this condition: "required" names "${key}" without testing its answer in "properties"`));
  for (const [key, test] of Object.entries(tests)) {
    const testPointer = childPointer(childPointer(pointer, 'properties'), key);
    const question = condition.scope.questions.find((q) => q.key === key);
    if (!required.includes(key)) {
      problems.push(problem(requiredPointer, `the condition tests "${key}" but its "required" does not list "${key}": add it, or the follow-up would show while "${key}" is unanswered`));
    }
    if (!question) {
      const where = condition.scope.kind === 'section' ? `section "${condition.scope.name}"` : `an item of list "${condition.scope.name}"`;
      problems.push(problem(testPointer, `the condition tests "${key}", which is not a question in ${where}${didYouMean(key, condition.scope.questions.map((q) => q.key))}`));
      continue;
    }
    if (isOwnFollowUp(question, condition)) problems.push(problem(testPointer, `the condition tests "${key}", which is one of its own follow-up questions`));
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
  const cannotRead = [problem(pointer, `the engine cannot read this test of ${questionName(question)}: ${READABLE}`)];
  if (!isKnownKind(question.kind)) return [];
  if (!isObject(test)) return cannotRead;
  const keys = Object.keys(test).filter((k) => k !== '$comment').sort().join(',');
  if (question.kind === 'list') return [problem(pointer, `a condition cannot test ${questionName(question)}: it is a list`)];
  if (keys === 'const' || keys === 'enum') {
    if (question.kind === 'multipleChoice') {
      return [problem(pointer, `${questionName(question)} is multipleChoice: test a ticked box with { "type": "array", "contains": { "const": … } }`)];
    }
    return checkValues(question, test, pointer);
  }
  if (keys === 'contains,type' && test.type === 'array' && isObject(test.contains)) {
    if (question.kind !== 'multipleChoice') {
      return [problem(pointer, `"contains" tests a ticked box, but ${questionName(question)} is ${String(question.kind)}, not multipleChoice: use "const" or "enum"`)];
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
    `the condition tests ${JSON.stringify(value)}, which ${questionName(question)} cannot take (it can be ${describeValues(question)})`));
}
