/**
 * Local accounts: login, logout and the session cookie. Sessions live in the store (never in this
 * process) and end after SESSION_IDLE_MINUTES without a request.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { CookieOptions, Request, Response } from 'express';
import type { Store } from '../store/types.ts';
import type { Config } from '../config.ts';
import { HttpError } from '../http/errors.ts';
import { checkPassword } from './passwords.ts';
import type { Principal } from './principal.ts';

export const SESSION_COOKIE = 'per_session';
/** Writing lastSeenAt on every request would turn every read into a write; a minute's slack is harmless. */
const TOUCH_AFTER_MS = 60_000;

/** The store keys sessions by a hash of the cookie's token, so a copy of the store cannot be replayed as cookies. */
const sessionKey = (token: string) => createHash('sha256').update(token).digest('base64url');

const refused = () => new HttpError(401, 'loginFailed', 'The username or password is wrong');

function cookieOptions(config: Config): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', secure: config.production, path: '/' };
}

export async function logIn(store: Store, config: Config, res: Response, username: string, password: string): Promise<Principal> {
  const user = await store.getUser(username);
  const usable = user && !(config.production && user.demo);
  const passwordOk = await checkPassword(usable ? user.passwordHash : undefined, password);
  if (!usable) throw refused();
  if (user.lockedAt) throw new HttpError(403, 'accountLocked', 'This account is locked after too many failed sign-in attempts; ask an administrator to unlock it');
  if (!passwordOk) {
    const failures = await store.recordFailedLogin(username, new Date().toISOString(), config.lockAfter);
    if (failures >= config.lockAfter) throw new HttpError(403, 'accountLocked', 'This account is now locked after too many failed sign-in attempts');
    throw refused();
  }
  if (user.failedAttempts > 0) await store.resetFailedLogins(username);
  const now = new Date().toISOString();
  const token = randomBytes(32).toString('base64url');
  const id = sessionKey(token);
  await store.createSession({ id, username, roles: user.roles, locations: user.locations, ...(user.regions ? { regions: user.regions } : {}), createdAt: now, lastSeenAt: now });
  res.cookie(SESSION_COOKIE, token, cookieOptions(config));
  return { username, roles: user.roles, locations: user.locations, ...(user.regions ? { regions: user.regions } : {}), sessionId: id };
}

export async function logOut(store: Store, config: Config, res: Response, principal: Principal): Promise<void> {
  if (principal.sessionId) await store.deleteSession(principal.sessionId);
  res.clearCookie(SESSION_COOKIE, cookieOptions(config));
}

/** The principal of the session cookie, or undefined when there is none or it has ended. */
export async function sessionPrincipal(store: Store, config: Config, req: Request): Promise<Principal | undefined> {
  const token = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
  if (typeof token !== 'string' || token.length === 0) return undefined;
  const id = sessionKey(token);
  const session = await store.getSession(id);
  if (!session) return undefined;
  const now = Date.now();
  const idle = now - Date.parse(session.lastSeenAt);
  if (idle > config.sessionIdleMinutes * 60_000) {
    await store.deleteSession(id);
    return undefined;
  }
  if (idle > TOUCH_AFTER_MS) await store.touchSession(id, new Date(now).toISOString());
  return { username: session.username, roles: session.roles, locations: session.locations, ...(session.regions ? { regions: session.regions } : {}), sessionId: id };
}
