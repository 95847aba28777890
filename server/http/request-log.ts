/** One structured log line per request (method, path, status, time taken), never bodies, cookies or query strings. */
import type { Request, RequestHandler } from 'express';
import type { Logger } from 'pino';

/**
 * The path the client asked for, mount prefix included (req.path drops "/api" inside the API router),
 * without the query string: a query may hold a person id, which has no place in a log.
 */
export function requestPath(req: Request): string {
  return req.originalUrl.split('?', 1)[0]!;
}

export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const user = (res.locals.principal as { username?: string } | undefined)?.username;
      logger.info({ method: req.method, path: requestPath(req), status: res.statusCode, ms: Math.round(ms * 10) / 10, user }, 'request');
    });
    next();
  };
}
