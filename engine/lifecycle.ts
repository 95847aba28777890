/**
 * The record lifecycle as a pure state machine over FormRecord:
 *   draft <-> complete (derived after every change) -> confirmed -> handedOver (repeatable)
 *   draft | complete | confirmed -> cancelled
 * Handovers, events and red flags are appended in confirmed and handedOver only.
 * Every function returns a new record (the input is never changed) or a refusal saying why not.
 */
import { checkAnswers, checkSection, isEmptyAnswer, isPlainObject, normaliseGroup } from './answers.ts';
import { nothingBlocksConfirmation, type KnownSectionCheck } from './confirmable.ts';
import { parsePointer, toPointer } from './pointer.ts';
import { canAddEntries, canCancel, canConfirm, canEditSection } from './access.ts';
import { clearHiddenAnswers, sectionAnswers } from './derive.ts';
import { readCancel, readEvent, readHandover, readRedFlag } from './entries.ts';
import { recordedAtErrors } from './entry-replay.ts';
import type { CompiledForm } from './form.ts';
import { refuse, type Actor, type Conflict, type FieldError, type Outcome, type Refusal } from './outcome.ts';
import { redFlagViews } from './red-flags.ts';
import { answerChanges, type AnswerChange } from './record-diff.ts';
import { acceptsEntries, answersCanChange } from './states.ts';
import { blockerSentences, confirmBlockerGroups } from './confirm-blockers.ts';
import { ENGLISH } from './i18n/engine-text.ts';
import type { Translate } from './i18n/translator.ts';
import type { AnswerCheck, AnswerError, AnswerValue, Answers, FormRecord, LifecycleState, Move, Person, PrefillMark, RedFlagView, Role, SectionAnswers } from './types.ts';

export interface SaveSectionInput {
  section: string;
  /** Keys to set; null (or an empty answer) clears the answer. A list is replaced as a whole. */
  answers: Record<string, AnswerValue | null>;
  /** The record revision the editor started from. */
  baseRevision: number;
}

export interface Saved {
  record: FormRecord;
  /** Every answer that changed (top-level question pointers), with old and new values: audit and per-path $set. */
  changed: AnswerChange[];
  /** Answers cleared because their question is now hidden. */
  cleared: string[];
  /** Prefilled answers this save marked as reviewed. */
  reviewed: string[];
}

export interface NewRecordInput {
  id: string;
  move: Move;
  person: Person;
  /** From prefillAnswers(); omitted for an empty record. */
  prefill?: { answers: Answers; marks: Record<string, PrefillMark> };
}


export function createRecord(form: CompiledForm, input: NewRecordInput, actor: Actor, now: string): FormRecord {
  const record: FormRecord = {
    id: input.id,
    form: form.name,
    version: form.version,
    move: input.move,
    person: input.person,
    state: 'draft',
    answers: input.prefill?.answers ?? {},
    prefill: input.prefill?.marks ?? {},
    revision: 1,
    answerRevisions: {},
    handovers: [],
    events: [],
    redFlags: [],
    createdAt: now,
    createdBy: actor.user,
    updatedAt: now,
  };
  return { ...record, state: derivedState(form, record, now) };
}

