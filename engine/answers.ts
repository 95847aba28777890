/**
 * Checking answers: one pass of the form's JSON Schema validator, then a cheap classification of its
 * errors into invalid (refused even in a draft) and incomplete (allowed in a draft, blocks confirmation).
 */
import type { ErrorObject } from 'ajv';
import type { CompiledForm } from './form.ts';
import type { GroupModel, QuestionModel, SectionModel } from './model.ts';
import { messageFor, unknownQuestionMessage } from './messages.ts';
import { DISPLAY_TIME_ZONE } from './display.ts';
import { groupState } from './visibility.ts';
import type { AnswerCheck, AnswerError, Answers } from './types.ts';

/** An empty text, an empty list of ticks and an empty list count as no answer. */
export function isEmptyAnswer(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/**
 * Removes empty answers (also inside list items) and gives every section an object, so the section's
 * `required` applies. Returns the input itself when nothing needed changing, which keeps checking a
 * complete record cheap.
 */
export function normaliseAnswers(form: CompiledForm, answers: unknown): Answers {
  if (!isPlainObject(answers)) return answers as Answers;
  let result: Record<string, unknown> | undefined;
  for (const section of form.model.sections) {
    const current = answers[section.key];
    const normalised = current === undefined ? {} : isPlainObject(current) ? normaliseGroup(current) : current;
    if (normalised !== current) {
      result ??= { ...answers };
      result[section.key] = normalised;
    }
  }
  return (result ?? answers) as Answers;
}

/** Removes empty answers from one section's (or list item's) answers; returns the input when none are empty. */
export function normaliseGroup(values: Record<string, unknown>): Record<string, unknown> {
  let result: Record<string, unknown> | undefined;
  for (const key in values) {
    const value = values[key];
    if (isEmptyAnswer(value)) {
      result ??= { ...values };
      delete result[key];
    } else if (Array.isArray(value) && isPlainObject(value[0])) {
      const items = normaliseItems(value);
      if (items !== value) {
        result ??= { ...values };
        result[key] = items;
      }
    }
  }
  return result ?? values;
}

function normaliseItems(items: unknown[]): unknown[] {
  let result: unknown[] | undefined;
  items.forEach((item, i) => {
    const normalised = isPlainObject(item) ? normaliseGroup(item) : item;
    if (normalised !== item) {
      result ??= [...items];
      result[i] = normalised;
    }
  });
  return result ?? items;
}

export interface CheckOptions {
  /** The moment "today" in x-date limits is taken from (an ISO date-time or a Date); the current time unless given. */
  now?: string | Date;
  /** Whose "today": Europe/London unless given. */
  timeZone?: string;
}

/** Checks answers (normalising them first). Every error names its section, question and pointer. */
export function checkAnswers(form: CompiledForm, answers: unknown, options: CheckOptions = {}): AnswerCheck {
  const normalised = normaliseAnswers(form, answers);
  const result: AnswerCheck = { invalid: [], incomplete: [] };
  if (!form.validate(normalised)) classify(form, normalised, form.validate.errors ?? [], result);
  if (form.keyedLists.length > 0) checkItemKeys(form, normalised, result);
  const timeZone = options.timeZone ?? DISPLAY_TIME_ZONE;
  const today = dayIn(options.now ?? new Date(), timeZone);
  if (!today) throw new TypeError(`checkAnswers: "now" must be a date-time, not ${JSON.stringify(options.now)}`);
  if (hasRulesBeyondSchema(form)) checkBeyondSchema(form, normalised, today, timeZone, result);
  return result;
}

const beyondSchema = new WeakMap<CompiledForm, boolean>();

/** Whether any question has an x-exclusive choice or x-date limits; most forms need no second walk. */
function hasRulesBeyondSchema(form: CompiledForm): boolean {
  let found = beyondSchema.get(form);
  if (found === undefined) {
    const needs = (group: GroupModel): boolean => [...group.byKey.values()].some((q) =>
      q.dateLimits !== undefined || q.choices?.some((c) => c.exclusive) || (q.list !== undefined && needs(q.list.item)));
    found = form.model.sections.some(needs);
    beyondSchema.set(form, found);
  }
  return found;
}

function classify(form: CompiledForm, answers: Answers, errors: ErrorObject[], result: AnswerCheck): void {
  const seen = new Set<string>();
  const typed = new Set<string>();
  for (const error of errors) {
    if (error.keyword === 'type') typed.add(error.instancePath);
  }
  for (const error of errors) {
    const found = toAnswerError(form, answers, error, typed);
    if (!found) continue;
    const id = `${found.error.pointer} ${found.error.rule}`;
    if (seen.has(id)) continue;
    seen.add(id);
    (found.incomplete ? result.incomplete : result.invalid).push(found.error);
  }
}

const CHOICE_KEYWORDS = new Set(['const', 'enum', 'oneOf']);

function toAnswerError(
  form: CompiledForm, answers: Answers, error: ErrorObject, typed: Set<string>,
): { error: AnswerError; incomplete: boolean } | undefined {
  const { keyword, params } = error;
  if (keyword === 'if' || keyword === 'allOf' || keyword === 'anyOf' || keyword === 'not') return undefined;
  const path = splitPointer(error.instancePath);
  if (keyword === 'required') {
    return located(form, [...path, params.missingProperty as string], 'required', params, true);
  }
  if (keyword === 'unevaluatedProperties' || keyword === 'additionalProperties') {
    const key = (params.unevaluatedProperty ?? params.additionalProperty) as string;
    return extraAnswer(form, answers, path, key);
  }
  // A wrong type also fails every choice's const; report the type once.
  if (CHOICE_KEYWORDS.has(keyword) && typed.has(error.instancePath)) return undefined;
  const rule = CHOICE_KEYWORDS.has(keyword) ? 'enum' : keyword;
  const found = located(form, path, rule, params, false);
  if (found && rule === 'minItems' && found.question?.kind === 'list') found.incomplete = true;
  return found;
}

interface Location {
  section: SectionModel;
  question?: QuestionModel;
  /** The owning list question, when the answer is a field of a list item. */
  list?: QuestionModel;
  pointer: string;
}

/** Maps an instance path to the question it answers: /section/question or /section/list/index/field. */
function locate(form: CompiledForm, path: string[]): Location | undefined {
  const section = form.model.sectionByKey.get(path[0] ?? '');
  if (!section || path.length < 2) return section ? { section, pointer: toPointer(path.slice(0, 1)) } : undefined;
  const question = section.byKey.get(path[1]!);
  if (question?.list && path.length >= 4) {
    return { section, question: question.list.item.byKey.get(path[3]!), list: question, pointer: toPointer(path.slice(0, 4)) };
  }
  if (question?.list && path.length === 3) return { section, question, pointer: toPointer(path) };
  return { section, question, pointer: toPointer(path.slice(0, 2)) };
}

function located(
  form: CompiledForm, path: string[], rule: string, params: Record<string, unknown>, incomplete: boolean,
): ({ error: AnswerError; incomplete: boolean; question?: QuestionModel }) | undefined {
  const location = locate(form, path);
  if (!location) {
    return { error: { section: '', question: '', pointer: toPointer(path), rule, message: 'The answers must be grouped by section' }, incomplete };
  }
  const { section, question, pointer } = location;
  const key = question?.key ?? (path.length >= 2 ? path[path.length - 1]! : '');
  const isItem = question?.list !== undefined && path.length === 3;
  const message = !question
    ? `Answers in ${section.title} must be grouped by question`
    : isItem ? `Each ${question.list!.noun.singular} in “${question.title}” must be a set of answers` : messageFor(question, rule, params);
  return { error: { section: section.key, question: key, pointer, rule, message }, incomplete, question };
}

/** An answer the schema did not expect: to a follow-up that is hidden, or to no question at all. */
function extraAnswer(
  form: CompiledForm, answers: Answers, path: string[], key: string,
): { error: AnswerError; incomplete: boolean } | undefined {
  if (path.length === 0) {
    return { error: { section: key, question: '', pointer: toPointer([key]), rule: 'unknown', message: unknownQuestionMessage(key) }, incomplete: false };
  }
  const location = locate(form, path);
  if (!location) return undefined;
  const group: GroupModel | undefined = path.length === 1 ? location.section : location.question?.list?.item;
  const values = valueAt(answers, path);
  if (!group || !isPlainObject(values)) return undefined;
  const pointer = toPointer([...path, key]);
  const question = group.byKey.get(key);
  if (!question) {
    const where = path.length === 1 ? location.section.title : location.question!.title;
    return { error: { section: location.section.key, question: key, pointer, rule: 'unknown', message: unknownQuestionMessage(key, where) }, incomplete: false };
  }
  // A visible answer is reported as unevaluated only when its own check failed; that error says why.
  if (groupState(group, values).visible.has(key)) return undefined;
  return { error: { section: location.section.key, question: key, pointer, rule: 'hidden', message: messageFor(question, 'hidden') }, incomplete: false };
}

function checkItemKeys(form: CompiledForm, answers: Answers, result: AnswerCheck): void {
  for (const { section, question, itemKey } of form.keyedLists) {
    const sectionAnswers = answers[section.key];
    const items = isPlainObject(sectionAnswers) ? sectionAnswers[question.key] : undefined;
    if (!Array.isArray(items) || items.length < 2) continue;
    const seen = new Set<unknown>();
    for (const item of items) {
      const value = isPlainObject(item) ? item[itemKey] : undefined;
      if (value === undefined) continue;
      const normalisedValue = typeof value === 'string' ? value.trim().toLowerCase() : value;
      if (seen.has(normalisedValue)) {
        result.invalid.push({
          section: section.key, question: question.key, pointer: `/${section.key}/${question.key}`,
          rule: 'uniqueItemKey', message: messageFor(question, 'uniqueItemKey'),
        });
        break;
      }
      seen.add(normalisedValue);
    }
  }
}

/**
 * Checks JSON Schema cannot say simply, on every answered question (list item fields too): x-exclusive
 * choices ticked with others, and x-date limits relative to the day of `now`.
 */
function checkBeyondSchema(form: CompiledForm, answers: Answers, today: string, timeZone: string, result: AnswerCheck): void {
  const visit = (section: SectionModel, group: GroupModel, values: Record<string, unknown>, path: string[]) => {
    for (const key in values) {
      const question = group.byKey.get(key);
      const value = values[key];
      if (!question) continue;
      if (question.list && Array.isArray(value)) {
        value.forEach((item, i) => { if (isPlainObject(item)) visit(section, question.list!.item, item, [...path, key, String(i)]); });
        continue;
      }
      const broken = exclusiveBroken(question, value) ?? dateLimitBroken(question, value, today, timeZone);
      if (broken) {
        result.invalid.push({
          section: section.key, question: key, pointer: toPointer([...path, key]),
          rule: broken.rule, message: messageFor(question, broken.rule, broken.params),
        });
      }
    }
  };
  for (const section of form.model.sections) {
    const values = answers[section.key];
    if (isPlainObject(values)) visit(section, section, values, [section.key]);
  }
}

type Broken = { rule: string; params?: Record<string, unknown> } | undefined;

function exclusiveBroken(question: QuestionModel, value: unknown): Broken {
  if (!Array.isArray(value) || value.length < 2) return undefined;
  const alone = question.choices?.find((c) => c.exclusive && value.includes(c.value));
  return alone ? { rule: 'exclusive', params: { choice: alone.value } } : undefined;
}

/** A date compares as written; a date-time by the day it falls on in `timeZone`. A malformed answer has its format error already. */
function dateLimitBroken(question: QuestionModel, value: unknown, today: string, timeZone: string): Broken {
  const limits = question.dateLimits;
  if (!limits || typeof value !== 'string') return undefined;
  const day = question.kind === 'date' ? (/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined) : dayIn(value, timeZone);
  if (!day) return undefined;
  if (limits.notAfter === 'today' && day > today) return { rule: 'notAfter' };
  if (limits.notBefore === 'today' && day < today) return { rule: 'notBefore' };
  return undefined;
}

/** "2025-03-03": the calendar day of an instant in a time zone (en-CA formats dates as YYYY-MM-DD). */
export function dayIn(instant: string | Date, timeZone: string): string | undefined {
  const time = new Date(instant);
  if (Number.isNaN(time.getTime())) return undefined;
  let format = dayFormats.get(timeZone);
  if (!format) dayFormats.set(timeZone, format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }));
  return format.format(time);
}

// Building a formatter costs far more than using one; checkAnswers runs on every keystroke.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function valueAt(root: unknown, path: string[]): unknown {
  let current = root;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

export function splitPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function toPointer(path: (string | number)[]): string {
  return path.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
