/**
 * Request bodies of the drafts and rollout API. A definition is JSON Schema ("$schema", "$defs") and is
 * stored as text, so draft bodies are read with the definition size limit and guarded for prototype
 * keys and depth only; every other body keeps the API's own limit and guard.
 */
import express, { type RequestHandler } from 'express';
import type { Config } from '../config.ts';
import { bodyGuard } from '../http/body-guard.ts';
import { FORM_NAME_PATTERN } from '../../engine/vocabulary/x-form.ts';
import { TRANSLATION_LANGUAGES } from '../../engine/i18n/translation.ts';

const DRAFT_BODY = /^\/drafts(\/[^/]+)?\/?$/;
const code = { type: 'string', minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9][A-Za-z0-9_-]*$' } as const;
const version = { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+$', maxLength: 40 } as const;
const definition = { type: 'object', description: 'A form definition (docs/definitions.md); checked by the engine\'s checker on submit' } as const;
const day = { type: 'string', format: 'date' } as const;

export const definitionBodySchemas = {
  CreateDraft: {
    type: 'object',
    additionalProperties: false,
    description: 'Exactly one of from (a published version to start from: the draft gets the next free minor version) or definition (a whole definition, e.g. a blank new form)',
    minProperties: 1,
    maxProperties: 1,
    properties: {
      from: { type: 'object', required: ['form', 'version'], additionalProperties: false, properties: { form: { type: 'string', pattern: FORM_NAME_PATTERN, maxLength: 63 }, version } },
      definition,
    },
  },
  SaveDraft: {
    type: 'object',
    required: ['definition', 'revision'],
    additionalProperties: false,
    properties: { definition, revision: { type: 'integer', minimum: 1, description: 'The draft revision the caller last read' } },
  },
  ApproveDraft: {
    type: 'object',
    additionalProperties: false,
    properties: { revision: { type: 'integer', minimum: 1, description: 'The draft revision the approver reviewed; refused when the draft has moved on' } },
  },
  Reject: {
    type: 'object',
    required: ['reason'],
    additionalProperties: false,
    properties: { reason: { type: 'string', minLength: 1, maxLength: 2000 } },
  },
  ProposeRollout: {
    type: 'object',
    required: ['form', 'rule'],
    additionalProperties: false,
    properties: {
      form: { type: 'string', pattern: FORM_NAME_PATTERN, maxLength: 63 },
      rule: {
        type: 'object',
        required: ['version', 'when'],
        additionalProperties: false,
        properties: {
          version,
          description: { type: 'string', minLength: 1, maxLength: 500 },
          descriptions: {
            type: 'object', additionalProperties: false, description: 'The description in the other languages, by language code',
            properties: Object.fromEntries(TRANSLATION_LANGUAGES.map((code) => [code, { type: 'string', minLength: 1, maxLength: 500 }])),
          },
          when: {
            type: 'object',
            additionalProperties: false,
            minProperties: 1,
            properties: {
              regions: { type: 'array', minItems: 1, maxItems: 100, uniqueItems: true, items: code },
              locations: { type: 'array', minItems: 1, maxItems: 500, uniqueItems: true, items: code },
              from: day,
              until: day,
            },
          },
        },
      },
    },
  },
} as const;

/** Reads draft bodies with room for the largest definition; the size itself is checked with a clear message. */
export function definitionBodies(config: Config): RequestHandler[] {
  const parse = express.json({ limit: config.definitionLimitBytes * 4, strict: true });
  const guard = bodyGuard(config.maxBodyDepth, { operatorKeys: true });
  const isDraftBody = (path: string) => DRAFT_BODY.test(path);
  return [
    (req, res, next) => (isDraftBody(req.path) ? parse(req, res, next) : next()),
    (req, res, next) => {
      if (!isDraftBody(req.path)) return next();
      res.locals.definitionBody = true;
      guard(req, res, next);
    },
  ];
}

/** The API's own guard, for every body except a definition's (already guarded above). */
export const exceptDefinitionBodies = (guard: RequestHandler): RequestHandler => (req, res, next) => (res.locals.definitionBody ? next() : guard(req, res, next));
