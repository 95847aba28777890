// Records of the real forms made through the engine's lifecycle, as staff would make them.
import { compileForm, confirmRecord, createRecord, saveSection, type CompiledForm } from '../../engine/node.ts';
import type { Answers, FormRecord, PrefillMark } from '../../engine/types.ts';
import { definition } from './load.ts';

export const person = { id: 'A1234BC', name: 'Thomas Jones', dateOfBirth: '1990-04-12' };
export const staff = {
  prison: { user: 'officer.patel', roles: ['prison'] as const },
  healthcare: { user: 'nurse.brooks', roles: ['healthcare'] as const },
};

const compiled = new Map<string, CompiledForm>();
export function form(name: string, version: string): CompiledForm {
  const id = `${name}/${version}`;
  if (!compiled.has(id)) compiled.set(id, compileForm(definition(name, version)));
  return compiled.get(id)!;
}

export const definitionOf = (compiledForm: CompiledForm) => compiledForm.definition as Record<string, any>;

export function unwrap<T>(outcome: ({ ok: true } & T) | { ok: false; refusal: unknown }): T {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.refusal));
  return outcome;
}

export function newRecord(target: CompiledForm, id: string, at: string, prefill?: { answers: Answers; marks: Record<string, PrefillMark> }): FormRecord {
  const move = { id: `move-${id}`, type: 'court', from: 'WIN', to: 'WINCC', date: at.slice(0, 10) };
  return createRecord(target, { id, move, person, prefill }, staff.prison, at);
}

/** A record of `answers` saved section by section by staff in the roles the definition lets edit each section. */
export function filled(compiledForm: CompiledForm, answers: Answers, id: string, at: string): FormRecord {
  let record = newRecord(compiledForm, id, at);
  for (const [section, values] of Object.entries(answers)) {
    const actor = { user: 'section.editor', roles: definitionOf(compiledForm).properties[section]['x-section'].editRoles };
    record = unwrap(saveSection(compiledForm, record, { section, answers: values, baseRevision: record.revision }, actor, at)).record;
  }
  return record;
}

/** Staff in the roles the definition lets confirm the record. */
export const confirmer = (compiledForm: CompiledForm) => ({ user: 'officer.confirming', roles: definitionOf(compiledForm)['x-form'].confirmRoles });

/** The same, then confirmed at `at` by staff whose roles may confirm it. */
export function confirmed(compiledForm: CompiledForm, answers: Answers, id: string, at: string): FormRecord {
  return unwrap(confirmRecord(compiledForm, filled(compiledForm, answers, id, at), confirmer(compiledForm), at)).record;
}
