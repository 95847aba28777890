import type { QuestionNode } from '../context.ts';
import { childPointer } from '../../pointer.ts';
import { keywordProblem, problem, questionName } from '../problem.ts';
import type { Rule } from '../rule.ts';
import { belongsElsewhere } from './keyword-placement.ts';
import { isObject } from '../schema-object.ts';
import type { DefinitionProblem } from '../../types.ts';
import type { QuestionKind } from '../../vocabulary/index.ts';
import { ANSWER_KEYWORDS } from '../../vocabulary/answer-keywords.ts';
import { joined, type ProblemParam } from '../words.ts';

/** Keywords every question may have, whatever its kind. */
/** The kinds of question an answer keyword belongs on, as its module says (x-date: date and dateTime). */
const KEYWORD_KINDS = new Map(ANSWER_KEYWORDS.filter((k) => k.home.kinds).map((k) => [k.definition.keyword as string, k.home.kinds!]));

const COMMON = ['$comment', 'title', 'description', 'x-kind', 'x-errors', 'x-prefill', 'x-flags'];

/** What each kind's JSON Schema looks like (the table "Question kinds" in docs/definitions.md). */
const SHAPES: Record<QuestionKind, { schema: ProblemParam; keywords: string[]; check: (q: QuestionNode) => DefinitionProblem[] }> = {
  yesNo: {
    schema: '"type": "string", "enum": ["yes", "no"]',
    keywords: ['type', 'enum'],
    check: (q) => [
      ...needsType(q, ['string']),
      ...(JSON.stringify(q.schema.enum) === '["yes","no"]' ? [] : [at(q, 'enum', 'checker.kind.yesNoEnum')]),
    ],
  },
  singleChoice: {
    schema: '"type": "string", "oneOf": [{ "const": "…", "title": "…" }, …]',
    keywords: ['type', 'oneOf'],
    check: (q) => [...needsType(q, ['string']), ...choices(q, q.schema, q.pointer)],
  },
  multipleChoice: {
    schema: '"type": "array", "uniqueItems": true, "items": { "type": "string", "oneOf": [ … ] }',
    keywords: ['type', 'uniqueItems', 'items', 'minItems', 'maxItems'],
    check: (q) => {
      const problems = [...needsType(q, ['array'])];
      if (q.schema.uniqueItems !== true) problems.push(at(q, 'uniqueItems', 'checker.kind.uniqueItems'));
      const items = q.schema.items;
      if (!isObject(items)) return [...problems, at(q, 'items', 'checker.kind.choiceItems')];
      const itemsPointer = childPointer(q.pointer, 'items');
      if (items.type !== 'string') problems.push(problem(itemsPointer, 'checker.kind.itemsString'));
      return [...problems, ...choices(q, items, itemsPointer)];
    },
  },
  text: {
    schema: '"type": "string", "maxLength": 200',
    keywords: ['type', 'maxLength', 'minLength', 'pattern'],
    // With a pattern, pattern.ts already asks for maxLength.
    check: (q) => [...needsType(q, ['string']), ...(q.schema.pattern === undefined ? needsMaxLength(q) : [])],
  },
  longText: {
    schema: '"type": "string", "maxLength": 4000',
    keywords: ['type', 'maxLength', 'minLength'],
    check: (q) => [...needsType(q, ['string']), ...needsMaxLength(q)],
  },
  number: {
    schema: joined(['"type": "number"', '"integer"'], 'or'),
    keywords: ['type', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'],
    check: (q) => needsType(q, ['number', 'integer']),
  },
  date: {
    schema: '"type": "string", "format": "date"',
    keywords: ['type', 'format', 'formatMinimum', 'formatMaximum', 'formatExclusiveMinimum', 'formatExclusiveMaximum'],
    check: (q) => [...needsType(q, ['string']), ...needsFormat(q, 'date')],
  },
  dateTime: {
    schema: '"type": "string", "format": "date-time"',
    keywords: ['type', 'format', 'formatMinimum', 'formatMaximum', 'formatExclusiveMinimum', 'formatExclusiveMaximum'],
    check: (q) => [...needsType(q, ['string']), ...needsFormat(q, 'date-time')],
  },
  list: {
    schema: '"type": "array", "x-list": { "itemTitle": "…" }, "items": { "type": "object", "properties": { … } }',
    keywords: ['type', 'items', 'minItems', 'maxItems', 'x-list'],
    check: (q) => {
      const problems = [...needsType(q, ['array'])];
      if (q.schema['x-list'] === undefined) problems.push(problem(q.pointer, 'checker.kind.listXList', { name: questionName(q) }));
      if (!isObject(q.schema.items)) problems.push(at(q, 'items', 'checker.kind.listItems', { name: questionName(q) }));
      return problems;
    },
  },
};

export const kindSchema: Rule = (ctx) => ctx.questions.flatMap((q) => {
  const shape = SHAPES[q.kind as QuestionKind];
  if (!shape) return [];
  const misplaced = Object.keys(q.schema)
    .filter((k) => ctx.validators.knownKeywords.has(k) && !COMMON.includes(k) && !shape.keywords.includes(k) && !KEYWORD_KINDS.get(k)?.includes(q.kind as QuestionKind) && !belongsElsewhere(k, 'question'))
    .map((k) => keywordProblem(q.pointer, k, 'checker.kind.notUsed', { keyword: k, kind: String(q.kind), schema: shape.schema }));
  return [...misplaced, ...shape.check(q)];
});

/** A problem at the keyword if it is there, at the question if it is missing. */
function at(q: QuestionNode, keyword: string, key: string, params?: Record<string, ProblemParam>): DefinitionProblem {
  return q.schema[keyword] === undefined ? problem(q.pointer, key, params) : keywordProblem(q.pointer, keyword, key, params);
}

function needsType(q: QuestionNode, types: string[]): DefinitionProblem[] {
  if (types.includes(q.schema.type as string)) return [];
  return [at(q, 'type', 'checker.kind.type', { kind: String(q.kind), types: joined(types.map((t) => `"${t}"`), 'or') })];
}

function needsMaxLength(q: QuestionNode): DefinitionProblem[] {
  return q.schema.maxLength === undefined
    ? [problem(q.pointer, 'checker.kind.maxLength', { name: questionName(q) })]
    : [];
}

function needsFormat(q: QuestionNode, format: string): DefinitionProblem[] {
  return q.schema.format === format ? [] : [at(q, 'format', 'checker.kind.format', { kind: String(q.kind), format })];
}

/** The oneOf of a choice question: objects with a unique string const and a title. */
function choices(q: QuestionNode, schema: Record<string, unknown>, pointer: string): DefinitionProblem[] {
  const list = schema.oneOf;
  const oneOfPointer = childPointer(pointer, 'oneOf');
  if (!Array.isArray(list) || list.length === 0) {
    return [problem(schema.oneOf === undefined ? pointer : oneOfPointer, 'checker.kind.noChoices', { name: questionName(q) })];
  }
  const problems: DefinitionProblem[] = [];
  const seen = new Set<unknown>();
  list.forEach((choice, index) => {
    const choicePointer = childPointer(oneOfPointer, index);
    if (!isObject(choice)) return void problems.push(problem(choicePointer, 'checker.kind.choiceNotObject'));
    if (typeof choice.const !== 'string' || choice.const === '') problems.push(problem(choicePointer, 'checker.kind.choiceConst'));
    else if (seen.has(choice.const)) problems.push(keywordProblem(choicePointer, 'const', 'checker.kind.choiceTwice', { value: choice.const }));
    else seen.add(choice.const);
    if (typeof choice.title !== 'string') problems.push(problem(choicePointer, 'checker.kind.choiceTitle'));
  });
  return problems;
}
