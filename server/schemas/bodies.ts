/**
 * JSON Schemas of every request body. The server validates bodies with them (schemas/validate.ts) and
 * the OpenAPI document is generated from the same objects (schemas/openapi.ts): one source.
 * Answers inside a section save are checked by the engine against the form definition instead.
 */
import { FORM_NAME_PATTERN } from '../../engine/vocabulary/x-form.ts';
import { qualityCheckBodies } from '../quality/bodies.ts';
import { entryBodySchema } from '../../engine/entry-fields.ts';
import { definitionBodySchemas } from '../definitions/bodies.ts';
import { translationBodySchemas } from '../definitions/translation-bodies.ts';

const shortText = (maxLength = 200) => ({ type: 'string', minLength: 1, maxLength }) as const;
/**
 * No control characters and no bidirectional controls (U+202A-202E overrides and embeddings, U+2066-2069
 * isolates, U+200E/200F/061C marks): they make a name read differently from what is stored ("Smith"
 * shown for a name stored backwards) and break printing. Free text may still hold tabs and line breaks.
 */
const BIDI_CONTROLS = '\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069';
export const PLAIN_NAME_PATTERN = `^[^\\u0000-\\u001F\\u007F-\\u009F${BIDI_CONTROLS}]*$`;
export const PLAIN_TEXT_PATTERN = `^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F${BIDI_CONTROLS}]*$`;
const name = (maxLength = 200) => ({ ...shortText(maxLength), pattern: PLAIN_NAME_PATTERN }) as const;
/** The patterns entry fields get by their "x-text" in forms/entries.json. */
const TEXT_PATTERNS = { name: PLAIN_NAME_PATTERN, free: PLAIN_TEXT_PATTERN };
const code = { type: 'string', minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9][A-Za-z0-9_-]*$' } as const;
const pointer = { type: 'string', minLength: 2, maxLength: 500, pattern: '^(/[A-Za-z0-9]+)+$' } as const;

export const bodySchemas = {
  Login: {
    type: 'object',
    required: ['username', 'password'],
    additionalProperties: false,
    properties: { username: shortText(100), password: { type: 'string', minLength: 1, maxLength: 500 } },
  },
  CreateRecord: {
    type: 'object',
    required: ['form', 'move', 'person'],
    additionalProperties: false,
    properties: {
      form: { type: 'string', pattern: FORM_NAME_PATTERN, maxLength: 63 },
      move: {
        type: 'object',
        required: ['id', 'type', 'from', 'to', 'date'],
        additionalProperties: false,
        properties: {
          id: code,
          type: { ...shortText(64), description: 'The const of a type of move from GET /api/move-types (forms/move-types.json)' },
          from: { ...code, description: 'A location code from GET /api/locations' },
          to: { ...code, description: 'A location code from GET /api/locations' },
          date: { type: 'string', format: 'date', description: 'Within MOVE_DATE_PAST_DAYS before and MOVE_DATE_FUTURE_DAYS after today' },
        },
      },
      person: {
        type: 'object',
        required: ['id', 'name', 'dateOfBirth'],
        additionalProperties: false,
        properties: { id: code, name: name(), dateOfBirth: { type: 'string', format: 'date', description: 'Not in the future, not before 1900' } },
      },
    },
  },
  SaveSection: {
    type: 'object',
    required: ['answers', 'revision'],
    additionalProperties: false,
    properties: {
      answers: { type: 'object', maxProperties: 500, description: 'Answers of this section by question key; checked against the form definition.' },
      revision: { type: 'integer', minimum: 0, description: 'The record revision the caller last read.' },
    },
  },
  PrefillReviews: {
    type: 'object',
    required: ['pointers'],
    additionalProperties: false,
    properties: { pointers: { type: 'array', minItems: 1, maxItems: 500, uniqueItems: true, items: pointer } },
  },
  // Entries on a record: declared in forms/entries.json, which the engine reads its limits and wording from.
  Handover: entryBodySchema('handover', TEXT_PATTERNS),
  Event: entryBodySchema('event', TEXT_PATTERNS),
  RedFlag: entryBodySchema('redFlag', TEXT_PATTERNS),
  Cancel: entryBodySchema('cancel', TEXT_PATTERNS),
  Empty: { type: 'object', additionalProperties: false, properties: {} },
  ...qualityCheckBodies,
  ...definitionBodySchemas,
  ...translationBodySchemas(PLAIN_TEXT_PATTERN),
} as const;

export type BodySchemaName = keyof typeof bodySchemas;
