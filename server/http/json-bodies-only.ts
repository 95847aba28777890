/**
 * Only JSON bodies are read, so any other body is refused (415) rather than ignored: ignored, a form post
 * or a text body would be acted on as if it were empty (a cancel without its reason), and a cross-site
 * form can send one without the browser asking first.
 */
import type { RequestHandler } from 'express';
import { HttpError } from './errors.ts';

export const jsonBodiesOnly: RequestHandler = (req, _res, next) => {
  // req.is: null without a body, false for a body of another type. An empty body says nothing, whatever its type.
  if (req.get('content-length') !== '0' && req.is('application/json') === false) throw new HttpError(415, 'unsupportedMediaType', 'Send the body as JSON, with Content-Type: application/json');
  next();
};
