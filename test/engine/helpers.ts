// Shared set-up for the engine tests: fixture definitions, a fresh record, and actors.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileForm, createRecord, saveSection, type Actor, type CompiledForm, type FormRecord } from '../../engine/node.ts';

const fixtures = fileURLToPath(new URL('../fixtures/definitions/', import.meta.url));

export function loadDefinition(form: string, version: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`${fixtures}${form}/${version}.json`, 'utf8'));
}

export function fixtureForm(form = 'fixture-move', version = '1.0.0'): CompiledForm {
  return compileForm(loadDefinition(form, version));
}

/**
 * fixture-move 1.0.0 changed by `change`, compiled under another version (the compiled-form cache is
 * keyed by name@version, so each variant needs its own).
 */
export function fixtureVariant(version: string, change: (definition: any) => void): CompiledForm {
  const definition = loadDefinition('fixture-move', '1.0.0') as any;
  change(definition);
  definition['x-form'].version = version;
  return compileForm(definition);
}

export const prison: Actor = { user: 'prison.officer', roles: ['prison'] };
export const nurse: Actor = { user: 'nurse', roles: ['healthcare'] };
export const escort: Actor = { user: 'escort', roles: ['escort'] };

export const NOW = '2025-03-03T14:20:00Z';

export function newRecord(form: CompiledForm, id = 'record-1'): FormRecord {
  return createRecord(form, {
    id,
    move: { id: 'move-1', type: 'prison-transfer', from: 'AAA', to: 'BBB', date: '2025-03-03' },
    person: { id: 'person-1', name: 'Sam Smith', dateOfBirth: '1990-01-01' },
  }, prison, NOW);
}

/** Saves and fails the test loudly when refused, so set-up steps stay short. */
export function save(form: CompiledForm, record: FormRecord, section: string, answers: Record<string, unknown>, actor: Actor = prison): FormRecord {
  const outcome = saveSection(form, record, { section, answers, baseRevision: record.revision }, actor, NOW);
  if (!outcome.ok) throw new Error(`save refused: ${JSON.stringify(outcome.refusal)}`);
  return outcome.record;
}

/** A fixture-move 1.0.0 record whose required sections are complete. */
export function completeRecord(form: CompiledForm): FormRecord {
  let record = newRecord(form);
  record = save(form, record, 'safety', { aggressive: 'no', supervision: 'low' });
  record = save(form, record, 'care', { medicated: 'no' }, nurse);
  return record;
}
