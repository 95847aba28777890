import { childPointer } from '../pointer.ts';
import { childSchemas, isObject, stringList, type SchemaObject } from './schema-object.ts';
import type { CheckValidators } from './validators.ts';
import { words, type ProblemWords } from './words.ts';

/**
 * What a schema object is in a form definition. The rules use it to know which keywords belong where.
 * - root, section, question: as in docs/definitions.md
 * - item: the `items` object of a list question (a small group of questions)
 * - rule: one entry of an `allOf` of follow-ups (an `if`/`then` pair)
 * - condition: the `if`; test: one property of the `if` (the answer it tests)
 * - followUps: the `then`
 * - choice: one `oneOf` entry of a singleChoice question; checkbox: one of a multipleChoice question;
 *   choiceItems: the `items` of a multiple-choice question
 * - other: anything else (inside `not`, `anyOf`, `$defs`, ...)
 */
export type NodeRole = 'root' | 'section' | 'question' | 'item' | 'rule' | 'condition' | 'test' | 'followUps'
  | 'choice' | 'checkbox' | 'choiceItems' | 'other';

export interface SchemaNode {
  pointer: string;
  schema: SchemaObject;
  role: NodeRole;
}

/** A section, or one list question's item: a group of questions whose keys must be unique and whose follow-ups test each other. */
export interface Scope {
  kind: 'section' | 'item';
  /** Section key, or the list question's key. */
  name: string;
  pointer: string;
  schema: SchemaObject;
  questions: QuestionNode[];
  conditions: ConditionNode[];
  /** For an item: the list question it belongs to. */
  list?: QuestionNode;
}

export interface QuestionNode {
  key: string;
  pointer: string;
  schema: SchemaObject;
  /** The x-kind value as written (may be missing or wrong: rules report that). */
  kind: unknown;
  scope: Scope;
  /** The `if`/`then` whose `then` declares it; absent for questions always shown. */
  followUpOf?: ConditionNode;
  /** In the `required` next to where it is declared. */
  mandatory: boolean;
}

export interface ConditionNode {
  /** Pointer of the allOf entry that holds the `if` and `then`. */
  pointer: string;
  entry: SchemaObject;
  scope: Scope;
  parent?: ConditionNode;
}

/** A `properties` + `required` pair that declares questions: a section, a list item, or a `then`. */
export interface QuestionGroup {
  pointer: string;
  schema: SchemaObject;
  scope: Scope;
}

/** A place that must hold an object schema (a section, a question, a follow-up rule) but holds something else. */
export interface Misshapen {
  pointer: string;
  /** What belongs there, for the message: "section \"<name>\"", "question \"<key>\"", "a follow-up rule". */
  what: ProblemWords;
  example: string;
}

export interface CheckContext {
  definition: SchemaObject;
  /** What the rules validate with: compiled by ajv in Node, precompiled in the browser. */
  validators: CheckValidators;
  misshapen: Misshapen[];
  nodes: SchemaNode[];
  scopes: Scope[];
  groups: QuestionGroup[];
  questions: QuestionNode[];
  conditions: ConditionNode[];
}

/** Walks a definition once and records every schema object with its role, and the form's structure. */
export function buildContext(definition: SchemaObject, validators: CheckValidators): CheckContext {
  const ctx: CheckContext = { definition, validators, misshapen: [], nodes: [], scopes: [], groups: [], questions: [], conditions: [] };
  ctx.nodes.push({ pointer: '', schema: definition, role: 'root' });
  for (const child of childSchemas(definition)) {
    const at = childAt('', child.keyword, child.name);
    if (child.keyword === 'properties' && typeof child.name === 'string' && isObject(child.schema)) {
      const scope: Scope = { kind: 'section', name: child.name, pointer: at, schema: child.schema, questions: [], conditions: [] };
      ctx.scopes.push(scope);
      ctx.nodes.push({ pointer: at, schema: child.schema, role: 'section' });
      walkGroup(ctx, scope, child.schema, at);
    } else if (child.keyword === 'properties') {
      ctx.misshapen.push({ pointer: at, what: words('checker.shape.section', { name: String(child.name) }), example: '{ "type": "object", "title": "…", "x-section": { … }, "properties": { … } }' });
    } else visitOther(ctx, child.schema, at);
  }
  return ctx;
}

