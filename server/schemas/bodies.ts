/**
 * JSON Schemas of every request body. The server validates bodies with them (schemas/validate.ts) and
 * the OpenAPI document is generated from the same objects (schemas/openapi.ts): one source.
 * Answers inside a section save are checked by the engine against the form definition instead.
 */
import { FORM_NAME_PATTERN } from '../../engine/vocabulary/x-form.ts';
import { definitionBodySchemas } from '../definitions/bodies.ts';

const shortText = (maxLength = 200) => ({ type: 'string', minLength: 1, maxLength }) as const;
const code = { type: 'string', minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9][A-Za-z0-9_-]*$' } as const;
/** When it happened; the server's clock when left out. */
const dateTime = { type: 'string', format: 'date-time', maxLength: 40 } as const;
const pointer = { type: 'string', minLength: 2, maxLength: 500, pattern: '^(/[A-Za-z0-9]+)+$' } as const;

const officer = {
  type: 'object',
  required: ['name', 'identifier'],
  additionalProperties: false,
  properties: { name: shortText(), identifier: shortText(100) },
} as const;

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
          date: { type: 'string', format: 'date' },
        },
      },
      person: {
        type: 'object',
        required: ['id', 'name', 'dateOfBirth'],
        additionalProperties: false,
        properties: { id: code, name: shortText(), dateOfBirth: { type: 'string', format: 'date' } },
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
  Handover: {
    type: 'object',
    required: ['dispatchingOfficer', 'receivingOfficer', 'receivingOrganisation'],
    additionalProperties: false,
    properties: {
      dispatchingOfficer: officer,
      receivingOfficer: officer,
      receivingOrganisation: shortText(),
      at: dateTime,
      acknowledgements: {
        type: 'array',
        maxItems: 500,
        items: {
          type: 'object',
          required: ['entryId', 'name', 'at'],
          additionalProperties: false,
          properties: { entryId: shortText(300), name: shortText(), role: shortText(), at: dateTime },
        },
      },
    },
  },
  Event: {
    type: 'object',
    required: ['type', 'where', 'what'],
    additionalProperties: false,
    properties: { type: shortText(64), at: dateTime, where: shortText(), what: shortText(2000) },
  },
  RedFlag: {
    type: 'object',
    required: ['risk', 'identifiedBy'],
    additionalProperties: false,
    properties: { risk: shortText(500), identifiedBy: shortText(), at: dateTime },
  },
  Cancel: {
    type: 'object',
    additionalProperties: false,
    properties: { reason: { ...shortText(500), description: 'Why the move will not happen' } },
  },
  Empty: { type: 'object', additionalProperties: false, properties: {} },
  ...definitionBodySchemas,
} as const;

export type BodySchemaName = keyof typeof bodySchemas;
