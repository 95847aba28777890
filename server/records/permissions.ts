/**
 * Who may start a record; everything else (editing, confirming, adding entries, cancelling) is granted
 * by the definition and decided by the engine. No role, form, section or question is named here.
 */
import { canConfirm, editableSections, type CompiledForm, type Role } from '../../engine/index.ts';

/** A role that may contribute to a form may start one: it can edit some section, or confirm. */
export function canStartRecord(form: CompiledForm, roles: readonly Role[]): boolean {
  return canConfirm(form, roles) || editableSections(form, roles).length > 0;
}
