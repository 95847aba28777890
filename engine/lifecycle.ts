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
import { rolesIn } from './i18n/role-titles.ts';
import type { Translate } from './i18n/translator.ts';
import type { AnswerCheck, AnswerError, AnswerValue, Answers, ConfirmBlockerGroup, FormRecord, LifecycleState, Move, Person, PrefillMark, RedFlagView, Role, SectionAnswers } from './types.ts';

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

/**
 * Every function below says its refusals in the language of `actor.t` (English when left out), with
 * `form`'s words: pass the version in the reader's language for its section titles and event types.
 */
export function saveSection(form: CompiledForm, record: FormRecord, input: unknown, actor: Actor, now: string): Outcome<Saved> {
  const t = actor.t ?? ENGLISH;
  const shape = readSaveInput(input, t);
  if ('fields' in shape) return refuse('badInput', t('engine.refuse.saveMalformed'), { fields: shape.fields });
  if (!answersCanChange(record.state)) return refuse('locked', lockedMessage(record.state, t));
  const section = form.model.sectionByKey.get(shape.section);
  if (!section) return refuse('notFound', t('engine.error.notSection', { key: shape.section }));
  if (!canEditSection(form, actor.roles, section.key)) {
    return refuse('forbidden', t('engine.refuse.sectionRoles', { section: section.title, roles: rolesIn(section.editRoles, t) }));
  }

  const unknown: AnswerError[] = Object.keys(shape.answers).filter((key) => !section.byKey.has(key)).map((key) => ({
    section: section.key, question: key, pointer: toPointer([section.key, key]), rule: 'unknown',
    message: t('engine.error.notQuestion', { key, where: section.title }),
  }));
  if (unknown.length > 0) return refuse('invalid', t('engine.refuse.invalidIn', { section: section.title }), { errors: unknown });

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

  const check = checkSection(form, answers, section.key, { now, t });
  if (check.invalid.length > 0) return refuse('invalid', t('engine.refuse.invalidIn', { section: section.title }), { errors: check.invalid });

  const after = sectionAnswers(answers, section.key);
  const changed = answerChanges({ [section.key]: before } as Answers, { [section.key]: after } as Answers);
  const conflicts: Conflict[] = changed
    .filter((c) => (record.answerRevisions[c.pointer] ?? 0) > shape.baseRevision)
    .map((c) => ({ pointer: c.pointer, question: parsePointer(c.pointer)[1] ?? '', theirs: c.old, yours: c.new }));
  if (conflicts.length > 0) {
    return refuse('conflict', t('engine.refuse.conflict'), { conflicts });
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
  const t = actor.t ?? ENGLISH;
  if (!answersCanChange(record.state)) return refuse('locked', lockedMessage(record.state, t));
  const fields: FieldError[] = [];
  pointers.forEach((pointer, i) => {
    if (!record.prefill[pointer]) fields.push({ field: `pointers.${i}`, message: t('engine.refuse.prefill.notPrefilled', { pointer }) });
  });
  if (fields.length > 0 || pointers.length === 0) {
    return refuse('badInput', t('engine.refuse.prefill.none'), { fields: fields.length ? fields : [{ field: 'pointers', message: t('engine.refuse.prefill.atLeastOne') }] });
  }
  const forbidden = pointers.filter((p) => !canEditSection(form, actor.roles, parsePointer(p)[0] ?? ''));
  if (forbidden.length > 0) return refuse('forbidden', t('engine.refuse.prefill.roles', { pointers: forbidden.join(', ') }));
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
  return blockersInWords(record, answersCanChange(record.state) ? confirmBlockerGroups(form, record, roles, check, t) : [], t);
}

/** confirmationBlockers from the record's confirmBlockerGroups, for a caller that has them already (the view model). */
export function blockersInWords(record: FormRecord, groups: ConfirmBlockerGroup[], t: Translate = ENGLISH): string[] {
  return answersCanChange(record.state) ? blockerSentences(groups, t) : [lockedMessage(record.state, t)];
}

export function confirmRecord(form: CompiledForm, record: FormRecord, actor: Actor, now: string): Outcome<{ record: FormRecord }> {
  const t = actor.t ?? ENGLISH;
  if (!answersCanChange(record.state)) return refuse('locked', lockedMessage(record.state, t));
  if (!canConfirm(form, actor.roles)) {
    return refuse('forbidden', t('engine.confirm.onlyRoles', { roles: rolesIn(form.model.settings.confirmRoles, t) }));
  }
  const reasons = confirmationBlockers(form, record, undefined, checkAnswers(form, record.answers, { now, t }), t);
  if (reasons.length > 0) return refuse('notReady', t('engine.refuse.notConfirmable'), { reasons });
  return { ok: true, record: { ...record, state: 'confirmed', confirmed: { at: now, by: actor.user, ...(actor.name ? { name: actor.name } : {}) }, revision: record.revision + 1, updatedAt: now } };
}

export function recordHandover(form: CompiledForm, record: FormRecord, input: unknown, actor: Actor, now: string, id: string = newId()): Outcome<{ record: FormRecord }> {
  const t = actor.t ?? ENGLISH;
  const refused = entryRefusal(form, record, actor, 'handover');
  if (refused) return refused;
  const { value, errors } = readHandover(input, now, t);
  errors.push(...recordedAtErrors(record, value.recordedAt, t));
  const unacknowledged: RedFlagView[] = [];
  if (form.model.settings.redFlagPage) {
    const acknowledged = new Set(value.acknowledgements?.map((a) => a.entryId));
    const current = redFlagViews(form, record);
    const known = new Set(current.map((f) => f.id));
    for (const flag of current) {
      if (acknowledged.has(flag.id)) continue;
      unacknowledged.push(flag);
      errors.push({ field: 'acknowledgements', message: t('engine.refuse.handover.acknowledge', { risk: flag.risk }) });
    }
    value.acknowledgements?.forEach((ack, i) => {
      if (ack.entryId && !known.has(ack.entryId)) errors.push({ field: `acknowledgements.${i}.entryId`, message: t('engine.refuse.handover.notRedFlag', { id: ack.entryId }) });
    });
  }
  // Named apart from the field errors, so a device that recorded the handover offline can show which flags were added meanwhile.
  const flagsMissing = unacknowledged.length > 0 ? { reason: 'unacknowledgedRedFlags' as const, redFlags: unacknowledged.map(({ id, risk, at }) => (at ? { id, risk, at } : { id, risk })) } : {};
  if (errors.length > 0) return refuse('badInput', t('engine.refuse.handover.incomplete'), { fields: errors, ...flagsMissing });
  const handover = { id, ...value, acknowledgements: value.acknowledgements ?? [], recordedBy: actor.user, receivedAt: now };
  return { ok: true, record: { ...record, state: 'handedOver', handovers: [...record.handovers, handover], revision: record.revision + 1, updatedAt: now } };
}

export function addEvent(form: CompiledForm, record: FormRecord, input: unknown, actor: Actor, now: string, id: string = newId()): Outcome<{ record: FormRecord }> {
  const t = actor.t ?? ENGLISH;
  const refused = entryRefusal(form, record, actor, 'event');
  if (refused) return refused;
  const types = form.model.settings.eventTypes ?? [];
  if (types.length === 0) return refuse('badInput', t('engine.refuse.event.none'), { fields: [{ field: 'type', message: t('engine.refuse.event.noTypes') }] });
  const { value, errors } = readEvent(input, types, now, t);
  errors.push(...recordedAtErrors(record, value.recordedAt, t));
  if (errors.length > 0) return refuse('badInput', t('engine.refuse.event.incomplete'), { fields: errors });
  const event = { id, ...value, recordedBy: actor.user, receivedAt: now };
  return { ok: true, record: { ...record, events: [...record.events, event], revision: record.revision + 1, updatedAt: now } };
}

export function addRedFlag(form: CompiledForm, record: FormRecord, input: unknown, actor: Actor, now: string, id: string = newId()): Outcome<{ record: FormRecord }> {
  const t = actor.t ?? ENGLISH;
  const refused = entryRefusal(form, record, actor, 'redFlag');
  if (refused) return refused;
  if (!form.model.settings.redFlagPage) return refuse('badInput', t('engine.refuse.redFlag.none'), { fields: [{ field: 'risk', message: t('engine.refuse.redFlag.none') }] });
  const { value, errors } = readRedFlag(input, now, t);
  errors.push(...recordedAtErrors(record, value.recordedAt, t));
  if (errors.length > 0) return refuse('badInput', t('engine.refuse.redFlag.incomplete'), { fields: errors });
  const entry = { id, ...value, recordedBy: actor.user, receivedAt: now };
  return { ok: true, record: { ...record, redFlags: [...record.redFlags, entry], revision: record.revision + 1, updatedAt: now } };
}

export function cancelRecord(form: CompiledForm, record: FormRecord, input: unknown, actor: Actor, now: string): Outcome<{ record: FormRecord }> {
  const t = actor.t ?? ENGLISH;
  if (record.state === 'handedOver') return refuse('locked', t('engine.refuse.cancel.handedOver'));
  if (record.state === 'cancelled') return refuse('locked', lockedMessage(record.state, t));
  if (!canCancel(form, actor.roles)) return refuse('forbidden', t('engine.refuse.cancel.roles', { roles: rolesIn(form.model.settings.cancelRoles, t) }));
  const { value, errors } = readCancel(input, t);
  if (errors.length > 0) return refuse('badInput', t('engine.refuse.cancel.tooLong'), { fields: errors });
  const cancelled = { at: now, by: actor.user, ...value };
  return { ok: true, record: { ...record, state: 'cancelled', cancelled, revision: record.revision + 1, updatedAt: now } };
}

/** draft or complete, from the answers and prefill marks (other states are left as they are), as of `now`. */
export function derivedState(form: CompiledForm, record: FormRecord, now?: string, known?: KnownSectionCheck): LifecycleState {
  if (!answersCanChange(record.state)) return record.state;
  return nothingBlocksConfirmation(form, record, now, known) ? 'complete' : 'draft';
}

function readSaveInput(input: unknown, t: Translate): SaveSectionInput | { fields: FieldError[] } {
  const fields: FieldError[] = [];
  const raw = isPlainObject(input) ? input : {};
  if (typeof raw.section !== 'string' || raw.section === '') fields.push({ field: 'section', message: t('engine.refuse.save.section') });
  if (!isPlainObject(raw.answers)) fields.push({ field: 'answers', message: t('engine.refuse.save.answers') });
  if (!Number.isInteger(raw.baseRevision) || (raw.baseRevision as number) < 0) {
    fields.push({ field: 'baseRevision', message: t('engine.refuse.save.baseRevision') });
  }
  return fields.length > 0 ? { fields } : (raw as unknown as SaveSectionInput);
}

/**
 * Handovers, events and red flags are append-only entries on the confirmed record: before confirmation
 * the answers they would describe can still change, and a cancelled record takes nothing more.
 */
function entryRefusal(form: CompiledForm, record: FormRecord, actor: Actor, entry: 'handover' | 'event' | 'redFlag'): { ok: false; refusal: Refusal } | undefined {
  const t = actor.t ?? ENGLISH;
  if (record.state === 'cancelled') return refuse('locked', lockedMessage(record.state, t), { reason: 'recordCancelled', ...(record.cancelled ? { cancelled: record.cancelled } : {}) });
  if (!canAddEntries(form, actor.roles)) return refuse('forbidden', t(`engine.refuse.${entry}.roles`, { roles: rolesIn(form.model.settings.entryRoles, t) }));
  if (!acceptsEntries(record.state)) return refuse('notReady', t(`engine.refuse.${entry}.notYet`), { reasons: [t('engine.refuse.confirmFirst')] });
  return undefined;
}

function reviewedMark(mark: PrefillMark, actor: Actor, now: string): PrefillMark {
  return { ...mark, needsReview: false, reviewedBy: actor.user, reviewedAt: now };
}

function lockedMessage(state: LifecycleState, t: Translate): string {
  return t(state === 'confirmed' || state === 'handedOver' || state === 'cancelled' ? `engine.locked.${state}` : 'engine.locked.other');
}

function newId(): string {
  return globalThis.crypto.randomUUID();
}
