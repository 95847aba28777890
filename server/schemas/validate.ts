/** Express middleware that checks a body against one of the request schemas, naming each bad field. */
import type { RequestHandler } from 'express';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { createAjv } from '../../engine/ajv.ts';
import { HttpError, type FieldProblem } from '../http/errors.ts';
import { bodySchemas, type BodySchemaName } from './bodies.ts';

const ajv = createAjv();
const validators = new Map<BodySchemaName, ValidateFunction>(
  (Object.keys(bodySchemas) as BodySchemaName[]).map((name) => [name, ajv.compile(bodySchemas[name])]),
);

function toField(error: ErrorObject): FieldProblem {
  const params = error.params as Record<string, unknown>;
  const extra = (params.missingProperty ?? params.additionalProperty) as string | undefined;
  const field = extra === undefined ? error.instancePath || '/' : `${error.instancePath}/${extra}`;
  const message = error.keyword === 'additionalProperties' ? 'is not a known field' : error.message ?? 'is not valid';
  return { field, message: `${field} ${message}`, rule: error.keyword };
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
