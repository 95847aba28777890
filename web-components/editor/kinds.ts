/**
 * A new question of each kind the engine supports, shaped as docs/definitions.md fixes it, so a policy
 * user adding one from the structured editor starts from something the checker accepts.
 */
import { QUESTION_KINDS, type QuestionKind } from '../../engine/vocabulary/index.ts';
import type { Translate } from '../i18n.ts';

/** What a kind of question is called in the editor's language (editor.kind.<kind>); the code when unknown. */
export function kindLabel(kind: string, t: Translate): string {
  const label = t(`editor.kind.${kind}`);
  return label === `editor.kind.${kind}` ? kind : label;
}

export const KINDS: readonly QuestionKind[] = QUESTION_KINDS;

/** Kinds whose answers are one of a fixed set of values: they have options, flags and follow-ups. */
export const CHOICE_KINDS: readonly QuestionKind[] = ['yesNo', 'singleChoice', 'multipleChoice'];

const choices = () => [{ const: 'optionOne', title: 'Option one' }, { const: 'optionTwo', title: 'Option two' }];

export function newQuestion(kind: QuestionKind, title: string): Record<string, unknown> {
  const base = { 'x-kind': kind, title };
  switch (kind) {
    case 'yesNo': return { ...base, type: 'string', enum: ['yes', 'no'] };
    case 'singleChoice': return { ...base, type: 'string', oneOf: choices() };
    case 'multipleChoice': return { ...base, type: 'array', uniqueItems: true, items: { type: 'string', oneOf: choices() } };
    case 'text': return { ...base, type: 'string', maxLength: 200 };
    case 'longText': return { ...base, type: 'string', maxLength: 2000 };
    case 'number': return { ...base, type: 'number' };
    case 'date': return { ...base, type: 'string', format: 'date' };
    case 'dateTime': return { ...base, type: 'string', format: 'date-time' };
    case 'list': return {
      ...base, type: 'array', 'x-list': { itemTitle: 'Item' },
      items: { type: 'object', properties: { name: { 'x-kind': 'text', title: 'Name', type: 'string', maxLength: 200 } }, unevaluatedProperties: false },
    };
  }
}

/** A blank new form with one section and one question: what "start a new form" begins from. */
export function blankDefinition(name: string, title: string, roles: { edit: string[]; confirm: string[] }): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title,
    'x-form': { name, version: '1.0.0', confirmRoles: roles.confirm, entryRoles: roles.confirm, cancelRoles: roles.confirm },
    type: 'object',
    additionalProperties: false,
    properties: {
      details: {
        type: 'object', title: 'Details', 'x-section': { editRoles: roles.edit, requiredForConfirmation: true },
        properties: { firstQuestion: { ...newQuestion('yesNo', 'First question'), 'x-errors': { required: 'Select yes or no' } } },
        required: ['firstQuestion'],
        unevaluatedProperties: false,
      },
    },
  };
}
