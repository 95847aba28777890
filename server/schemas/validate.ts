/** Express middleware that checks a body against one of the request schemas, naming each bad field. */
import type { RequestHandler } from 'express';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { createAjv } from '../../engine/ajv.ts';
import { HttpError, type FieldProblem } from '../http/errors.ts';
import { bodySchemas, PLAIN_NAME_PATTERN, PLAIN_TEXT_PATTERN, type BodySchemaName } from './bodies.ts';

const ajv = createAjv();
const validators = new Map<BodySchemaName, ValidateFunction>(
  (Object.keys(bodySchemas) as BodySchemaName[]).map((name) => [name, ajv.compile(bodySchemas[name])]),
);

const EXAMPLES: Record<string, string> = { date: '2026-12-01', 'date-time': '2026-12-01T14:30:00Z' };

/** Plain wording for what ajv reports; the field's path comes first in every message. */
function problem(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': return 'is required';
    case 'additionalProperties': return 'is not a known field';
    case 'type': return `must be ${p.type === 'object' ? 'an object' : p.type === 'array' ? 'a list' : `a ${String(p.type)}`}`;
    case 'format': return `must be a real ${String(p.format)}, like ${EXAMPLES[String(p.format)] ?? 'the documented format'}`;
    case 'pattern': return p.pattern === PLAIN_NAME_PATTERN || p.pattern === PLAIN_TEXT_PATTERN
      ? 'must not hold control characters or bidirectional-override characters'
      : 'holds characters that are not allowed here';
    case 'minLength': return Number(p.limit) <= 1 ? 'must not be empty' : `must be ${String(p.limit)} characters or more`;
    case 'maxLength': return `must be ${String(p.limit)} characters or fewer`;
    case 'minimum': return `must be ${String(p.limit)} or more`;
    case 'minItems': return `must have at least ${String(p.limit)} item${Number(p.limit) === 1 ? '' : 's'}`;
    case 'maxItems': return `must have at most ${String(p.limit)} items`;
    case 'maxProperties': return `must have at most ${String(p.limit)} entries`;
    case 'uniqueItems': return 'must not repeat an item';
    default: return error.message ?? 'is not valid';
  }
}

function toField(error: ErrorObject): FieldProblem {
  const params = error.params as Record<string, unknown>;
  const extra = (params.missingProperty ?? params.additionalProperty) as string | undefined;
  const field = extra === undefined ? error.instancePath || '/' : `${error.instancePath}/${extra}`;
  return { field, message: `${field} ${problem(error)}`, rule: error.keyword };
}

export function validateBody(name: BodySchemaName): RequestHandler {
  const validate = validators.get(name)!;
  return (req, _res, next) => {
    // A request without a JSON body is an empty object, so a missing field is named rather than the body.
    if (req.body === undefined) req.body = {};
    if (!validate(req.body)) {
      const fields = (validate.errors ?? []).map(toField);
      throw new HttpError(400, 'invalidBody', fields.map((f) => f.message).join('; '), { fields });
    }
    next();
  };
}
