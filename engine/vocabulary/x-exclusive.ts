/**
 * x-exclusive, on one choice of a multipleChoice question ("No action taken"): true means the choice
 * cannot be ticked together with any other. Everything the keyword means is here: answers that do are
 * refused (rule "exclusive"), the model and view model mark the choice, ticking a box follows it
 * (`tickedAfter`, GOV.UK's exclusive checkbox), the confirmation schema says it, and the definition
 * checker keeps it on a choice of a question that stays answerable.
 */
import { childPointer } from '../pointer.ts';
import { keywordProblem, problem, questionName } from '../check/problem.ts';
import { words } from '../check/words.ts';
import type { DefinitionProblem } from '../types.ts';
import type { AnswerKeyword } from './answer-keyword.ts';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The choice schemas of a multipleChoice question schema marked x-exclusive, and all its choice schemas. */
function choicesOf(schema: Record<string, unknown>): { all: Record<string, unknown>[]; exclusive: Record<string, unknown>[] } {
  const all = isObject(schema.items) && Array.isArray(schema.items.oneOf) ? schema.items.oneOf.filter(isObject) : [];
  return { all, exclusive: all.filter((c) => c['x-exclusive'] === true) };
}

/** The choices ticked after ticking (or unticking) `value`: an exclusive choice is ticked on its own, in the choices' order. */
export function tickedAfter(choices: readonly { value: string; exclusive?: true }[], ticked: readonly string[], value: string, on: boolean): string[] {
  const exclusive = new Set(choices.filter((c) => c.exclusive === true).map((c) => c.value));
  const kept = (v: string) => !on || (exclusive.has(value) ? false : !exclusive.has(v));
  return choices.map((c) => c.value).filter((v) => (v === value ? on : ticked.includes(v) && kept(v)));
}

export const xExclusive: AnswerKeyword = {
  definition: { keyword: 'x-exclusive', schemaType: 'boolean', metaSchema: { type: 'boolean' } },
  choice: (schema) => (schema['x-exclusive'] === true ? { exclusive: true } : undefined),
  applies: (question) => question.choices?.some((c) => c.exclusive) ?? false,
  check(question, value) {
    if (!Array.isArray(value) || value.length < 2) return undefined;
    const alone = question.choices?.find((c) => c.exclusive && value.includes(c.value));
    return alone ? { rule: 'exclusive', params: { choice: alone.value } } : undefined;
  },
  messages: {
    exclusive(question, params, t) {
      const choice = question.choices?.find((c) => c.value === params.choice);
      return t('engine.error.exclusive', { choice: choice?.label ?? String(params.choice) });
    },
  },
  declared: {
    exclusive: {
      on: (s) => choicesOf(s).exclusive.length > 0,
      problem: (name) => words('checker.xExclusive.message', { name }),
    },
  },
  about: 'true: this choice is ticked on its own (multiple choice only; put it last)',
  words: { rules: { exclusive: 'ticked with other choices' } },
  home: { roles: ['checkbox'], place: 'on a choice of a multipleChoice question (in its "items": { "oneOf": [ … ] })' },
  placeKey: 'checker.home.xExclusive',
  /** Such a question stays answerable both ways: not every choice stands alone, and minItems lets one alone be ticked. */
  rule: (ctx) => ctx.questions.flatMap((q) => {
    if (q.kind !== 'multipleChoice') return [];
    const { all, exclusive } = choicesOf(q.schema);
    if (exclusive.length === 0) return [];
    const problems: DefinitionProblem[] = [];
    if (exclusive.length === all.length) {
      problems.push(problem(childPointer(childPointer(q.pointer, 'items'), 'oneOf'), 'checker.xExclusive.every', { name: questionName(q) }));
    }
    if (typeof q.schema.minItems === 'number' && q.schema.minItems > 1) {
      problems.push(keywordProblem(q.pointer, 'minItems', 'checker.xExclusive.minItems', { name: questionName(q), minItems: q.schema.minItems }));
    }
    return problems;
  }),
  confirmation(schema) {
    const alone = choicesOf(schema).exclusive.map((c) => c.const);
    return alone.length > 0 ? { not: { contains: { enum: alone }, minItems: 2 } } : undefined;
  },
};
