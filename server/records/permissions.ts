/**
 * The two decisions the definitions do not make (yet): who may start a record, and who may add
 * entries after confirmation. Both are derived from what the definition grants, plus the escort role
 * whose whole job (handover, events, red flags) the issue fixes; no form, section or question is named.
 */
import { canConfirm, editableSections, type CompiledForm, type Role } from '../../engine/index.ts';

/** A role that may contribute to a form may start one: it can edit some section, or confirm. */
export function canStartRecord(form: CompiledForm, roles: readonly Role[]): boolean {
  return canConfirm(form, roles) || editableSections(form, roles).length > 0;
}

/** Handovers, events and red flags: escort staff, and the staff who confirm and dispatch the person. */
export function canAddEntries(form: CompiledForm, roles: readonly Role[]): boolean {
  return roles.includes('escort') || canConfirm(form, roles);
}
