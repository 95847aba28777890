/**
 * The form engine: browser-safe entry (no ajv compiler, no eval). Node code imports engine/node.ts,
 * which re-exports all of this plus compileForm and validatorModuleSource.
 *
 * Getting a form
 * - compileForm(definition) [node.ts]: checks the definition (throws DefinitionError{problems}), compiles
 *   one ajv validator, cached by name@version. Returns a CompiledForm { name, version, definition, model, validate }.
 * - validatorModuleSource(definition) [node.ts]: ES module source whose default export is the standalone
 *   validator; bundle it with esbuild and call formFromPrecompiled(definition, validate) in the browser.
 * - formFromPrecompiled(definition, validate): the same CompiledForm from a precompiled validator.
 *
 * Answers (pointers look like "/risk/violent" or "/health/medication/0/name")
 * - checkAnswers(form, answers, { now?, timeZone? }) -> { invalid, incomplete }: AnswerError[] with section,
 *   question, pointer, rule and the definition's message. Empty strings/arrays count as no answer
 *   (normaliseAnswers). `now` (default: the current time) is the day x-date limits compare with.
 * - sectionStates(form, answers) -> Map<section, { visible, mandatory }> (sets of question keys).
 * - sectionStatuses(form, answers, check) -> { [section]: 'notStarted' | 'inProgress' | 'complete' }.
 * - raisedFlags(form, answers) -> RaisedFlag[] (including list item fields).
 * - clearHiddenAnswers(form, answers, keep?) -> { answers, cleared: pointers }.
 * - redFlagViews(form, record) -> RedFlagView[]: derived alert flags (id "flag:<pointer>", or
 *   "flag:<pointer>=<value>" when one multiple-choice answer raises several) and free entries.
 *
 * Access
 * - canEditSection(form, roles, section), canConfirm(form, roles), editableSections(form, roles).
 * - canCreate(form, roles): x-form.createRoles (the confirming roles when absent) may start a record.
 * - canAddEntries(form, roles): x-form.entryRoles (handovers, events, red flags); canCancel(form, roles): x-form.cancelRoles.
 *
 * Lifecycle (pure; each returns { ok: true, record, ... } or { ok: false, refusal: { kind, message,
 * reasons?, errors?, fields?, conflicts? } }; REFUSAL_STATUS maps kind -> HTTP status). actor = { user, roles }.
 * - createRecord(form, { id, move, person, prefill? }, actor, now) -> FormRecord (draft, revision 1).
 * - saveSection(form, record, { section, answers, baseRevision }, actor, now) -> { record, changed, cleared, reviewed }.
 *   changed: [{ pointer, old?, new? }] per top-level question (cleared answers included, new absent).
 *   Refusals: badInput, locked, notFound (section), forbidden, invalid (errors), conflict (conflicts).
 * - acceptPrefill(form, record, pointers, actor, now) -> { record, reviewed }.
 * - confirmationBlockers(form, record, roles?) -> string[]; confirmRecord(form, record, actor, now).
 * - recordHandover / addEvent / addRedFlag(form, record, input, actor, now, id?) -> { record } (append-only;
 *   input shapes: HandoverInput, EventInput, RedFlagInput; bad fields -> refusal 'badInput' with fields[]).
 * - cancelRecord(form, record, { reason? }, actor, now).
 * - derivedState(form, record): 'draft' | 'complete' for editable records.
 *
 * View model
 * - buildViewModel(form, record, { omitUnanswered?, roles?, timeZone?, now? }) -> ViewModel (engine/types.ts):
 *   sections with status/canEdit, questions with value, displayValue, visible, mandatory, errors, flags,
 *   prefill mark, choices with nested followUps, lists (items ordered by itemKey, labelled); flags,
 *   redFlags (with details: the answers a flagged answer opened), confirmBlockers, confirmBlockerGroups (by
 *   section, with fixRoles and viewerCanFix, each blocker naming its pointer), affordances (editable,
 *   confirmable, cancellable, entries, handoverAhead, screens, home: what the viewer may do now),
 *   sections[].awaitingReview, canConfirm (and canAddEntries, canCancel with roles). omitUnanswered: true for print.
 * - moveProblems(move, today, window?), dateIn(now, zone?), addDays(date, n): the rules of a new move.
 * - displayValue(question, value), formatDate("2025-03-03"), formatDateTime(iso) ("3 March 2025 at 14:20").
 * - Words: every function that makes a sentence takes a last `t: Translate` (or options.t) and defaults to
 *   ENGLISH; the words are forms/locales/<lang>/engine.json (engine/i18n/engine-text.ts).
 *
 * Prefill
 * - prefillSources(form): form names whose confirmed records may prefill (ask the store for these).
 * - prefillAnswers(form, [{ record, form: compiledFormOfThatRecordsVersion }]) -> { answers, marks, dropped };
 *   pass { answers, marks } as createRecord's `prefill`.
 */
export { formFromPrecompiled, type CompiledForm, type AnswersValidator } from './form.ts';
export { checkAnswers, checkSection, normaliseAnswers, isEmptyAnswer, type CheckOptions } from './answers.ts';
export { sectionStates, sectionStatuses, raisedFlags, clearHiddenAnswers } from './derive.ts';
export { canEditSection, canCreate, canConfirm, canAddEntries, canCancel, editableSections } from './access.ts';
export {
  createRecord, saveSection, acceptPrefill, confirmRecord, confirmationBlockers, recordHandover, addEvent, addRedFlag,
  cancelRecord, derivedState, type SaveSectionInput, type Saved, type NewRecordInput,
} from './lifecycle.ts';
export { answerChanges, diffRecords, creationChanges, type AnswerChange, type FieldChange, type RecordDiff, type RecordWrite } from './record-diff.ts';
export { escapeToken, unescapeToken, parsePointer, toPointer, childPointer } from './pointer.ts';
export { prefillAnswers, prefillSources, type PreviousRecord, type PrefillResult, type DroppedAnswer } from './prefill.ts';
export { redFlagViews } from './red-flags.ts';
export { REFUSAL_STATUS, type Actor, type Refusal, type RefusalKind, type RefusalReason, type Outcome, type FieldError, type Conflict } from './outcome.ts';
export type { HandoverInput, EventInput, RedFlagInput } from './entries.ts';
export { entryById, replayOf, type StoredEntryKind } from './entry-replay.ts';
export { DefinitionError } from './definition-error.ts';
export type { FormModel, SectionModel, QuestionModel, FormDefinition } from './model.ts';
export * from './types.ts';
export { buildViewModel, type ViewModelOptions } from './view-model.ts';
export { displayValue, formatDate, formatDateTime, stateLabel, DISPLAY_TIME_ZONE } from './display.ts';
export * from './rollout.ts';
export { moveProblems, dateIn, addDays, type MoveProblem, type MoveDateWindow } from './move-rules.ts';
export { diffDefinitions, diffModels, changesBySection, renderDiffText, renderDiffMarkdown, type DefinitionDiff, type Change, type ChangeKind } from './diff/index.ts';
export { impactOf, impactTally, type ImpactReport } from './impact/index.ts';
export { exampleAnswers, exampleAnswersFor, type ExampleOptions } from './example/index.ts';
export { countOf, oneOf, listNoun, GENERIC_ITEM, type ListNoun } from './list-noun.ts';
export { ENGLISH, orList } from './i18n/engine-text.ts';
export { createTranslator, type Translate, type Messages, type MessageParams } from './i18n/translator.ts';
export * from './i18n/index.ts';
