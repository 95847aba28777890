/**
 * Applies the lock-out policy (lockout.ts) around a password check: refuses an account that is locked
 * or still waiting out a delay before its password is looked at, counts a failure and sets the delay it
 * earns, and logs each as a security event (pino, `securityEvent`), with the username and address but
 * never the password.
 */
import type { Logger } from 'pino';
import type { Response } from 'express';
import type { Store, StoredUser } from '../store/types.ts';
import { HttpError, words } from '../http/errors.ts';
import { pauseAfter, permanentLockAfter, type LockoutPolicy } from './lockout.ts';

export interface SignInAttempt {
  store: Store;
  policy: LockoutPolicy;
  logger: Logger;
  res: Response;
  username: string;
  ip: string | undefined;
}

/** The same refusal for an unknown username and a wrong password, so neither tells which it was. */
export const wrongCredentials = () => new HttpError(401, 'loginFailed', words('api.signIn.wrong'));
const locked = () => new HttpError(403, 'accountLocked', words('api.signIn.locked'));

function waitFor(res: Response, ms: number): number {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  res.set('retry-after', String(seconds));
  return seconds;
}

/** Throws when the account may not try now: locked for good (403), or inside a delay or temporary lock (429). */
export async function assertMayTry({ store, logger, res, username, ip }: SignInAttempt, user: StoredUser): Promise<void> {
  if (user.lockedAt) {
    logger.warn({ securityEvent: 'signInWhileLocked', username, ip }, 'sign-in refused: account locked');
    throw locked();
  }
  const notBefore = await store.loginNotBefore(username);
  const waitMs = notBefore ? Date.parse(notBefore) - Date.now() : 0;
  if (waitMs <= 0) return;
  const seconds = waitFor(res, waitMs);
  logger.warn({ securityEvent: 'signInDelayed', username, ip, notBefore }, 'sign-in refused: inside a delay after failed attempts');
  throw new HttpError(429, 'signInDelayed', words('api.signIn.delayed', { count: seconds }), { retryAfterSeconds: seconds });
}

/** Counts a wrong password and throws the refusal, saying how long to wait when a delay or lock begins. */
export async function failedAttempt({ store, policy, logger, res, username, ip }: SignInAttempt): Promise<never> {
  const now = Date.now();
  const permanentAt = permanentLockAfter(policy);
  const failures = await store.recordFailedLogin(username, new Date(now).toISOString(), permanentAt);
  if (failures >= permanentAt) {
    logger.warn({ securityEvent: 'accountLocked', username, ip, failures }, 'account locked until an administrator unlocks it');
    throw locked();
  }
  const pause = pauseAfter(failures, policy);
  logger.warn({ securityEvent: 'signInFailed', username, ip, failures }, 'sign-in failed: wrong password');
  if (pause.ms === 0) throw wrongCredentials();
  await store.delayLogins(username, new Date(now + pause.ms).toISOString());
  const seconds = waitFor(res, pause.ms);
  if (!pause.lock) throw new HttpError(401, 'loginFailed', words('api.signIn.wrongWait', { count: seconds }), { retryAfterSeconds: seconds });
  logger.warn({ securityEvent: 'accountLockedTemporarily', username, ip, failures, minutes: Math.ceil(seconds / 60) }, 'account locked for a while after failed sign-ins');
  throw new HttpError(401, 'loginFailed', words('api.signIn.wrongLocked', { failures, count: Math.ceil(seconds / 60) }), { retryAfterSeconds: seconds });
}
