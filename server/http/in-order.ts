/**
 * Middleware every request of a router passes through, run as ONE layer: Express's router spends a few
 * microseconds per layer (matching, parameters, prefixes), which the API's dozen steps before any
 * route made about a tenth of a save's time on the event loop (docs/performance.md). Each handler is
 * called as Express 5 calls it: a throw, a rejected promise or `next(error)` skips the rest and goes to
 * the router's error handling. (compose-middleware does the same for callbacks, but leaves a rejected
 * promise unhandled: the async steps here throw their refusals.)
 * The per-step `next` is an arrow written straight into a call: the server runs through tsx, whose
 * esbuild keeps function names by defining `name` on every closure assigned to a name, about half a
 * microsecond each, and a request passes some fifteen steps.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';

export function inOrder(...handlers: (RequestHandler | RequestHandler[])[]): RequestHandler {
  const steps = handlers.flat();
  return (req: Request, res: Response, done: NextFunction) => runFrom(steps, 0, req, res, done);
}

function runFrom(steps: RequestHandler[], at: number, req: Request, res: Response, done: NextFunction): void {
  if (at === steps.length) return done();
  let called = false;
  callStep(steps[at]!, req, res, (error?: unknown) => {
    if (called) return;
    called = true;
    // As Express's router reads it: nothing (or null, or 'route') goes on; 'router' and errors leave.
    if (error && error !== 'route') return done(error);
    runFrom(steps, at + 1, req, res, done);
  });
}

function callStep(step: RequestHandler, req: Request, res: Response, next: (error?: unknown) => void): void {
  try {
    const result: unknown = step(req, res, next);
    if (result instanceof Promise) result.catch((error: unknown) => next(error ?? new Error('a middleware rejected with nothing')));
  } catch (error) {
    next(error);
  }
}
