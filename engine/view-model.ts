/**
 * The view model the web components and the Handlebars print view render: sections in order with
 * status, questions with answers and their display values, follow-ups nested under the choice that
 * opens them, list items labelled and ordered, errors, flags, prefill marks, and confirmation blockers.
 */
import { checkAnswers, isPlainObject } from './answers.ts';
import { groupBy, unreviewedBySection } from './group-by.ts';
import { childPointer, toPointer } from './pointer.ts';
import { canAddEntries, canCancel, canConfirm, canEditSection } from './access.ts';
import { valuesOpening } from './condition.ts';
import { raisedFlags, sectionAnswers, sectionStatuses } from './derive.ts';
import { choiceLabel, displayValue, DISPLAY_TIME_ZONE } from './display.ts';
import type { CompiledForm } from './form.ts';
import { blockersInWords } from './lifecycle.ts';
import { confirmBlockerGroups } from './confirm-blockers.ts';
import { ENGLISH } from './i18n/engine-text.ts';
import type { Translate } from './i18n/translator.ts';
import { recordAffordances } from './affordances.ts';
import type { GroupModel, QuestionModel, RuleModel } from './model.ts';
import { redFlagViews } from './red-flags.ts';
import { withRedFlagDetails } from './red-flag-details.ts';
import { groupState } from './visibility.ts';
import { followUpPages } from './follow-up-pages.ts';
import type { AnswerError, FormRecord, QuestionView, RaisedFlag, Role, ViewModel } from './types.ts';

export interface ViewModelOptions {
  /** Print: leave out questions that are not answered (and follow-ups that are hidden). */
  omitUnanswered?: boolean;
  /** The viewer's roles: sets canEdit per section, canConfirm, canAddEntries, canCancel, and adds a blocker when they may not confirm. */
  roles?: readonly Role[];
  /** Time zone for date-times; Europe/London unless given. */
  timeZone?: string;
  /** The moment answers are checked at (x-date limits such as "today"); the current time unless given. */
  now?: string;
  /** The language of the engine's own words (messages, counts, dates, blockers): English unless given. */
  t?: Translate;
}

interface Context {
  record: FormRecord;
  errors: Map<string, AnswerError[]>;
  flags: Map<string, RaisedFlag[]>;
  timeZone: string;
  omitUnanswered: boolean;
  t: Translate;
}

export function buildViewModel(form: CompiledForm, record: FormRecord, options: ViewModelOptions = {}): ViewModel {
  const t = options.t ?? ENGLISH;
  const check = checkAnswers(form, record.answers, { now: options.now, timeZone: options.timeZone, t });
  const allErrors = [...check.invalid, ...check.incomplete];
  const flags = raisedFlags(form, record.answers);
  const statuses = sectionStatuses(form, record.answers, check);
  const blockerGroups = confirmBlockerGroups(form, record, options.roles, check, t);
  const ctx: Context = {
    record,
    errors: groupBy(allErrors, (e) => e.pointer),
    flags: groupBy(flags, (f) => f.pointer),
    timeZone: options.timeZone ?? DISPLAY_TIME_ZONE,
    omitUnanswered: options.omitUnanswered === true,
    t,
  };
  const errorsBySection = groupBy(allErrors, (e) => e.section);
  const unreviewedIn = unreviewedBySection(record.prefill);
  const settings = form.model.settings;
  const view: ViewModel = {
    form: {
      name: form.name, version: form.version, title: form.model.title,
      redFlagPage: settings.redFlagPage === true, eventTypes: settings.eventTypes ?? [],
    },
    state: record.state,
    sections: form.model.sections.map((section) => {
      const views = new Map<string, QuestionView>();
      const questions = groupViews(section, sectionAnswers(record.answers, section.key), [section.key], ctx, views);
      return {
        key: section.key,
        title: section.title,
        description: section.description,
        status: statuses[section.key]!,
        editRoles: section.editRoles,
        requiredForConfirmation: section.requiredForConfirmation,
        canEdit: options.roles ? canEditSection(form, options.roles, section.key) : undefined,
        questions,
        errors: errorsBySection.get(section.key) ?? [],
        awaitingReview: unreviewedIn.get(section.key)?.length ?? 0,
        pages: followUpPages(section, views),
      };
    }),
    flags,
    redFlags: redFlagViews(form, record, flags),
    confirmBlockers: blockersInWords(record, blockerGroups, t),
    confirmBlockerGroups: blockerGroups,
    affordances: recordAffordances(form, record, options.roles),
    canConfirm: options.roles ? canConfirm(form, options.roles) : undefined,
    canAddEntries: options.roles ? canAddEntries(form, options.roles) : undefined,
    canCancel: options.roles ? canCancel(form, options.roles) : undefined,
  };
  return { ...view, redFlags: withRedFlagDetails(view.redFlags, view.sections) };
}