export function saveSection(form: CompiledForm, record: FormRecord, input: unknown, actor: Actor, now: string): Outcome<Saved> {
  const shape = readSaveInput(input);
  if ('fields' in shape) return refuse('badInput', 'The save request is not well formed', { fields: shape.fields });
  if (!answersCanChange(record.state)) return refuse('locked', lockedMessage(record.state));
  const section = form.model.sectionByKey.get(shape.section);
  if (!section) return refuse('notFound', `“${shape.section}” is not a section of this form`);
  if (!canEditSection(form, actor.roles, section.key)) {
    return refuse('forbidden', `You cannot change answers in ${section.title}: it is for ${section.editRoles.join(', ')} staff`);
  }

  const unknown: AnswerError[] = Object.keys(shape.answers).filter((key) => !section.byKey.has(key)).map((key) => ({
    section: section.key, question: key, pointer: toPointer([section.key, key]), rule: 'unknown',
    message: `“${key}” is not a question in ${section.title}`,
  }));
  if (unknown.length > 0) return refuse('invalid', `Some answers in ${section.title} are not valid`, { errors: unknown });

  const before = sectionAnswers(record.answers, section.key);
  const merged: Record<string, unknown> = { ...before };
  const given = new Set<string>();
  for (const [key, value] of Object.entries(shape.answers)) {
    if (isEmptyAnswer(value)) delete merged[key];
    else {
      merged[key] = value;
      given.add(toPointer([section.key, key]));
    }
  }
  // Empty fields inside list items are no answer either; they are not stored.
  const patched = normaliseGroup(merged) as SectionAnswers;
  const { answers, cleared } = clearHiddenAnswers(form, { ...record.answers, [section.key]: patched }, given);

  const check = checkSection(form, answers, section.key, { now });
  if (check.invalid.length > 0) return refuse('invalid', `Some answers in ${section.title} are not valid`, { errors: check.invalid });

  const after = sectionAnswers(answers, section.key);
  const changed = answerChanges({ [section.key]: before } as Answers, { [section.key]: after } as Answers);
  const conflicts: Conflict[] = changed
    .filter((c) => (record.answerRevisions[c.pointer] ?? 0) > shape.baseRevision)
    .map((c) => ({ pointer: c.pointer, question: parsePointer(c.pointer)[1] ?? '', theirs: c.old, yours: c.new }));
  if (conflicts.length > 0) {
    return refuse('conflict', 'Someone else changed these answers since you opened the page', { conflicts });
  }

  const prefill = { ...record.prefill };
  const reviewed: string[] = [];
  for (const pointer of Object.keys(prefill)) {
    const [sectionKey, key] = parsePointer(pointer);
    if (sectionKey !== section.key || key === undefined) continue;
    if (after[key] === undefined) delete prefill[pointer];
    else if (given.has(pointer) && prefill[pointer]!.needsReview) {
      prefill[pointer] = reviewedMark(prefill[pointer]!, actor, now);
      reviewed.push(pointer);
    }
  }
  if (changed.length === 0 && reviewed.length === 0) return { ok: true, record, changed, cleared, reviewed };

  const revision = record.revision + 1;
  const answerRevisions = { ...record.answerRevisions };
  for (const change of changed) answerRevisions[change.pointer] = revision;
  const next: FormRecord = { ...record, answers, prefill, revision, answerRevisions, updatedAt: now };
  return { ok: true, record: { ...next, state: derivedState(form, next, now, { section: section.key, check }) }, changed, cleared, reviewed };
}

/** Marks prefilled answers as reviewed (accepted as they are). */
export function acceptPrefill(form: CompiledForm, record: FormRecord, pointers: string[], actor: Actor, now: string): Outcome<{ record: FormRecord; reviewed: string[] }> {
  if (!answersCanChange(record.state)) return refuse('locked', lockedMessage(record.state));
  const fields: FieldError[] = [];
  pointers.forEach((pointer, i) => {
    if (!record.prefill[pointer]) fields.push({ field: `pointers.${i}`, message: `${pointer} is not a prefilled answer` });
  });
  if (fields.length > 0 || pointers.length === 0) {
    return refuse('badInput', 'Name the prefilled answers to accept', { fields: fields.length ? fields : [{ field: 'pointers', message: 'Name at least one prefilled answer' }] });
  }
  const forbidden = pointers.filter((p) => !canEditSection(form, actor.roles, parsePointer(p)[0] ?? ''));
  if (forbidden.length > 0) return refuse('forbidden', `You cannot review answers in the section of ${forbidden.join(', ')}`);
  const prefill = { ...record.prefill };
  const reviewed = pointers.filter((p) => prefill[p]!.needsReview);
  for (const pointer of reviewed) prefill[pointer] = reviewedMark(prefill[pointer]!, actor, now);
  if (reviewed.length === 0) return { ok: true, record, reviewed };
  const next: FormRecord = { ...record, prefill, revision: record.revision + 1, updatedAt: now };
  return { ok: true, record: { ...next, state: derivedState(form, next, now) }, reviewed };
}

/**
 * Plain-English reasons the record cannot be confirmed now (empty: it can). With `roles`, also says
 * when those roles may not confirm. A required section blocks while a mandatory answer is missing or
 * an answer is wrong; a section with nothing mandatory never blocks, even when nothing is answered.
 * `check` may pass checkAnswers over the record's answers when the caller has it already.
 */