function walkGroup(ctx: CheckContext, scope: Scope, schema: SchemaObject, pointer: string, followUpOf?: ConditionNode): void {
  ctx.groups.push({ pointer, schema, scope });
  const required = stringList(schema.required);
  for (const child of childSchemas(schema)) {
    const at = childAt(pointer, child.keyword, child.name);
    if (child.keyword === 'properties' && typeof child.name === 'string' && isObject(child.schema)) {
      walkQuestion(ctx, scope, child.name, child.schema, at, required.includes(child.name), followUpOf);
    } else if (child.keyword === 'allOf' && isObject(child.schema)) {
      walkRule(ctx, scope, child.schema, at, followUpOf);
    } else if (child.keyword === 'properties') {
      ctx.misshapen.push({ pointer: at, what: words('checker.shape.question', { name: String(child.name) }), example: '{ "x-kind": "…", "title": "…", "type": … }' });
    } else if (child.keyword === 'allOf') {
      ctx.misshapen.push({ pointer: at, what: words('checker.shape.rule'), example: '{ "if": { … }, "then": { … } }' });
    } else visitOther(ctx, child.schema, at);
  }
}

function walkRule(ctx: CheckContext, scope: Scope, entry: SchemaObject, pointer: string, parent?: ConditionNode): void {
  ctx.nodes.push({ pointer, schema: entry, role: 'rule' });
  const condition: ConditionNode = { pointer, entry, scope, parent };
  ctx.conditions.push(condition);
  scope.conditions.push(condition);
  for (const child of childSchemas(entry)) {
    const at = childAt(pointer, child.keyword, child.name);
    if (child.keyword === 'if' && isObject(child.schema)) walkCondition(ctx, child.schema, at);
    else if (child.keyword === 'then' && isObject(child.schema)) {
      ctx.nodes.push({ pointer: at, schema: child.schema, role: 'followUps' });
      walkGroup(ctx, scope, child.schema, at, condition);
    } else visitOther(ctx, child.schema, at);
  }
}

function walkCondition(ctx: CheckContext, schema: SchemaObject, pointer: string): void {
  ctx.nodes.push({ pointer, schema, role: 'condition' });
  for (const child of childSchemas(schema)) {
    const at = childAt(pointer, child.keyword, child.name);
    if (child.keyword === 'properties' && isObject(child.schema)) {
      ctx.nodes.push({ pointer: at, schema: child.schema, role: 'test' });
      visitChildren(ctx, child.schema, at);
    } else visitOther(ctx, child.schema, at);
  }
}

function walkQuestion(ctx: CheckContext, scope: Scope, key: string, schema: SchemaObject, pointer: string,
  mandatory: boolean, followUpOf?: ConditionNode): void {
  const question: QuestionNode = { key, pointer, schema, kind: schema['x-kind'], scope, followUpOf, mandatory };
  ctx.questions.push(question);
  scope.questions.push(question);
  ctx.nodes.push({ pointer, schema, role: 'question' });
  for (const child of childSchemas(schema)) {
    const at = childAt(pointer, child.keyword, child.name);
    if (child.keyword === 'items' && isObject(child.schema) && question.kind === 'list') {
      const item: Scope = { kind: 'item', name: key, pointer: at, schema: child.schema, questions: [], conditions: [], list: question };
      ctx.scopes.push(item);
      ctx.nodes.push({ pointer: at, schema: child.schema, role: 'item' });
      walkGroup(ctx, item, child.schema, at);
    } else if (child.keyword === 'items' && isObject(child.schema) && question.kind === 'multipleChoice') {
      ctx.nodes.push({ pointer: at, schema: child.schema, role: 'choiceItems' });
      walkChoices(ctx, child.schema, at);
    } else if (child.keyword === 'oneOf' && isObject(child.schema) && question.kind === 'singleChoice') {
      ctx.nodes.push({ pointer: at, schema: child.schema, role: 'choice' });
      visitChildren(ctx, child.schema, at);
    } else visitOther(ctx, child.schema, at);
  }
}

function walkChoices(ctx: CheckContext, schema: SchemaObject, pointer: string): void {
  for (const child of childSchemas(schema)) {
    const at = childAt(pointer, child.keyword, child.name);
    if (child.keyword === 'oneOf' && isObject(child.schema)) {
      ctx.nodes.push({ pointer: at, schema: child.schema, role: 'checkbox' });
      visitChildren(ctx, child.schema, at);
    } else visitOther(ctx, child.schema, at);
  }
}

function visitOther(ctx: CheckContext, schema: unknown, pointer: string): void {
  if (!isObject(schema)) return;
  ctx.nodes.push({ pointer, schema, role: 'other' });
  visitChildren(ctx, schema, pointer);
}

function visitChildren(ctx: CheckContext, schema: SchemaObject, pointer: string): void {
  for (const child of childSchemas(schema)) visitOther(ctx, child.schema, childAt(pointer, child.keyword, child.name));
}

function childAt(pointer: string, keyword: string, name?: string | number): string {
  const at = childPointer(pointer, keyword);
  return name === undefined ? at : childPointer(at, name);
}
