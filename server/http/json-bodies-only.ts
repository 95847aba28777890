/**
 * Only JSON bodies are read, so any other body is refused (415) rather than ignored: ignored, a form post
 * or a text body would be acted on as if it were empty (a cancel without its reason), and a cross-site
 * form can send one without the browser asking first. A request that takes a body (POST, PUT, PATCH)
 * must say JSON even when its body is empty: an empty form post to /confirm is exactly what a cross-site
 * page can send without a preflight, while a JSON content type always needs one.
 */
import type { RequestHandler } from 'express';
import { HttpError, words } from './errors.ts';

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/** The media type of the Content-Type header, without parameters ("application/json; charset=utf-8"). */
function mediaType(header: string | undefined): string | undefined {
  const type = header?.split(';', 1)[0]!.trim().toLowerCase();
  return type || undefined;
}

export const jsonBodiesOnly: RequestHandler = (req, _res, next) => {
  const type = mediaType(req.get('content-type'));
  const isJson = type === 'application/json';
  // Other methods: a body of another type is refused; no body says nothing, whatever its type.
  const refused = BODY_METHODS.has(req.method) ? !isJson : req.get('content-length') !== '0' && req.is('application/json') === false;
  if (refused) throw new HttpError(415, 'unsupportedMediaType', words('api.body.notJsonType'));
  next();
};
