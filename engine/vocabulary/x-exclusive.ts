/**
 * x-exclusive, on one choice of a multipleChoice question ("No action taken"): true means the choice
 * cannot be ticked together with any other. Answers that do are refused (rule "exclusive") and the view
 * model marks the choice, so checkboxes can untick the others (GOV.UK exclusive checkbox).
 */
import type { AnswerKeyword } from './answer-keyword.ts';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

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
      on: (s) => isObject(s.items) && Array.isArray(s.items.oneOf) && s.items.oneOf.some((c) => isObject(c) && c['x-exclusive'] === true),
      problem: (name) => `${name} has an "exclusive" message but none of its choices has "x-exclusive": true`,
    },
  },
};