export function confirmationBlockers(
  form: CompiledForm, record: FormRecord, roles?: readonly Role[], check: AnswerCheck = checkAnswers(form, record.answers), t: Translate = ENGLISH,
): string[] {
  if (!answersCanChange(record.state)) return [lockedMessage(record.state)];
  return blockerSentences(confirmBlockerGroups(form, record, roles, check, t), t);
}

export function confirmRecord(form: CompiledForm, record: FormRecord, actor: Actor, now: string): Outcome<{ record: FormRecord }> {
  if (!answersCanChange(record.state)) return refuse('locked', lockedMessage(record.state));
  if (!canConfirm(form, actor.roles)) {
    return refuse('forbidden', `Only ${form.model.settings.confirmRoles.join(' or ')} staff can confirm this record`);
  }
  const reasons = confirmationBlockers(form, record, undefined, checkAnswers(form, record.answers, { now }));
  if (reasons.length > 0) return refuse('notReady', 'The record cannot be confirmed yet', { reasons });
  return { ok: true, record: { ...record, state: 'confirmed', confirmed: { at: now, by: actor.user, ...(actor.name ? { name: actor.name } : {}) }, revision: record.revision + 1, updatedAt: now } };
}

export function recordHandover(form: CompiledForm, record: FormRecord, input: unknown, actor: Actor, now: string, id: string = newId()): Outcome<{ record: FormRecord }> {
  const refused = entryRefusal(form, record, actor, 'record a handover', 'The record must be confirmed before the person is handed over');
  if (refused) return refused;
  const { value, errors } = readHandover(input, now);
  errors.push(...recordedAtErrors(record, value.recordedAt));
  const unacknowledged: RedFlagView[] = [];
  if (form.model.settings.redFlagPage) {
    const acknowledged = new Set(value.acknowledgements?.map((a) => a.entryId));
    const current = redFlagViews(form, record);
    const known = new Set(current.map((f) => f.id));
    for (const flag of current) {
      if (acknowledged.has(flag.id)) continue;
      unacknowledged.push(flag);
      errors.push({ field: 'acknowledgements', message: `The receiving officer must acknowledge the red flag “${flag.risk}”` });
    }
    value.acknowledgements?.forEach((ack, i) => {
      if (ack.entryId && !known.has(ack.entryId)) errors.push({ field: `acknowledgements.${i}.entryId`, message: `${ack.entryId} is not a red flag on this record` });
    });
  }
  // Named apart from the field errors, so a device that recorded the handover offline can show which flags were added meanwhile.
  const flagsMissing = unacknowledged.length > 0 ? { reason: 'unacknowledgedRedFlags' as const, redFlags: unacknowledged.map(({ id, risk, at }) => (at ? { id, risk, at } : { id, risk })) } : {};
  if (errors.length > 0) return refuse('badInput', 'The handover is not complete', { fields: errors, ...flagsMissing });
  const handover = { id, ...value, acknowledgements: value.acknowledgements ?? [], recordedBy: actor.user, receivedAt: now };
  return { ok: true, record: { ...record, state: 'handedOver', handovers: [...record.handovers, handover], revision: record.revision + 1, updatedAt: now } };
}

export function addEvent(form: CompiledForm, record: FormRecord, input: unknown, actor: Actor, now: string, id: string = newId()): Outcome<{ record: FormRecord }> {
  const refused = entryRefusal(form, record, actor, 'add to the record of events', 'Events can be added once the record is confirmed');
  if (refused) return refused;
  const types = form.model.settings.eventTypes ?? [];
  if (types.length === 0) return refuse('badInput', 'This form has no record of events', { fields: [{ field: 'type', message: 'This form has no event types' }] });
  const { value, errors } = readEvent(input, types, now);
  errors.push(...recordedAtErrors(record, value.recordedAt));
  if (errors.length > 0) return refuse('badInput', 'The event is not complete', { fields: errors });
  const event = { id, ...value, recordedBy: actor.user, receivedAt: now };
  return { ok: true, record: { ...record, events: [...record.events, event], revision: record.revision + 1, updatedAt: now } };
}

