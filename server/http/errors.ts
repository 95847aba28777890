/**
 * Every refusal is an HttpError, and every error leaves the server as JSON {error, message, fields?}:
 * never a stack trace, whatever went wrong. A refusal's message is said in the caller's language when
 * it is given as words (a key in forms/locales/<lang>/api.json); its `error` code and fields never change.
 */
import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { InvalidUpdateError } from '../store/types.ts';
import { requestPath } from './request-log.ts';
import type { MessageParams, Translate } from '../../engine/i18n/translator.ts';
import { translator } from '../i18n/service-locales.ts';
import { translationOf } from '../i18n/language.ts';

export interface FieldProblem {
  /** The field: a body path ("/move/from") or an answer pointer ("/risk/violent"). */
  field: string;
  message: string;
  rule?: string;
}

/** A message by key (forms/locales/<lang>/api.json), so each caller reads it in their language. */
export interface Words {
  key: string;
  params?: MessageParams;
}

export const words = (key: string, params?: MessageParams): Words => ({ key, ...(params ? { params } : {}) });

export class HttpError extends Error {
  readonly words?: Words;
  constructor(
    readonly status: number,
    readonly code: string,
    message: string | Words,
    readonly details: { fields?: FieldProblem[] } & Record<string, unknown> = {},
  ) {
    // `message` itself (logs, the CLI) is in the default language.
    super(typeof message === 'string' ? message : translator('')(message.key, message.params));
    if (typeof message !== 'string') this.words = message;
    this.name = 'HttpError';
  }

  /** The message in the language of `t`; a message not yet given as words stays as written. */
  messageIn(t: Translate): string {
    return this.words ? t(this.words.key, this.words.params) : this.message;
  }
}

export const notFound = (what: string | Words = words('api.notFound')) => new HttpError(404, 'notFound', what);
export const forbidden = (message: string | Words) => new HttpError(403, 'forbidden', message);
export const badRequest = (message: string | Words, fields?: FieldProblem[]) => new HttpError(400, 'badRequest', message, fields ? { fields } : {});

/** Errors thrown by express's own body parser carry a status and a type; the store's refusals are input errors too. */
interface ParserError { status?: number; type?: string; expose?: boolean }

function fromKnownError(err: ParserError): HttpError | undefined {
  // The store's own key check, behind the body guard: input that reached it unsafe is still refused.
  if (err instanceof InvalidUpdateError) return badRequest(words('api.body.unstorable'));
  if (err.type === 'entity.too.large') return new HttpError(413, 'tooLarge', words('api.body.tooLarge'));
  if (err.type === 'entity.parse.failed') return badRequest(words('api.body.notJson'));
  if (err.type === 'charset.unsupported' || err.type === 'encoding.unsupported') return new HttpError(415, 'unsupportedMediaType', words('api.body.notUtf8'));
  // The router's own refusal of a path segment that is not valid percent-encoding ("%E0%A4%A").
  if (err instanceof URIError && err.status === 400) return badRequest(words('api.address.badEncoding'));
  if (typeof err.status === 'number' && err.status >= 400 && err.status < 500 && err.expose) return new HttpError(err.status, 'badRequest', words('api.body.unreadable'));
  return undefined;
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const known = err instanceof HttpError ? err : fromKnownError(err as ParserError);
    if (!known) logger.error({ err, method: req.method, path: requestPath(req) }, 'request failed');
    const error = known ?? new HttpError(500, 'internal', words('api.internal'));
    res.status(error.status).json({ error: error.code, message: error.messageIn(translationOf(res)), ...error.details });
  };
}
