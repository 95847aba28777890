/**
 * `form-engine accounts unlock <username>`: an administrator's way back into an account locked after
 * too many failed sign-ins; `accounts name <username> <display name>` sets the name staff see. Opens
 * the store the server is configured with (DATA_DIR or MONGODB_URL).
 */
import type { Store } from '../store/types.ts';
import { PLAIN_NAME_PATTERN } from '../schemas/bodies.ts';
import { withConfiguredStore } from './configured-store.ts';

/** Clears the lock, any delay or temporary lock, and the failed-attempt count; returns what it did, in words. */
export async function unlockAccount(store: Store, username: string): Promise<string> {
  const user = await store.getUser(username);
  if (!user) throw new Error(`no account named "${username}" in the store`);
  const { lockedAt, ...unlocked } = user;
  await store.putUser({ ...unlocked, failedAttempts: 0 });
  await store.clearLoginDelay(username);
  const attempts = `${user.failedAttempts} failed sign-in attempt${user.failedAttempts === 1 ? '' : 's'}`;
  return lockedAt
    ? `unlocked ${username} (locked at ${lockedAt}; ${attempts} cleared)`
    : `${username} was not locked; ${attempts} cleared`;
}

/** Runs against the configured store and closes it again. */
export function unlockConfiguredAccount(username: string, env: Record<string, string | undefined> = process.env): Promise<string> {
  return withConfiguredStore((store) => unlockAccount(store, username), env);
}

const PLAIN_NAME = new RegExp(PLAIN_NAME_PATTERN, 'u');

/**
 * Sets the name staff see for an account (the header; the confirmer named on records confirmed from now
 * on). Records already confirmed keep the name they were confirmed with: a legal record does not change.
 */
export async function nameAccount(store: Store, username: string, name: string): Promise<string> {
  const displayName = name.trim();
  if (!displayName || displayName.length > 200 || !PLAIN_NAME.test(displayName)) {
    throw new Error('the display name must be 1 to 200 characters, without control or bidirectional-override characters');
  }
  const user = await store.getUser(username);
  if (!user) throw new Error(`no account named "${username}" in the store`);
  await store.putUser({ ...user, name: displayName });
  return `${username} is now shown as "${displayName}"${user.name ? ` (was "${user.name}")` : ''}; it applies from their next sign-in`;
}

export function nameConfiguredAccount(username: string, name: string, env: Record<string, string | undefined> = process.env): Promise<string> {
  return withConfiguredStore((store) => nameAccount(store, username, name), env);
}
