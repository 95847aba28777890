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
import { rolesIn } from '../../engine/i18n/role-titles.ts';
import { PRIVILEGES, type Privilege } from '../../engine/vocabulary/roles.ts';
import { translator } from '../i18n/service-locales.ts';
import { languageOf, translationOf } from '../i18n/language.ts';
import { problemsIn, sayProblem } from '../../engine/check/words.ts';
import type { DefinitionProblem } from '../../engine/types.ts';

export interface FieldProblem {
  /** The field: a body path ("/move/from") or an answer pointer ("/risk/violent"). */
  field: string;
  /** In the default language; `words`, when given, say it in the caller's (the answer carries only the message). */
  message: string;
  rule?: string;
  words?: Words;
}

/** Roles a message names, said by their titles in the reader's language: "policy teams and regional forums". */
export interface RoleList {
  roles: readonly string[];
  join: 'or' | 'and';
}

/** A message by key (forms/locales/<lang>/api.json), so each caller reads it in their language. */
export interface Words {
  key: string;
  params?: MessageParams;
  roles?: Readonly<Record<string, RoleList>>;
  /** Messages within the message, each said in the same language and joined by "; ". */
  parts?: Readonly<Record<string, readonly Words[]>>;
  /** Definition checker problems within the message, each said in the same language. */
  problems?: Readonly<Record<string, DefinitionProblem>>;
}

export const words = (key: string, params?: MessageParams, roles?: Record<string, RoleList>, parts?: Record<string, readonly Words[]>, problems?: Record<string, DefinitionProblem>): Words => ({
  key, ...(params ? { params } : {}), ...(roles ? { roles } : {}), ...(parts ? { parts } : {}), ...(problems ? { problems } : {}),
});

/** The holders of a privilege (forms/roles.json), for a message's `roles`. */
export const holdersOf = (privilege: Privilege): RoleList => ({ roles: PRIVILEGES[privilege], join: 'and' });

/** `words` in the language of `t`. */
export function say(t: Translate, { key, params, roles, parts, problems }: Words): string {
  const titles = Object.fromEntries(Object.entries(roles ?? {}).map(([name, list]) => [name, rolesIn(list.roles, t, list.join)]));
  const said = Object.fromEntries(Object.entries(parts ?? {}).map(([name, list]) => [name, list.map((part) => say(t, part)).join('; ')]));
  const checked = Object.fromEntries(Object.entries(problems ?? {}).map(([name, problem]) => [name, sayProblem(t, problem)]));
  return t(key, { ...params, ...titles, ...said, ...checked });
}

/** A field's problem by key: `message` in the default language for logs, the answer in the caller's. */
export function fieldProblem(field: string, problem: Words, rule?: string): FieldProblem {
  return { field, message: say(translator(''), problem), words: problem, ...(rule ? { rule } : {}) };
}

/** The fields as the caller reads them: messages in their language, without the words behind them. */
function fieldsIn(t: Translate, fields: unknown): unknown {
  if (!Array.isArray(fields)) return fields;
  return (fields as FieldProblem[]).map(({ words: said, ...field }) => (said ? { ...field, message: say(t, said) } : field));
}

/** A refusal's details as the caller reads them: its fields' and the definition checker's problems in their language. */
function detailsIn(t: Translate, details: HttpError['details']): HttpError['details'] {
  const said = { ...details };
  if (details.fields) said.fields = fieldsIn(t, details.fields) as FieldProblem[];
  if (Array.isArray(details.problems)) said.problems = problemsIn(t, details.problems as DefinitionProblem[]);
  return said;
}

export class HttpError extends Error {
  readonly words?: Words;
  constructor(
    readonly status: number,
    readonly code: string,
    message: string | Words,
    readonly details: { fields?: FieldProblem[] } & Record<string, unknown> = {},
  ) {
    // `message` itself (logs, the CLI) is in the default language.
    super(typeof message === 'string' ? message : say(translator(''), message));
    if (typeof message !== 'string') this.words = message;
    this.name = 'HttpError';
  }

  /** The message in the language of `t`; a message not yet given as words stays as written. */
  messageIn(t: Translate): string {
    return this.words ? say(t, this.words) : this.message;
  }
}

export const notFound = (what: string | Words = words('api.notFound')) => new HttpError(404, 'notFound', what);
export const forbidden = (message: string | Words) => new HttpError(403, 'forbidden', message);
export const badRequest = (message: string | Words, fields?: FieldProblem[]) => new HttpError(400, 'badRequest', message, fields ? { fields } : {});
/** 400 for one field, its problem the message of the refusal and of the field, in the caller's language. */
export const refused = (field: string, problem: Words) => badRequest(problem, [fieldProblem(field, problem)]);

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
    const t = translationOf(res);
    const details = detailsIn(t, error.details);
    res.status(error.status).set('content-language', languageOf(res)).json({ error: error.code, message: error.messageIn(t), ...details });
  };
}