export function addRedFlag(form: CompiledForm, record: FormRecord, input: unknown, actor: Actor, now: string, id: string = newId()): Outcome<{ record: FormRecord }> {
  const refused = entryRefusal(form, record, actor, 'add a red flag warning', 'Red flags can be added once the record is confirmed');
  if (refused) return refused;
  if (!form.model.settings.redFlagPage) return refuse('badInput', 'This form has no red flag warning page', { fields: [{ field: 'risk', message: 'This form has no red flag warning page' }] });
  const { value, errors } = readRedFlag(input, now);
  errors.push(...recordedAtErrors(record, value.recordedAt));
  if (errors.length > 0) return refuse('badInput', 'The red flag is not complete', { fields: errors });
  const entry = { id, ...value, recordedBy: actor.user, receivedAt: now };
  return { ok: true, record: { ...record, redFlags: [...record.redFlags, entry], revision: record.revision + 1, updatedAt: now } };
}

export function cancelRecord(form: CompiledForm, record: FormRecord, input: unknown, actor: Actor, now: string): Outcome<{ record: FormRecord }> {
  if (record.state === 'handedOver') return refuse('locked', 'The record cannot be cancelled after the person has been handed over');
  if (record.state === 'cancelled') return refuse('locked', lockedMessage(record.state));
  if (!canCancel(form, actor.roles)) return refuse('forbidden', `Only ${form.model.settings.cancelRoles.join(' or ')} staff can cancel this record`);
  const { value, errors } = readCancel(input);
  if (errors.length > 0) return refuse('badInput', 'The reason is too long', { fields: errors });
  const cancelled = { at: now, by: actor.user, ...value };
  return { ok: true, record: { ...record, state: 'cancelled', cancelled, revision: record.revision + 1, updatedAt: now } };
}

/** draft or complete, from the answers and prefill marks (other states are left as they are), as of `now`. */
export function derivedState(form: CompiledForm, record: FormRecord, now?: string, known?: KnownSectionCheck): LifecycleState {
  if (!answersCanChange(record.state)) return record.state;
  return nothingBlocksConfirmation(form, record, now, known) ? 'complete' : 'draft';
}

function readSaveInput(input: unknown): SaveSectionInput | { fields: FieldError[] } {
  const fields: FieldError[] = [];
  const raw = isPlainObject(input) ? input : {};
  if (typeof raw.section !== 'string' || raw.section === '') fields.push({ field: 'section', message: 'Name the section to save' });
  if (!isPlainObject(raw.answers)) fields.push({ field: 'answers', message: 'Give the answers as an object of question keys' });
  if (!Number.isInteger(raw.baseRevision) || (raw.baseRevision as number) < 0) {
    fields.push({ field: 'baseRevision', message: 'Give the revision of the record you started from' });
  }
  return fields.length > 0 ? { fields } : (raw as unknown as SaveSectionInput);
}

/**
 * Handovers, events and red flags are append-only entries on the confirmed record: before confirmation
 * the answers they would describe can still change, and a cancelled record takes nothing more.
 */
function entryRefusal(form: CompiledForm, record: FormRecord, actor: Actor, what: string, notYet: string): { ok: false; refusal: Refusal } | undefined {
  if (record.state === 'cancelled') return refuse('locked', lockedMessage(record.state), { reason: 'recordCancelled', ...(record.cancelled ? { cancelled: record.cancelled } : {}) });
  if (!canAddEntries(form, actor.roles)) return refuse('forbidden', `Only ${form.model.settings.entryRoles.join(', ')} staff can ${what}`);
  if (!acceptsEntries(record.state)) return refuse('notReady', notYet, { reasons: ['Confirm the record first'] });
  return undefined;
}

function reviewedMark(mark: PrefillMark, actor: Actor, now: string): PrefillMark {
  return { ...mark, needsReview: false, reviewedBy: actor.user, reviewedAt: now };
}

function lockedMessage(state: LifecycleState): string {
  switch (state) {
    case 'confirmed': return 'The record is confirmed: its answers can no longer be changed';
    case 'handedOver': return 'The person has been handed over: the answers can no longer be changed';
    case 'cancelled': return 'The record has been cancelled';
    default: return 'The record cannot be changed';
  }
}

function newId(): string {
  return globalThis.crypto.randomUUID();
}
