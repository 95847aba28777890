/**
 * A JSON Schema of a whole form definition, for editors: the root, sections, questions, follow-up
 * rules and lists, with the form vocabulary's own meta-schemas (engine/vocabulary) for every x-*
 * keyword and the wording of docs/definitions.md as descriptions. Editors use it for completion, hover
 * and quick linting while typing; the checker (engine/check) stays the judge of a definition.
 */
import { formVocabulary, QUESTION_KINDS } from './vocabulary/index.ts';
import { ANSWER_KEYWORDS } from './vocabulary/answer-keywords.ts';
import type { NodeRole } from './check/context.ts';

const vocabulary = (keyword: string, description: string) => ({
  ...(formVocabulary.find((k) => k.keyword === keyword)?.metaSchema as object),
  description,
});

/** The answer keywords that belong on `role`, each with its meta-schema and what it means (from its module). */
const answerKeywordsOn = (role: NodeRole) => Object.fromEntries(ANSWER_KEYWORDS.filter((k) => k.home.roles.includes(role))
  .map((k) => [k.definition.keyword as string, vocabulary(k.definition.keyword as string, k.about)]));

const choice = {
  type: 'object',
  required: ['const', 'title'],
  properties: {
    const: { type: 'string', description: 'The stored answer' },
    title: { type: 'string', description: 'The choice as staff see it' },
    description: { type: 'string', description: 'A hint under the choice' },
    ...answerKeywordsOn('checkbox'),
  },
};

const question: Record<string, unknown> = {
  type: 'object',
  required: ['x-kind', 'title'],
  description: 'A question: its key is unique in the form, a lower-case letter then letters and digits',
  properties: {
    'x-kind': { enum: [...QUESTION_KINDS], description: 'What kind of question: yesNo, singleChoice, multipleChoice, text, longText, number, date, dateTime or list' },
    title: { type: 'string', description: 'The question as staff see it' },
    description: { type: 'string', description: 'The hint under the question' },
    'x-errors': vocabulary('x-errors', 'Plain-English error messages by rule; "required" is mandatory for a mandatory question'),
    'x-prefill': vocabulary('x-prefill', 'true: carried over from the person\'s last confirmed record, to be reviewed'),
    'x-flags': vocabulary('x-flags', 'Warnings raised by the answer: values, level (alert, warning, attention, information) and label'),
    'x-list': vocabulary('x-list', 'For a list: itemTitle names one item; itemKey an item field different in every item'),
    ...answerKeywordsOn('question'),
    type: { enum: ['string', 'number', 'integer', 'array'], description: 'Fixed by the kind' },
    enum: { type: 'array', description: 'yesNo: exactly ["yes", "no"]' },
    oneOf: { type: 'array', items: choice, description: 'The choices of a singleChoice question' },
    items: { type: 'object', description: 'multipleChoice: {"type": "string", "oneOf": [...]}; list: the item\'s questions' },
    uniqueItems: { const: true },
    maxLength: { type: 'integer', minimum: 1, description: 'Required for text and longText' },
    minLength: { type: 'integer', minimum: 0 },
    pattern: { type: 'string' },
    format: { enum: ['date', 'date-time'] },
    minimum: { type: 'number' },
    maximum: { type: 'number' },
    minItems: { type: 'integer', minimum: 0 },
    maxItems: { type: 'integer', minimum: 1 },
    $comment: { type: 'string', description: 'A note for other authors; staff never see it' },
  },
};

const rule: Record<string, unknown> = {
  type: 'object',
  required: ['if', 'then'],
  additionalProperties: false,
  description: 'A follow-up rule: the questions in "then" show, and are mandatory as its "required" says, when the answers in "if" match',
  properties: {
    if: { type: 'object', required: ['properties', 'required'], additionalProperties: false, properties: { properties: { type: 'object' }, required: { type: 'array', items: { type: 'string' } } } },
    then: {
      type: 'object',
      required: ['properties'],
      additionalProperties: false,
      properties: {
        properties: { type: 'object', additionalProperties: question }, required: { type: 'array', items: { type: 'string' } }, allOf: { type: 'array', items: { $ref: '#/definitions/rule' } },
        'x-page': vocabulary('x-page', 'Ask these follow-ups on their own page, headed "title", after the question page (only in a section, on a rule testing one question)'),
      },
    },
  },
};

const section = {
  type: 'object',
  required: ['type', 'title', 'x-section', 'properties', 'unevaluatedProperties'],
  description: 'A section: one page staff fill in',
  properties: {
    type: { const: 'object' },
    title: { type: 'string', description: 'Shown in the task list and as the page heading' },
    description: { type: 'string', description: 'Shown under the heading' },
    'x-section': vocabulary('x-section', 'Who may save answers in it (editRoles) and whether it must be complete before confirmation'),
    properties: { type: 'object', minProperties: 1, additionalProperties: question, description: 'The questions always shown, in order' },
    required: { type: 'array', items: { type: 'string' }, description: 'Keys of the mandatory questions' },
    allOf: { type: 'array', items: { $ref: '#/definitions/rule' }, description: 'Follow-up rules' },
    unevaluatedProperties: { const: false },
    $comment: { type: 'string' },
  },
};

export const definitionMetaSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Form definition',
  type: 'object',
  required: ['$schema', 'title', 'x-form', 'type', 'properties', 'additionalProperties'],
  properties: {
    $schema: { const: 'https://json-schema.org/draft/2020-12/schema' },
    $id: { type: 'string' },
    $comment: { type: 'string' },
    title: { type: 'string', description: 'The form\'s title as staff see it' },
    description: { type: 'string', description: 'One sentence shown under the title' },
    'x-form': vocabulary('x-form', 'The form\'s name and version, and who may confirm, add entries and cancel'),
    type: { const: 'object' },
    properties: { type: 'object', additionalProperties: section, description: 'The sections, in the order staff see them' },
    additionalProperties: { const: false },
  },
  additionalProperties: false,
  definitions: { rule },
};
