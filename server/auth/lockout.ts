/**
 * How password guessing is stopped without letting anyone lock staff out for long (ASVS 6.3.1): each
 * account's failures since its last sign-in (counted atomically in the store) earn growing delays, every
 * `failuresPerLock`-th failure a temporary lock, and only after `locksBeforePermanent` temporary locks
 * is the account locked until an administrator unlocks it (`form-engine accounts unlock`). Attempts
 * made while a delay or lock runs are refused without checking the password and are not counted, so a
 * stranger cannot lengthen a lock by hammering it.
 */
export interface LockoutPolicy {
  /** Failures in a round answered without delay. */
  freeFailures: number;
  /** The first delay; each further failure in the round doubles it. */
  firstDelayMs: number;
  /** Failures that make a round; the last one of each round locks the account for `lockMs`. */
  failuresPerLock: number;
  lockMs: number;
  /** Temporary locks (rounds) after which the account is locked for good. */
  locksBeforePermanent: number;
}

export const DEFAULT_LOCKOUT: LockoutPolicy = { freeFailures: 3, firstDelayMs: 1000, failuresPerLock: 10, lockMs: 15 * 60_000, locksBeforePermanent: 5 };

/** Failures since the last sign-in at which the account is locked until an administrator unlocks it. */
export const permanentLockAfter = (policy: LockoutPolicy): number => policy.failuresPerLock * policy.locksBeforePermanent;

export interface Pause {
  ms: number;
  /** A temporary lock (the round's last failure), rather than a delay between tries. */
  lock: boolean;
}

/** The pause the account earns by its `failures`-th failure since its last successful sign-in. */
export function pauseAfter(failures: number, policy: LockoutPolicy): Pause {
  const inRound = failures % policy.failuresPerLock;
  if (failures > 0 && inRound === 0) return { ms: policy.lockMs, lock: true };
  if (inRound <= policy.freeFailures) return { ms: 0, lock: false };
  return { ms: policy.firstDelayMs * 2 ** (inRound - policy.freeFailures - 1), lock: false };
}
