import type { NodeRole } from '../context.ts';
import { keywordProblem } from '../problem.ts';
import type { Rule } from '../rule.ts';
import { ANSWER_KEYWORDS } from '../../vocabulary/answer-keywords.ts';

/**
 * The keywords each part of a form may use. Anything else known to JSON Schema would either be ignored
 * by the engine or change the answers' rules behind its back. Questions are checked by kind (kind-schema.ts),
 * the tests inside an `if` by conditions.ts; `other` schemas are free.
 */
const ALLOWED: Partial<Record<NodeRole, string[]>> = {
  root: ['$schema', '$id', '$comment', 'title', 'description', 'x-form', 'type', 'properties', 'additionalProperties'],
  section: ['$comment', 'type', 'title', 'description', 'x-section', 'properties', 'required', 'allOf', 'unevaluatedProperties'],
  item: ['$comment', 'type', 'properties', 'required', 'allOf', 'unevaluatedProperties'],
  rule: ['$comment', 'if', 'then'],
  condition: ['properties', 'required'],
  followUps: ['$comment', 'properties', 'required', 'allOf'],
  choice: ['$comment', 'const', 'title', 'description'],
  checkbox: ['$comment', 'const', 'title', 'description'],
  choiceItems: ['$comment', 'type', 'oneOf'],
};

const WHERE: Record<string, string> = {
  root: 'at the root of the form',
  section: 'in a section',
  item: 'in the items of a list',
  rule: 'in a follow-up rule (an entry of "allOf" holds only "if" and "then")',
  condition: 'in an "if" (it holds only "properties" and "required")',
  followUps: 'in a "then" (it holds only "properties", "required", "allOf" and "x-page")',
  choice: 'in a choice (it holds "const", "title" and "description")',
  checkbox: `in a choice (it holds "const", "title", "description"${ANSWER_KEYWORDS.filter((k) => k.home.roles.includes('checkbox')).map((k) => ` and "${String(k.definition.keyword)}"`).join('')})`,
  choiceItems: 'in the items of a multiple-choice question (they hold "type" and "oneOf")',
};

/** Where each vocabulary keyword belongs; an answer keyword says so in its own module. */
const HOME: Record<string, { roles: NodeRole[]; place: string }> = {
  'x-form': { roles: ['root'], place: 'at the root of the form' },
  'x-section': { roles: ['section'], place: 'on a section (a property of the root)' },
  'x-kind': { roles: ['question'], place: 'on a question' },
  'x-errors': { roles: ['question'], place: 'on a question' },
  'x-prefill': { roles: ['question'], place: 'on a question' },
  'x-flags': { roles: ['question'], place: 'on a question' },
  'x-list': { roles: ['question'], place: 'on a question of kind "list"' },
  'x-page': { roles: ['followUps'], place: 'on the "then" of a follow-up rule' },
  ...Object.fromEntries(ANSWER_KEYWORDS.map((k) => [k.definition.keyword as string, k.home])),
};

/** A vocabulary keyword whose home is not `role`: this rule reports it, so others need not. */
export function belongsElsewhere(keyword: string, role: NodeRole): boolean {
  return HOME[keyword] !== undefined && !HOME[keyword].roles.includes(role);
}

const HINTS: Record<string, string> = {
  'section:additionalProperties': ': use "unevaluatedProperties": false, which also sees follow-up questions',
  'item:additionalProperties': ': use "unevaluatedProperties": false, which also sees follow-up questions',
  'rule:else': ': write a second "if"/"then" with the opposite condition instead',
};

export const keywordPlacement: Rule = (ctx) => ctx.nodes.flatMap((node) => Object.keys(node.schema).flatMap((keyword) => {
  if (!ctx.validators.knownKeywords.has(keyword)) return [];
  const home = HOME[keyword];
  if (home) {
    return home.roles.includes(node.role) ? [] : [keywordProblem(node.pointer, keyword, `"${keyword}" belongs ${home.place}, not here`)];
  }
  const allowed = ALLOWED[node.role];
  if (!allowed || allowed.includes(keyword)) return [];
  const hint = HINTS[`${node.role}:${keyword}`] ?? '';
  return [keywordProblem(node.pointer, keyword, `"${keyword}" is not used ${WHERE[node.role]}${hint}`)];
}));
