/**
 * Who may see what a new form version changes and what it would have done to past records: policy
 * teams, who write versions, and regional forums, who report to the steering group. This is the one
 * place that decides it, from the "diff" privilege in forms/roles.json.
 */
import { mayDo } from '../../engine/vocabulary/roles.ts';
import type { Principal } from '../auth/principal.ts';
import { forbidden, holdersOf, words } from '../http/errors.ts';

export function maySeeVersionChanges(principal: Principal): boolean {
  return mayDo(principal, 'diff');
}

export const REFUSAL = words('api.steering.refused', undefined, { who: holdersOf('diff') });

export function assertMaySeeVersionChanges(principal: Principal): void {
  if (!maySeeVersionChanges(principal)) throw forbidden(REFUSAL);
}
