/**
 * Who may see what a new form version changes and what it would have done to past records: policy
 * teams, who write versions, and regional forums, who report to the steering group. This is the one
 * place that decides it, so that it moves to policy data in one step when roles do.
 */
import type { Role } from '../../engine/index.ts';
import { hasRole, type Principal } from '../auth/principal.ts';
import { forbidden } from '../http/errors.ts';

const STEERING_ROLES: readonly Role[] = ['policy', 'forum'];

export function maySeeVersionChanges(principal: Principal): boolean {
  return hasRole(principal, STEERING_ROLES);
}

export const REFUSAL = 'Only policy teams and regional forums can see the changes between form versions and their impact';

export function assertMaySeeVersionChanges(principal: Principal): void {
  if (!maySeeVersionChanges(principal)) throw forbidden(REFUSAL);
}
