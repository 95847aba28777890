/**
 * Every refusal is an HttpError, and every error leaves the server as JSON {error, message, fields?}:
 * never a stack trace, whatever went wrong.
 */
import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { InvalidUpdateError } from '../store/types.ts';
import { requestPath } from './request-log.ts';

export interface FieldProblem {
  /** The field: a body path ("/move/from") or an answer pointer ("/risk/violent"). */
  field: string;
  message: string;
  rule?: string;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: { fields?: FieldProblem[] } & Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const notFound = (what = 'Not found') => new HttpError(404, 'notFound', what);
export const forbidden = (message: string) => new HttpError(403, 'forbidden', message);
export const badRequest = (message: string, fields?: FieldProblem[]) => new HttpError(400, 'badRequest', message, fields ? { fields } : {});

/** Errors thrown by express's own body parser carry a status and a type; the store's refusals are input errors too. */
interface ParserError { status?: number; type?: string; expose?: boolean }

function fromKnownError(err: ParserError): HttpError | undefined {
  // The store's own key check, behind the body guard: input that reached it unsafe is still refused.
  if (err instanceof InvalidUpdateError) return badRequest('The request holds a key or value that cannot be stored');
  if (err.type === 'entity.too.large') return new HttpError(413, 'tooLarge', 'The request body is too large');
  if (err.type === 'entity.parse.failed') return badRequest('The request body is not valid JSON');
  if (err.type === 'charset.unsupported' || err.type === 'encoding.unsupported') return new HttpError(415, 'unsupportedMediaType', 'Send the body as UTF-8 JSON');
  // The router's own refusal of a path segment that is not valid percent-encoding ("%E0%A4%A").
  if (err instanceof URIError && err.status === 400) return badRequest('The address holds a character that is not encoded correctly');
  if (typeof err.status === 'number' && err.status >= 400 && err.status < 500 && err.expose) return new HttpError(err.status, 'badRequest', 'The request could not be read');
  return undefined;
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const known = err instanceof HttpError ? err : fromKnownError(err as ParserError);
    if (!known) logger.error({ err, method: req.method, path: requestPath(req) }, 'request failed');
    const error = known ?? new HttpError(500, 'internal', 'Something went wrong');
    res.status(error.status).json({ error: error.code, message: error.message, ...error.details });
  };
}
