/**
 * Who may start a record: the definition says (x-form.createRoles), and the engine reads it. No role,
 * form, section or question is named here.
 */
import { canCreate, type CompiledForm, type Role } from '../../engine/index.ts';

export function canStartRecord(form: CompiledForm, roles: readonly Role[]): boolean {
  return canCreate(form, roles);
}
