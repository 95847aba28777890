/**
 * Local accounts: login, logout and the session cookie. Sessions live in the store (never in this
 * process) and end after SESSION_IDLE_MINUTES without a request.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { CookieOptions, Request, Response } from 'express';
import type { Store } from '../store/types.ts';
import type { Config } from '../config.ts';
import { checkPassword } from './passwords.ts';
import type { Principal } from './principal.ts';
import type { AppContext } from '../app-context.ts';
import { assertMayTry, failedAttempt, wrongCredentials } from './sign-in-guard.ts';

export const SESSION_COOKIE = 'per_session';
/** Writing lastSeenAt on every request would turn every read into a write; a minute's slack is harmless. */
const TOUCH_AFTER_MS = 60_000;

/** The store keys sessions by a hash of the cookie's token, so a copy of the store cannot be replayed as cookies. */
const sessionKey = (token: string) => createHash('sha256').update(token).digest('base64url');

function cookieOptions(config: Config): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', secure: config.production, path: '/' };
}

export async function logIn({ store, config, logger }: Pick<AppContext, 'store' | 'config' | 'logger'>, req: Request, res: Response, username: string, password: string): Promise<Principal> {
  const attempt = { store, policy: config.lockout, logger, res, username, ip: req.ip };
  const user = await store.getUser(username);
  const usable = user && !(config.production && user.demo);
  if (usable) await assertMayTry(attempt, user);
  const passwordOk = await checkPassword(usable ? user.passwordHash : undefined, password);
  if (!usable) {
    logger.warn({ securityEvent: 'signInFailed', username, ip: req.ip }, 'sign-in failed: no such account');
    throw wrongCredentials();
  }
  if (!passwordOk) await failedAttempt(attempt);
  if (user.failedAttempts > 0) {
    await store.resetFailedLogins(username);
    await store.clearLoginDelay(username);
  }
  const now = new Date().toISOString();
  const token = randomBytes(32).toString('base64url');
  const id = sessionKey(token);
  const named = user.name ? { name: user.name } : {};
  await store.createSession({ id, username, ...named, roles: user.roles, locations: user.locations, ...(user.regions ? { regions: user.regions } : {}), createdAt: now, lastSeenAt: now });
  res.cookie(SESSION_COOKIE, token, cookieOptions(config));
  return { username, ...named, roles: user.roles, locations: user.locations, ...(user.regions ? { regions: user.regions } : {}), sessionId: id };
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
  return { username: session.username, ...(session.name ? { name: session.name } : {}), roles: session.roles, locations: session.locations, ...(session.regions ? { regions: session.regions } : {}), sessionId: id, storedLanguage: session.userLanguage };
}