/** The questions of a group in order, each follow-up placed under the choice (or question) it depends on. */
function groupViews(
  group: GroupModel, values: Record<string, unknown>, path: (string | number)[], ctx: Context, views = new Map<string, QuestionView>(),
): QuestionView[] {
  const state = groupState(group, values);
  const groupPointer = toPointer(path);
  for (const question of group.byKey.values()) {
    const pointer = childPointer(groupPointer, question.key);
    views.set(question.key, questionView(question, values[question.key], [...path, question.key], pointer, state.visible.has(question.key), state.mandatory.has(question.key), ctx));
  }
  const top = group.questions.map((q) => views.get(q.key)!);
  placeFollowUps(group.rules, views, top, group);
  return ctx.omitUnanswered ? onlyAnswered(top) : top;
}

function placeFollowUps(rules: RuleModel[], views: Map<string, QuestionView>, top: QuestionView[], group: GroupModel): void {
  for (const rule of rules) {
    const followUps = rule.then.questions.map((q) => views.get(q.key)!);
    const tested = rule.condition.tests.filter((t) => views.has(t.key));
    const anchorTest = tested[tested.length - 1];
    const anchor = anchorTest ? views.get(anchorTest.key)! : top[top.length - 1];
    const opensChoices = anchorTest && tested.length === 1 && anchor?.choices;
    if (opensChoices) {
      for (const value of valuesOpening(anchorTest.test)) {
        anchor.choices!.find((c) => c.value === value)?.followUps.push(...followUps);
      }
    } else {
      anchor?.followUps.push(...followUps);
    }
    placeFollowUps(rule.then.rules, views, top, group);
  }
}

function questionView(
  question: QuestionModel, value: unknown, path: (string | number)[], pointer: string, visible: boolean, mandatory: boolean, ctx: Context,
): QuestionView {
  const view: QuestionView = {
    key: question.key,
    pointer,
    kind: question.kind,
    label: question.title,
    hint: question.description,
    visible,
    mandatory,
    value: value as QuestionView['value'],
    displayValue: displayValue(question, value, ctx.timeZone, ctx.t),
    choices: question.choices?.map((c) => ({ value: c.value, label: choiceLabel(question, c.value, ctx.t), hint: c.hint, ...(c.exclusive ? { exclusive: true as const } : {}), followUps: [] })),
    followUps: [],
    errors: ctx.errors.get(pointer) ?? [],
    flags: ctx.flags.get(pointer) ?? [],
    prefill: path.length === 2 ? ctx.record.prefill[pointer] : undefined,
    maxLength: question.maxLength,
  };
  if (question.list) view.list = listView(question, value, path, ctx);
  return view;
}

function listView(question: QuestionModel, value: unknown, path: (string | number)[], ctx: Context): NonNullable<QuestionView['list']> {
  const { itemKey, noun, item } = question.list!;
  const itemTitle = question.list!.itemTitle ?? ctx.t('engine.list.itemTitle');
  const entries = (Array.isArray(value) ? value : []).map((raw, index) => ({ index, values: isPlainObject(raw) ? raw : {} }));
  if (itemKey) entries.sort((a, b) => compareKeys(a.values[itemKey], b.values[itemKey]));
  return {
    itemTitle,
    itemKey,
    noun,
    minItems: question.minItems ?? 0,
    items: entries.map(({ index, values }, position) => ({
      index,
      label: itemKey && values[itemKey] !== undefined ? `${itemTitle} ${String(values[itemKey])}` : `${itemTitle} ${position + 1}`,
      questions: groupViews(item, values, [...path, index], ctx),
    })),
    itemTemplate: groupViews(item, {}, [...path, '-'], { ...ctx, omitUnanswered: false }),
  };
}

/** Items without a key go last; keys compare as people read them ("Bag 2" before "Bag 10"). */
function compareKeys(a: unknown, b: unknown): number {
  if (a === undefined) return b === undefined ? 0 : 1;
  if (b === undefined) return -1;
  return String(a).localeCompare(String(b), 'en-GB', { numeric: true });
}

function onlyAnswered(views: QuestionView[]): QuestionView[] {
  return views.filter((v) => v.visible && v.value !== undefined).map((v) => ({
    ...v,
    choices: v.choices?.map((c) => ({ ...c, followUps: onlyAnswered(c.followUps) })),
    followUps: onlyAnswered(v.followUps),
  }));
}
