/**
 * Personal data must never sit in a browser's or a proxy's cache: every API answer, and the pages that
 * show a record, say Cache-Control: no-store. The API sets it on every answer (errors included), not
 * route by route, so a new route cannot forget it.
 */
import type { RequestHandler } from 'express';

export const noStore: RequestHandler = (_req, res, next) => {
  res.set('cache-control', 'no-store');
  next();
};
