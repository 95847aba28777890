/** Resolves the caller of every API request: a bearer token when OIDC is configured, else the session cookie. */
import type { RequestHandler } from 'express';
import type { Store } from '../store/types.ts';
import type { Config } from '../config.ts';
import { HttpError, words } from '../http/errors.ts';
import { createTokenVerifier } from './oidc.ts';
import { sessionPrincipal } from './sessions.ts';
import { principalOf, setPrincipal } from './principal.ts';

export function authenticate(store: Store, config: Config): RequestHandler {
  const verifyToken = config.oidc ? createTokenVerifier(config.oidc) : undefined;
  return async (req, res, next) => {
    const header = req.get('authorization');
    if (header !== undefined) {
      const [scheme, token] = header.split(' ');
      if (!verifyToken) throw new HttpError(401, 'invalidToken', words('api.token.notAccepted'));
      if (scheme?.toLowerCase() !== 'bearer' || !token) throw new HttpError(401, 'invalidToken', words('api.token.format'));
      setPrincipal(res, await verifyToken(token));
      return next();
    }
    const principal = await sessionPrincipal(store, config, req);
    if (principal) setPrincipal(res, principal);
    next();
  };
}

/** Routes anyone may call: signing in, and the API description. */
const PUBLIC = new Set(['POST /session', 'GET /openapi.json']);

/** Refuses anonymous callers before anything else looks at their request (no schema hints for strangers). */
export const requireSignIn: RequestHandler = (req, res, next) => {
  if (!PUBLIC.has(`${req.method} ${req.path}`)) principalOf(res);
  next();
};
