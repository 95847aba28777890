import type { DefinitionProblem } from '../types.ts';
import { buildContext } from './context.ts';
import type { Rule } from './rule.ts';
import type { CheckValidators } from './validators.ts';
import { isObject } from './schema-object.ts';
import { problem } from './problem.ts';
import { childPointer } from '../pointer.ts';
import { conditions } from './rules/conditions.ts';
import { flags } from './rules/flags.ts';
import { formVersion } from './rules/form-version.ts';
import { jsonSchema } from './rules/json-schema.ts';
import { keywordPlacement } from './rules/keyword-placement.ts';
import { kindSchema } from './rules/kind-schema.ts';
import { listItem } from './rules/list-item.ts';
import { pattern } from './rules/pattern.ts';
import { questionKeys } from './rules/question-keys.ts';
import { questionKind } from './rules/question-kind.ts';
import { requiredMessage } from './rules/required-message.ts';
import { requiredNames } from './rules/required-names.ts';
import { root } from './rules/root.ts';
import { section } from './rules/section.ts';
import { unknownKeyword } from './rules/unknown-keyword.ts';
import { vocabularyValues } from './rules/vocabulary-values.ts';
import { listPrefill } from './rules/list-prefill.ts';
import { eventTypes } from './rules/event-types.ts';
import { errorMessages } from './rules/error-messages.ts';
import { limits } from './rules/limits.ts';
import { shapes } from './rules/shapes.ts';
import { ANSWER_KEYWORDS } from '../vocabulary/answer-keywords.ts';
import { followUpPrefill } from './rules/follow-up-prefill.ts';
import { openedListPrefill } from './rules/opened-list-prefill.ts';
import { pageFollowUps } from './rules/page-follow-ups.ts';

/** Every check, one a file in ./rules, and each answer keyword's own (in its module); docs/definitions.md lists what each reports. */
export const RULES: Rule[] = [
  root, shapes, formVersion, eventTypes, vocabularyValues, section, unknownKeyword, keywordPlacement, questionKind, kindSchema,
  questionKeys, pattern, limits, requiredNames, requiredMessage, errorMessages, conditions, flags, listItem, listPrefill, followUpPrefill, openedListPrefill, pageFollowUps,
  ...ANSWER_KEYWORDS.flatMap((k) => (k.rule ? [k.rule] : [])), jsonSchema,
];

/**
 * Checks a form definition against docs/definitions.md and returns every problem at once, each with a
 * JSON pointer into the definition, in document order. An empty list means the definition is usable.
 * `validators` decides where ajv's work comes from: index.ts (Node) or browser.ts.
 */
export function checkDefinitionWith(validators: CheckValidators, definition: unknown): DefinitionProblem[] {
  if (!isObject(definition)) return [problem('', 'checker.notAnObject')];
  const ctx = buildContext(definition, validators);
  const seen = new Set<string>();
  const unique = RULES.flatMap((rule) => rule(ctx))
    .filter((p) => (seen.has(`${p.pointer}\n${p.message}`) ? false : (seen.add(`${p.pointer}\n${p.message}`), true)));
  return inDocumentOrder(definition, unique);
}

/** `problems` sorted by where their pointers are in the definition as written (stable for equal places). */
export function inDocumentOrder<T extends { pointer: string }>(definition: unknown, problems: T[]): T[] {
  const order = documentOrder(definition);
  return problems.map((p, i) => ({ p, at: positionOf(p.pointer, order), i }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map(({ p }) => p);
}

/** Position of every pointer in the definition as written, so problems read top to bottom. */
function documentOrder(definition: unknown): Map<string, number> {
  const order = new Map<string, number>();
  const visit = (value: unknown, pointer: string) => {
    order.set(pointer, order.size);
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, childPointer(pointer, i)));
    else if (isObject(value)) for (const [k, v] of Object.entries(value)) visit(v, childPointer(pointer, k));
  };
  visit(definition, '');
  return order;
}

/** A pointer to something missing sorts with the nearest part of the definition that is there. */
function positionOf(pointer: string, order: Map<string, number>): number {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const at = order.get(p);
    if (at !== undefined) return at + (p === pointer ? 0 : 0.5);
    if (p === '') return 0;
  }
}
