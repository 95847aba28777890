/**
 * Valid PER records for bench:reports, made through the engine: each form version's realistic answers
 * (test/fixtures/records) saved section by section, confirmed, handed over, with the audit trail the
 * server would write, and their report facts derived by the engine. A few such templates are then
 * copied to many moves (new ids, sending locations, dates and confirmation times) for bulk seeding.
 */
import { compileForm, confirmRecord, createRecord, recordHandover, addEvent, saveSection, cancelRecord, buildViewModel, type CompiledForm } from '../engine/node.ts';
import { deriveReportFacts, type ReportFacts, type TrailEntry } from '../engine/reports/facts.ts';
import type { Answers, FormRecord } from '../engine/types.ts';
import { creationChanges, diffRecords } from '../engine/record-diff.ts';
import type { FormsRegistry } from '../server/forms-registry.ts';
import { fixtureAnswers } from '../test/forms/load.ts';

export interface Template {
  record: FormRecord;
  facts: ReportFacts;
}

const prison = { user: 'officer.patel', roles: ['prison' as const] };
const healthcare = { user: 'nurse.brooks', roles: ['healthcare' as const] };
const escort = { user: 'escort.lee', roles: ['escort' as const] };

function unwrap<T>(outcome: ({ ok: true } & T) | { ok: false; refusal: unknown }): T {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.refusal));
  return outcome;
}

/** One record's life: answers saved per section (optionally some left out, details thinned), then its end state. */
function lifeOf(form: CompiledForm, answers: Answers, end: 'draft' | 'confirmed' | 'handedOver' | 'cancelled', at: string): Template {
  const trail: TrailEntry[] = [];
  let record = createRecord(form, { id: 'template', move: { id: 'm', type: 'court', from: 'WIN', to: 'WINCC', date: at.slice(0, 10) }, person: { id: 'p', name: 'Sam Example', dateOfBirth: '1990-04-12' } }, prison, at);
  trail.push({ action: 'create', changes: creationChanges(record) });
  const step = (next: FormRecord, action: string) => {
    trail.push({ action, changes: diffRecords(record, next).changes });
    record = next;
  };
  for (const [section, values] of Object.entries(answers)) {
    const editRoles = (form.definition as Record<string, any>).properties[section]['x-section'].editRoles as string[];
    const actor = editRoles.includes('healthcare') ? healthcare : prison;
    step(unwrap(saveSection(form, record, { section, answers: values, baseRevision: record.revision }, actor, at)).record, 'saveSection');
  }
  if (end === 'cancelled') step(unwrap(cancelRecord(form, record, { reason: 'Move called off' }, prison, at)).record, 'cancel');
  if (end === 'confirmed' || end === 'handedOver') step(unwrap(confirmRecord(form, record, prison, at)).record, 'confirm');
  if (end === 'handedOver') {
    const acknowledgements = buildViewModel(form, record).redFlags.map((f) => ({ entryId: f.id, name: 'B Officer', at }));
    const officers = { dispatchingOfficer: { name: 'A Officer', identifier: 'P1' }, receivingOfficer: { name: 'B Officer', identifier: 'C2' }, receivingOrganisation: 'Court' };
    step(unwrap(recordHandover(form, record, { ...officers, acknowledgements, at }, escort, at, 'h1')).record, 'handover');
    const type = form.model.settings.eventTypes?.[0]?.const;
    if (type) step(unwrap(addEvent(form, record, { type, at, where: 'Van', what: 'Given water' }, escort, at, 'e1')).record, 'addEvent');
  }
  return { record, facts: deriveReportFacts(form, record, trail, { thinDetailCharacters: 20 }) };
}

/** Leaves out the optional answers of every other question, and shortens follow-up details to a few words. */
function thinned(form: CompiledForm, answers: Answers): Answers {
  const out: Answers = structuredClone(answers);
  for (const section of form.model.sections) {
    const values = out[section.key];
    if (!values) continue;
    section.questions.forEach((q, i) => { if (i % 2 === 1 && !section.required.includes(q.key)) delete values[q.key]; });
    for (const [key, value] of Object.entries(values)) if (typeof value === 'string' && value.length > 30) values[key] = value.slice(0, 12);
  }
  return out;
}

export function templates(forms: FormsRegistry, form: string): Map<string, Template[]> {
  const byVersion = new Map<string, Template[]>();
  for (const version of forms.list().find((f) => f.name === form)!.versions) {
    const compiled = compileForm(forms.get(form, version)!.definition);
    const full = fixtureAnswers(form, version);
    const lives: Template[] = [];
    for (const answers of [full, thinned(compiled, full)]) {
      for (const end of ['handedOver', 'confirmed', 'confirmed', 'handedOver', 'draft', 'cancelled'] as const) {
        try { lives.push(lifeOf(compiled, answers, end, new Date().toISOString())); } catch (e) { if (process.env.BENCH_DEBUG) console.error(e); }
      }
    }
    byVersion.set(version, lives);
  }
  return byVersion;
}
