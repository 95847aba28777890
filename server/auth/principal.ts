import type { Response } from 'express';
import type { Actor, Role, Translate } from '../../engine/index.ts';
import { HttpError, words } from '../http/errors.ts';

/** Who is calling: from a session cookie (local accounts) or a verified bearer token (OIDC). */
export interface Principal {
  username: string;
  /** Display name ("Priya Patel"): the account's, or the OIDC `name` claim; pages and records show it. */
  name?: string;
  roles: Role[];
  /** Location codes the user works at. */
  locations: string[];
  /** Region codes a regional forum member reports on; grants no access to records. */
  regions?: string[];
  sessionId?: string;
  /** The account's stored language choice (null: none), when it was read with the session; undefined when not read. */
  storedLanguage?: string | null;
}

export function setPrincipal(res: Response, principal: Principal): void {
  res.locals.principal = principal;
}

/** The caller, or 401 when the request carries no valid session or token. */
export function principalOf(res: Response): Principal {
  const principal = res.locals.principal as Principal | undefined;
  if (!principal) throw new HttpError(401, 'unauthenticated', words('api.signIn.required'));
  return principal;
}

/** The engine's view of the caller: who, with which roles, and (`t`) the language its refusals are said in. */
export const actorOf = (principal: Principal, t?: Translate): Actor => ({
  user: principal.username, roles: principal.roles, ...(principal.name ? { name: principal.name } : {}), ...(t ? { t } : {}),
});
