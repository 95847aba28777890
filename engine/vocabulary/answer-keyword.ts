/**
 * The shape of a vocabulary keyword that checks answers beyond what JSON Schema can say (ajv's
 * lib/vocabularies shape: one module per keyword). Each module holds all there is to the keyword: its
 * meta-schema (for ajv and the definition checker), what it adds to the model, its check on an answer,
 * the default message of each rule it reports, and when a definition's x-errors message for such a rule
 * could ever show, where a definition may hold it and what else a definition using it must hold (for the
 * definition checker), and what it adds to the confirmation schema. The registry
 * (vocabulary/answer-keywords.ts) is looped over; nothing else names the keyword.
 */
import type { Translate } from '../i18n/translator.ts';
import type { KeywordDefinition } from 'ajv';
import type { NodeRole } from '../check/context.ts';
import type { Rule } from '../check/rule.ts';
import type { Choice, JsonObject, QuestionModel } from '../model.ts';
import type { ProblemWords } from '../types.ts';
import type { QuestionKind } from './x-kind.ts';

export type RuleParams = Record<string, unknown>;

/** The day answers are checked on ("2025-03-03") and whose day it is. */
export interface CheckDay {
  today: string;
  timeZone: string;
}

export interface AnswerKeyword {
  /** The keyword and its meta-schema, as ajv registers it. */
  definition: KeywordDefinition;
  /** What the keyword adds to a question read from its schema (undefined: nothing). */
  question?(schema: JsonObject): Partial<QuestionModel> | undefined;
  /** What the keyword adds to a choice read from its schema (undefined: nothing). */
  choice?(schema: JsonObject): Partial<Choice> | undefined;
  /** Whether answers to `question` need this keyword's check: most questions do not, so most forms skip the walk. */
  applies(question: QuestionModel): boolean;
  /** The rule an answer (never empty) breaks, with the parameters its message uses; undefined when it breaks none. */
  check(question: QuestionModel, value: unknown, day: CheckDay): { rule: string; params?: RuleParams } | undefined;
  /** The default message of each rule, used when the question's x-errors has none, in the words of engine.json for `t`'s language. */
  messages: Record<string, (question: QuestionModel, params: RuleParams, t: Translate) => string>;
  /** Per rule: whether a question schema declares it, and what to say when x-errors has a message for it but the schema does not. */
  declared: Record<string, { on(schema: JsonObject): boolean; problem(name: ProblemWords): ProblemWords }>;
  /**
   * Where a definition may hold the keyword: the parts of a form (and, on a question, the kinds) it
   * belongs to, and the same in words; the checker's keyword placement reports it anywhere else.
   */
  home: { roles: NodeRole[]; kinds?: QuestionKind[]; place: string };
  /** `place` said by key (forms/locales/<lang>/checker.json), for the checker's problems; its English is `place`. */
  placeKey: string;
  /** What else a definition using the keyword must hold: a rule the definition checker runs with its own. */
  rule?: Rule;
  /** What the keyword means, in the words of docs/definitions.md, for editors' hover (engine/definition-meta-schema.ts). */
  about: string;
  /** For the changes between two versions (engine/diff): what the keyword is called in a sentence, and what breaking each rule means. */
  words: { keyword?: string; rules: Record<string, string> };
  /** The plain JSON Schema keywords the keyword adds to a question in the confirmation schema, when JSON Schema can say its check. */
  confirmation?(schema: JsonObject): JsonObject | undefined;
}

/** A question's title as the start of a sentence: "Date of birth". */
export const nameOf = (question: QuestionModel) => question.title.replace(/\?$/, '');
