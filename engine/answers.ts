/**
 * Checking answers: one pass of the form's JSON Schema validator, then a cheap classification of its
 * errors into invalid (refused even in a draft) and incomplete (allowed in a draft, blocks confirmation).
 */
import type { ErrorObject } from 'ajv';
import type { CompiledForm } from './form.ts';
import type { GroupModel, QuestionModel, SectionModel } from './model.ts';
import { messageFor, unknownQuestionMessage } from './messages.ts';
import { DISPLAY_TIME_ZONE } from './display.ts';
import { dayIn } from './day.ts';
import { checkBeyondSchema, checkItemKeys, hasRulesBeyondSchema } from './beyond-schema.ts';
import { groupState } from './visibility.ts';
import type { AnswerCheck, AnswerError, Answers } from './types.ts';
import { parsePointer, toPointer } from './pointer.ts';
import { ENGLISH } from './i18n/engine-text.ts';
import type { Translate } from './i18n/translator.ts';

/** An empty text, an empty list of ticks and an empty list count as no answer. */
export function isEmptyAnswer(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && isBlank(value)) || (Array.isArray(value) && value.length === 0);
}

/** Trims (a copy of the text) only when the text starts with a space: most answers do not, and every check walks them all. */
const isBlank = (text: string) => text.length === 0 || (text.charCodeAt(0) <= 32 || text.charCodeAt(0) === 160 || text.charCodeAt(0) > 0x167f ? text.trim() === '' : false);

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
  /** The language of the messages built when a definition writes none: English unless given. */
  t?: Translate;
}

/** Checks answers (normalising them first). Every error names its section, question and pointer. */
export function checkAnswers(form: CompiledForm, answers: unknown, options: CheckOptions = {}): AnswerCheck {
  const normalised = normaliseAnswers(form, answers);
  return checkNormalised(form, normalised, form.validate(normalised) ? [] : form.validate.errors ?? [], options);
}

/**
 * The errors of one section only: exactly checkAnswers(...) filtered to `section`, running only that
 * section's validator (the form's rules never look outside a section). Without section validators
 * (some precompiled forms) it checks the whole record and filters.
 */
export function checkSection(form: CompiledForm, answers: unknown, section: string, options: CheckOptions = {}): AnswerCheck {
  const validate = form.sectionValidators?.get(section);
  if (!validate || !isPlainObject(answers)) {
    const whole = checkAnswers(form, answers, options);
    return { invalid: whole.invalid.filter((e) => e.section === section), incomplete: whole.incomplete.filter((e) => e.section === section) };
  }
  const current = answers[section];
  // Only this section's answers: the item key and date checks after the schema pass then look at it alone.
  const only: Answers = { [section]: (current === undefined ? {} : isPlainObject(current) ? normaliseGroup(current) : current) as Answers[string] };
  const valid = validate(only[section], { instancePath: toPointer([section]), parentData: only, parentDataProperty: section, rootData: only, dynamicAnchors: {} });
  return checkNormalised(form, only, valid ? [] : validate.errors ?? [], options);
}

/** Classifies the schema errors of normalised answers, then runs the checks JSON Schema cannot say. */
function checkNormalised(form: CompiledForm, normalised: Answers, errors: ErrorObject[], options: CheckOptions): AnswerCheck {
  const result: AnswerCheck = { invalid: [], incomplete: [] };
  const t = options.t ?? ENGLISH;
  if (errors.length > 0) classify(form, normalised, errors, result, t);
  if (form.keyedLists.length > 0) checkItemKeys(form, normalised, result, t);
  const now = options.now ?? new Date();
  if (Number.isNaN(new Date(now).getTime())) throw new TypeError(`checkAnswers: "now" must be a date-time, not ${JSON.stringify(options.now)}`);
  // Only date rules need "today", and working out a day in a time zone costs as much as a tenth of the schema pass.
  if (hasRulesBeyondSchema(form)) {
    const timeZone = options.timeZone ?? DISPLAY_TIME_ZONE;
    checkBeyondSchema(form, normalised, { today: dayIn(now, timeZone)!, timeZone }, result, t);
  }
  return result;
}

