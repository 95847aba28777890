/** Who may do what, read from the definition (the server enforces it on every request). */
import type { CompiledForm } from './form.ts';
import type { Role } from './types.ts';

export function canEditSection(form: CompiledForm, roles: readonly Role[], section: string): boolean {
  const model = form.model.sectionByKey.get(section);
  return !!model && model.editRoles.some((role) => roles.includes(role));
}

/** Who may start a record for a move: x-form.createRoles, or the confirming roles when a form does not say. */
export function canCreate(form: CompiledForm, roles: readonly Role[]): boolean {
  return (form.model.settings.createRoles ?? form.model.settings.confirmRoles).some((role) => roles.includes(role));
}

export function canConfirm(form: CompiledForm, roles: readonly Role[]): boolean {
  return form.model.settings.confirmRoles.some((role) => roles.includes(role));
}

/** Handovers, record-of-events entries and red flags, added after confirmation. */
export function canAddEntries(form: CompiledForm, roles: readonly Role[]): boolean {
  return form.model.settings.entryRoles.some((role) => roles.includes(role));
}

export function canCancel(form: CompiledForm, roles: readonly Role[]): boolean {
  return form.model.settings.cancelRoles.some((role) => roles.includes(role));
}

/** Sections the roles may save answers in, in form order. */
export function editableSections(form: CompiledForm, roles: readonly Role[]): string[] {
  return form.model.sections.filter((s) => canEditSection(form, roles, s.key)).map((s) => s.key);
}
