/** Express middleware that checks a body against one of the request schemas, naming each bad field. */
import type { RequestHandler } from 'express';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { createAjv } from '../../engine/ajv.ts';
import { fieldProblem, HttpError, words, type FieldProblem, type Words } from '../http/errors.ts';
import { bodySchemas, PLAIN_NAME_PATTERN, PLAIN_TEXT_PATTERN, type BodySchemaName } from './bodies.ts';

const ajv = createAjv();
const validators = new Map<BodySchemaName, ValidateFunction>(
  (Object.keys(bodySchemas) as BodySchemaName[]).map((name) => [name, ajv.compile(bodySchemas[name])]),
);

const EXAMPLES: Record<string, string> = { date: '2026-12-01', 'date-time': '2026-12-01T14:30:00Z' };

/** Plain wording for what ajv reports (api.json's api.field.*); the field's path comes first in every message. */
function problem(error: ErrorObject, field: string): Words {
  const p = error.params as Record<string, unknown>;
  const say = (key: string, params: Record<string, string | number> = {}) => words(`api.field.${key}`, { field, ...params });
  switch (error.keyword) {
    case 'required': return say('required');
    case 'additionalProperties': return say('unknown');
    case 'type': return say(p.type === 'object' ? 'object' : p.type === 'array' ? 'list' : 'type', { type: String(p.type) });
    case 'format': return say('format', { format: String(p.format), example: EXAMPLES[String(p.format)] ?? '-' });
    case 'pattern': return say(p.pattern === PLAIN_NAME_PATTERN || p.pattern === PLAIN_TEXT_PATTERN ? 'controlCharacters' : 'pattern');
    case 'minLength': return Number(p.limit) <= 1 ? say('empty') : say('minLength', { limit: Number(p.limit) });
    case 'maxLength': return say('maxLength', { limit: Number(p.limit) });
    case 'minimum': return say('minimum', { limit: Number(p.limit) });
    case 'minItems': return say('minItems', { count: Number(p.limit) });
    case 'maxItems': return say('maxItems', { count: Number(p.limit) });
    case 'maxProperties': return say('maxProperties', { count: Number(p.limit) });
    case 'uniqueItems': return say('uniqueItems');
    default: return say('invalid');
  }
}

function toField(error: ErrorObject): FieldProblem {
  const params = error.params as Record<string, unknown>;
  const extra = (params.missingProperty ?? params.additionalProperty) as string | undefined;
  const field = extra === undefined ? error.instancePath || '/' : `${error.instancePath}/${extra}`;
  return fieldProblem(field, problem(error, field), error.keyword);
}

export function validateBody(name: BodySchemaName): RequestHandler {
  const validate = validators.get(name)!;
  return (req, _res, next) => {
    // A request without a JSON body is an empty object, so a missing field is named rather than the body.
    if (req.body === undefined) req.body = {};
    if (!validate(req.body)) {
      const fields = (validate.errors ?? []).map(toField);
      throw new HttpError(400, 'invalidBody', words('api.body.invalid', undefined, undefined, { problems: fields.map((f) => f.words!) }), { fields });
    }
    next();
  };
}
