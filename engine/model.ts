/**
 * Reads a (checked) definition into the tree the engine walks: sections hold groups of questions, and a
 * group's follow-up rules hold further groups. Parsing never evaluates code, so it runs in the browser.
 */
import { DefinitionError } from './definition-error.ts';
import { parseCondition, type Condition } from './condition.ts';
import { listNoun, type ListNoun } from './list-noun.ts';
import type { DefinitionProblem } from './types.ts';
import type { DateKeyword, FlagRule, FormKeyword, PageKeyword, QuestionKind, Role } from './vocabulary/index.ts';
import { pageOf } from './vocabulary/x-page.ts';
import { ANSWER_KEYWORDS } from './vocabulary/answer-keywords.ts';

export type JsonObject = Record<string, unknown>;

export interface Choice {
  value: string;
  label: string;
  hint?: string;
  /** x-exclusive (vocabulary/x-exclusive.ts): ticked on its own (multiple choice). */
  exclusive?: true;
}

export interface QuestionModel {
  key: string;
  kind: QuestionKind;
  title: string;
  description?: string;
  /** The question's own JSON Schema, as written. */
  schema: JsonObject;
  /** Where the question is declared in the definition, for problem reports. */
  definitionPointer: string;
  errors: Record<string, string>;
  prefill: boolean;
  flags: FlagRule[];
  choices?: Choice[];
  maxLength?: number;
  minItems?: number;
  /** x-date (vocabulary/x-date.ts): limits relative to the day the answer is checked. */
  dateLimits?: DateKeyword;
  /** itemTitle: undefined only in a definition the checker refuses; the view says "Item" in the reader's language. */
  list?: { itemTitle?: string; itemKey?: string; noun: ListNoun; item: GroupModel };
}

/** A set of questions shown together: a section's always-shown questions, a list item, or a follow-up `then`. */
export interface GroupModel {
  questions: QuestionModel[];
  required: string[];
  rules: RuleModel[];
  /** Every question declared in this group or any of its follow-ups, by key (first declaration wins). */
  byKey: Map<string, QuestionModel>;
}

export interface RuleModel {
  condition: Condition;
  then: GroupModel;
  /** x-page (vocabulary/x-page.ts): the follow-ups are asked on their own page, after the question page. */
  page?: PageKeyword;
}

export interface SectionModel extends GroupModel {
  key: string;
  title: string;
  description?: string;
  editRoles: Role[];
  requiredForConfirmation: boolean;
}

export interface FormModel {
  name: string;
  version: string;
  title: string;
  description?: string;
  settings: FormKeyword;
  sections: SectionModel[];
  sectionByKey: Map<string, SectionModel>;
  /** Form-wide index of top-level questions (keys are unique in a form), used by prefill. */
  questionByKey: Map<string, { section: SectionModel; question: QuestionModel }>;
}

export type FormDefinition = JsonObject;

export function readFormModel(definition: unknown): FormModel {
  const problems: DefinitionProblem[] = [];
  const root = asObject(definition);
  const settings = asObject(root['x-form']) as unknown as FormKeyword;
  if (typeof settings.name !== 'string' || typeof settings.version !== 'string') {
    throw new DefinitionError([{ pointer: '/x-form', message: 'x-form must give the form name and version' }]);
  }
  const sections: SectionModel[] = [];
  for (const [key, raw] of Object.entries(asObject(root.properties))) {
    const schema = asObject(raw);
    const xSection = asObject(schema['x-section']);
    const group = readGroup(schema, `/properties/${key}`, problems);
    sections.push({
      ...group,
      key,
      title: String(schema.title ?? key),
      description: optionalString(schema.description),
      editRoles: (Array.isArray(xSection.editRoles) ? xSection.editRoles : []) as Role[],
      requiredForConfirmation: xSection.requiredForConfirmation === true,
    });
  }
  if (problems.length > 0) throw new DefinitionError(problems);
  const questionByKey = new Map<string, { section: SectionModel; question: QuestionModel }>();
  for (const section of sections) {
    for (const question of section.byKey.values()) {
      if (!questionByKey.has(question.key)) questionByKey.set(question.key, { section, question });
    }
  }
  return {
    name: settings.name,
    version: settings.version,
    title: String(root.title ?? settings.name),
    description: optionalString(root.description),
    settings,
    sections,
    sectionByKey: new Map(sections.map((s) => [s.key, s])),
    questionByKey,
  };
}

