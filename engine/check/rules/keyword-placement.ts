import type { NodeRole } from '../context.ts';
import { keywordProblem } from '../problem.ts';
import type { Rule } from '../rule.ts';
import { ANSWER_KEYWORDS } from '../../vocabulary/answer-keywords.ts';
import { joined, words, type ProblemWords } from '../words.ts';

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

const WHERE: Record<string, ProblemWords> = {
  ...Object.fromEntries(['root', 'section', 'item', 'rule', 'condition', 'followUps', 'choice', 'choiceItems'].map((role) => [role, words(`checker.where.${role}`)])),
  checkbox: words('checker.where.checkbox', {
    keywords: joined(['"const", "title", "description"', ...ANSWER_KEYWORDS.filter((k) => k.home.roles.includes('checkbox')).map((k) => `"${String(k.definition.keyword)}"`)], 'and'),
  }),
};

/** Where each vocabulary keyword belongs; an answer keyword says so in its own module. */
const HOME: Record<string, { roles: NodeRole[]; placeKey: string }> = {
  'x-form': { roles: ['root'], placeKey: 'checker.home.root' },
  'x-section': { roles: ['section'], placeKey: 'checker.home.section' },
  'x-kind': { roles: ['question'], placeKey: 'checker.home.question' },
  'x-errors': { roles: ['question'], placeKey: 'checker.home.question' },
  'x-prefill': { roles: ['question'], placeKey: 'checker.home.question' },
  'x-flags': { roles: ['question'], placeKey: 'checker.home.question' },
  'x-list': { roles: ['question'], placeKey: 'checker.home.list' },
  'x-page': { roles: ['followUps'], placeKey: 'checker.home.then' },
  ...Object.fromEntries(ANSWER_KEYWORDS.map((k) => [k.definition.keyword as string, { roles: k.home.roles, placeKey: k.placeKey }])),
};

/** A vocabulary keyword whose home is not `role`: this rule reports it, so others need not. */
export function belongsElsewhere(keyword: string, role: NodeRole): boolean {
  return HOME[keyword] !== undefined && !HOME[keyword].roles.includes(role);
}

const HINTS: Record<string, ProblemWords> = {
  'section:additionalProperties': words('checker.hint.unevaluated'),
  'item:additionalProperties': words('checker.hint.unevaluated'),
  'rule:else': words('checker.hint.else'),
};

export const keywordPlacement: Rule = (ctx) => ctx.nodes.flatMap((node) => Object.keys(node.schema).flatMap((keyword) => {
  if (!ctx.validators.knownKeywords.has(keyword)) return [];
  const home = HOME[keyword];
  if (home) {
    return home.roles.includes(node.role) ? [] : [keywordProblem(node.pointer, keyword, 'checker.placement.belongs', { keyword, place: words(home.placeKey) })];
  }
  const allowed = ALLOWED[node.role];
  if (!allowed || allowed.includes(keyword)) return [];
  const hint = HINTS[`${node.role}:${keyword}`] ?? '';
  return [keywordProblem(node.pointer, keyword, 'checker.placement.notUsed', { keyword, where: WHERE[node.role], hint })];
}));
