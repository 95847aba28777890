import { childPointer } from '../../pointer.ts';
import { problem, questionName } from '../problem.ts';
import type { Rule } from '../rule.ts';
import { isObject } from '../schema-object.ts';
import { words, type ProblemWords } from '../words.ts';
import { ANSWER_KEYWORDS } from '../../vocabulary/answer-keywords.ts';

const KEYWORD_RULES = ANSWER_KEYWORDS.flatMap((k) => Object.entries(k.declared));

/**
 * A message for a rule the question does not have would never be shown: usually the rule itself was
 * forgotten ("maxLength" message without "maxLength"). Rules every question has (required, type, enum,
 * const) are always allowed.
 */
const NEEDS: Record<string, (schema: Record<string, unknown>) => boolean> = {
  minLength: (s) => s.minLength !== undefined,
  maxLength: (s) => s.maxLength !== undefined,
  pattern: (s) => s.pattern !== undefined,
  format: (s) => s.format !== undefined,
  minimum: (s) => s.minimum !== undefined,
  maximum: (s) => s.maximum !== undefined,
  exclusiveMinimum: (s) => s.exclusiveMinimum !== undefined,
  exclusiveMaximum: (s) => s.exclusiveMaximum !== undefined,
  multipleOf: (s) => s.multipleOf !== undefined,
  minItems: (s) => s.minItems !== undefined,
  maxItems: (s) => s.maxItems !== undefined,
  uniqueItems: (s) => s.uniqueItems === true,
  formatMinimum: (s) => s.formatMinimum !== undefined,
  formatMaximum: (s) => s.formatMaximum !== undefined,
  uniqueItemKey: (s) => isObject(s['x-list']) && s['x-list'].itemKey !== undefined,
  ...Object.fromEntries(KEYWORD_RULES.map(([rule, declared]) => [rule, declared.on])),
};

/** Rules that come from a vocabulary keyword rather than a JSON Schema keyword of the same name. */
const SPECIAL: Record<string, (name: ProblemWords) => ProblemWords> = {
  uniqueItemKey: (name) => words('checker.errorMessages.uniqueItemKey', { name }),
  ...Object.fromEntries(KEYWORD_RULES.map(([rule, declared]) => [rule, declared.problem])),
};

export const errorMessages: Rule = (ctx) => ctx.questions.flatMap((q) => {
  const messages = q.schema['x-errors'];
  if (!isObject(messages)) return [];
  return Object.keys(messages).filter((rule) => NEEDS[rule] && !NEEDS[rule](q.schema)).map((rule) => {
    const said = SPECIAL[rule]?.(questionName(q)) ?? words('checker.errorMessages.noRule', { name: questionName(q), rule });
    return problem(childPointer(childPointer(q.pointer, 'x-errors'), rule), said.key, said.params);
  });
});