function readGroup(schema: JsonObject, at: string, problems: DefinitionProblem[]): GroupModel {
  const byKey = new Map<string, QuestionModel>();
  const questions: QuestionModel[] = [];
  for (const [key, raw] of Object.entries(asObject(schema.properties))) {
    const question = readQuestion(key, asObject(raw), `${at}/properties/${key}`, problems);
    questions.push(question);
    if (!byKey.has(key)) byKey.set(key, question);
  }
  const rules: RuleModel[] = [];
  const allOf = Array.isArray(schema.allOf) ? schema.allOf : [];
  allOf.forEach((entry, index) => {
    const rule = asObject(entry);
    const rulePointer = `${at}/allOf/${index}`;
    const condition = parseCondition(rule.if, `${rulePointer}/if`, problems);
    const then = readGroup(asObject(rule.then), `${rulePointer}/then`, problems);
    for (const [key, question] of then.byKey) if (!byKey.has(key)) byKey.set(key, question);
    const page = pageOf(asObject(rule.then));
    if (condition) rules.push({ condition, then, ...(page ? { page } : {}) });
  });
  const required = Array.isArray(schema.required) ? schema.required.filter((k): k is string => typeof k === 'string') : [];
  return { questions, required, rules, byKey };
}

function readQuestion(key: string, schema: JsonObject, at: string, problems: DefinitionProblem[]): QuestionModel {
  const kind = schema['x-kind'] as QuestionKind;
  const question: QuestionModel = {
    key,
    kind,
    title: String(schema.title ?? key),
    description: optionalString(schema.description),
    schema,
    definitionPointer: at,
    errors: asObject(schema['x-errors']) as Record<string, string>,
    prefill: schema['x-prefill'] === true,
    flags: (Array.isArray(schema['x-flags']) ? schema['x-flags'] : []) as FlagRule[],
    maxLength: typeof schema.maxLength === 'number' ? schema.maxLength : undefined,
    minItems: typeof schema.minItems === 'number' ? schema.minItems : undefined,
  };
  for (const keyword of ANSWER_KEYWORDS) Object.assign(question, keyword.question?.(schema));
  if (kind === 'yesNo') {
    question.choices = [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }];
  } else if (kind === 'singleChoice') {
    question.choices = readChoices(schema.oneOf);
  } else if (kind === 'multipleChoice') {
    question.choices = readChoices(asObject(schema.items).oneOf);
  } else if (kind === 'list') {
    const xList = asObject(schema['x-list']);
    question.list = {
      itemTitle: optionalString(xList.itemTitle),
      itemKey: optionalString(xList.itemKey),
      noun: listNoun(xList),
      item: readGroup(asObject(schema.items), `${at}/items`, problems),
    };
  } else if (!['text', 'longText', 'number', 'date', 'dateTime'].includes(kind)) {
    problems.push({ pointer: at, message: `question "${key}" needs an x-kind` });
  }
  return question;
}

function readChoices(oneOf: unknown): Choice[] {
  if (!Array.isArray(oneOf)) return [];
  return oneOf.map((raw) => {
    const choice = asObject(raw);
    const read: Choice = { value: String(choice.const), label: String(choice.title ?? choice.const), hint: optionalString(choice.description) };
    for (const keyword of ANSWER_KEYWORDS) Object.assign(read, keyword.choice?.(choice));
    return read;
  });
}

export function asObject(value: unknown): JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : {};
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
