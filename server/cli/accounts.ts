/**
 * `form-engine accounts unlock <username>`: an administrator's way back into an account locked after
 * too many failed sign-ins. Opens the store the server is configured with (DATA_DIR or MONGODB_URL).
 */
import { configFromEnv } from '../config.ts';
import { openStore } from '../store/index.ts';
import type { Store } from '../store/types.ts';

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
export async function unlockConfiguredAccount(username: string, env: Record<string, string | undefined> = process.env): Promise<string> {
  const config = configFromEnv(env);
  const store = await openStore({ dataDir: config.dataDir, mongodbUrl: config.mongodbUrl });
  try {
    return await unlockAccount(store, username);
  } finally {
    await store.close();
  }
}
