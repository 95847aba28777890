/**
 * A new question of each kind the engine supports, shaped as docs/definitions.md fixes it, so a policy
 * user adding one from the structured editor starts from something the checker accepts. Its starting
 * words (option and item titles, a new form's section and question) are in the editor's language;
 * codes and keys stay as they are in every language.
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

const choices = (t: Translate) => [{ const: 'optionOne', title: t('editor.qp.option', { n: 1 }) }, { const: 'optionTwo', title: t('editor.qp.option', { n: 2 }) }];

export function newQuestion(kind: QuestionKind, title: string, t: Translate): Record<string, unknown> {
  const base = { 'x-kind': kind, title };
  switch (kind) {
    case 'yesNo': return { ...base, type: 'string', enum: ['yes', 'no'] };
    case 'singleChoice': return { ...base, type: 'string', oneOf: choices(t) };
    case 'multipleChoice': return { ...base, type: 'array', uniqueItems: true, items: { type: 'string', oneOf: choices(t) } };
    case 'text': return { ...base, type: 'string', maxLength: 200 };
    case 'longText': return { ...base, type: 'string', maxLength: 2000 };
    case 'number': return { ...base, type: 'number' };
    case 'date': return { ...base, type: 'string', format: 'date' };
    case 'dateTime': return { ...base, type: 'string', format: 'date-time' };
    case 'list': return {
      ...base, type: 'array', 'x-list': { itemTitle: t('engine.list.itemTitle') },
      items: { type: 'object', properties: { name: { 'x-kind': 'text', title: t('editor.new.listField'), type: 'string', maxLength: 200 } }, unevaluatedProperties: false },
    };
  }
}

/** A blank new form with one section and one question: what "start a new form" begins from. */
export function blankDefinition(name: string, title: string, roles: { edit: string[]; confirm: string[] }, t: Translate): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title,
    'x-form': { name, version: '1.0.0', confirmRoles: roles.confirm, entryRoles: roles.confirm, cancelRoles: roles.confirm },
    type: 'object',
    additionalProperties: false,
    properties: {
      details: {
        type: 'object', title: t('editor.new.section'), 'x-section': { editRoles: roles.edit, requiredForConfirmation: true },
        properties: { firstQuestion: { ...newQuestion('yesNo', t('editor.new.question'), t), 'x-errors': { required: t('editor.new.required') } } },
        required: ['firstQuestion'],
        unevaluatedProperties: false,
      },
    },
  };
}
