/**
 * When an account may next try to sign in: the growing delays and temporary locks that slow password
 * guessing (server/auth/lockout.ts decides them). Kept in the store, not the server's memory, so every
 * server instance enforces the same delay and a restart lifts none.
 */
export interface LoginDelayStore {
  /** The earliest time (ISO) the account may try again, or null when it may try now. */
  loginNotBefore(username: string): Promise<string | null>;
  /**
   * Atomically moves the account's earliest next try to `until` (ISO), unless it is already later: a
   * short delay decided by one racing failure never shortens a lock decided by another.
   */
  delayLogins(username: string, until: string): Promise<void>;
  /** Forgets the delay: a successful sign-in, or an administrator's unlock. */
  clearLoginDelay(username: string): Promise<void>;
}