function classify(form: CompiledForm, answers: Answers, errors: ErrorObject[], result: AnswerCheck, t: Translate): void {
  const seen = new Set<string>();
  const typed = new Set<string>();
  for (const error of errors) {
    if (error.keyword === 'type') typed.add(error.instancePath);
  }
  for (const error of errors) {
    const found = toAnswerError(form, answers, error, typed, t);
    if (!found) continue;
    const id = `${found.error.pointer} ${found.error.rule}`;
    if (seen.has(id)) continue;
    seen.add(id);
    (found.incomplete ? result.incomplete : result.invalid).push(found.error);
  }
}

const CHOICE_KEYWORDS = new Set(['const', 'enum', 'oneOf']);

function toAnswerError(
  form: CompiledForm, answers: Answers, error: ErrorObject, typed: Set<string>, t: Translate,
): { error: AnswerError; incomplete: boolean } | undefined {
  const { keyword, params } = error;
  if (keyword === 'if' || keyword === 'allOf' || keyword === 'anyOf' || keyword === 'not') return undefined;
  const path = parsePointer(error.instancePath);
  if (keyword === 'required') {
    return located(form, [...path, params.missingProperty as string], 'required', params, true, t);
  }
  if (keyword === 'unevaluatedProperties' || keyword === 'additionalProperties') {
    const key = (params.unevaluatedProperty ?? params.additionalProperty) as string;
    return extraAnswer(form, answers, path, key, t);
  }
  // A wrong type also fails every choice's const; report the type once.
  if (CHOICE_KEYWORDS.has(keyword) && typed.has(error.instancePath)) return undefined;
  const rule = CHOICE_KEYWORDS.has(keyword) ? 'enum' : keyword;
  const found = located(form, path, rule, params, false, t);
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
  form: CompiledForm, path: string[], rule: string, params: Record<string, unknown>, incomplete: boolean, t: Translate,
): ({ error: AnswerError; incomplete: boolean; question?: QuestionModel }) | undefined {
  const location = locate(form, path);
  if (!location) {
    return { error: { section: '', question: '', pointer: toPointer(path), rule, message: t('engine.error.notGrouped') }, incomplete };
  }
  const { section, question, pointer } = location;
  const key = question?.key ?? (path.length >= 2 ? path[path.length - 1]! : '');
  const isItem = question?.list !== undefined && path.length === 3;
  const message = !question
    ? t('engine.error.notGroupedByQuestion', { section: section.title })
    : isItem ? t('engine.error.itemNotObject', { singular: question.list!.noun.singular, title: question.title }) : messageFor(question, rule, params, t);
  return { error: { section: section.key, question: key, pointer, rule, message }, incomplete, question };
}

/** An answer the schema did not expect: to a follow-up that is hidden, or to no question at all. */
function extraAnswer(
  form: CompiledForm, answers: Answers, path: string[], key: string, t: Translate,
): { error: AnswerError; incomplete: boolean } | undefined {
  if (path.length === 0) {
    return { error: { section: key, question: '', pointer: toPointer([key]), rule: 'unknown', message: unknownQuestionMessage(key, undefined, t) }, incomplete: false };
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
    return { error: { section: location.section.key, question: key, pointer, rule: 'unknown', message: unknownQuestionMessage(key, where, t) }, incomplete: false };
  }
  // A visible answer is reported as unevaluated only when its own check failed; that error says why.
  if (groupState(group, values).visible.has(key)) return undefined;
  return { error: { section: location.section.key, question: key, pointer, rule: 'hidden', message: messageFor(question, 'hidden', {}, t) }, incomplete: false };
}

function valueAt(root: unknown, path: string[]): unknown {
  let current = root;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
