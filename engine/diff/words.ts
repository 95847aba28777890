/** Conditions and rules in a steering group's words: "mandatory when 'Are they violent?' is Yes". */
import type { Condition, ValueTest } from '../condition.ts';
import { displayValue } from '../display.ts';
import type { QuestionModel } from '../model.ts';
import type { FlagRule, QuestionKind } from '../vocabulary/index.ts';
import type { RulePaths } from './facts.ts';

export const quote = (text: string) => `'${text}'`;

const KIND_WORDS: Record<QuestionKind, string> = {
  yesNo: 'yes or no', singleChoice: 'one choice', multipleChoice: 'several choices', text: 'short text',
  longText: 'long text', number: 'number', date: 'date', dateTime: 'date and time', list: 'list',
};
export const kindWords = (kind: QuestionKind) => KIND_WORDS[kind] ?? kind;

function valueWords(question: QuestionModel | undefined, value: unknown): string {
  if (!question) return JSON.stringify(value);
  return (question.kind === 'multipleChoice' ? displayValue(question, [value]) : displayValue(question, value)) ?? String(value);
}

function orList(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

export function andList(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function testWords(test: ValueTest, question: QuestionModel | undefined): string {
  switch (test.kind) {
    case 'const':
      return `is ${valueWords(question, test.value)}`;
    case 'enum':
      return `is ${orList(test.values.map((v) => valueWords(question, v)))}`;
    case 'contains':
      return `includes ${orList(test.values.map((v) => valueWords(question, v)))}`;
  }
}

/** "'Are they violent?' is Yes and 'Were they armed?' is Knife or Firearm". */
export function conditionWords(condition: Condition, scope: Map<string, QuestionModel>): string {
  const tested = new Set(condition.tests.map((t) => t.key));
  const parts = condition.tests.map(({ key, test }) => `${quote(scope.get(key)?.title ?? key)} ${testWords(test, scope.get(key))}`);
  // A `required` key without a test only asks for an answer.
  for (const key of condition.required) if (!tested.has(key)) parts.push(`${quote(scope.get(key)?.title ?? key)} is answered`);
  return andList(parts);
}

/** "when A is Yes" or "when A is Yes, or when B is No"; undefined when the rule always holds. */
export function ruleWords(paths: RulePaths, scope: Map<string, QuestionModel>): string | undefined {
  if (paths.length === 0 || paths.some((path) => path.length === 0)) return undefined;
  return paths.map((path) => `when ${andList(path.map((c) => conditionWords(c, scope)))}`).join(', or ');
}

/** A rule as a comparable string: same conditions on the same keys and values, whatever the wording. */
export function ruleIdentity(paths: RulePaths): string {
  const conditions = (path: Condition[]) => path.map((c) => JSON.stringify([
    [...c.tests].sort((a, b) => a.key.localeCompare(b.key)).map(({ key, test }) => [key, test.kind, test.kind === 'const' ? [test.value] : [...test.values].map(String).sort()]),
    [...c.required].sort(),
  ])).sort().join('&');
  if (paths.length === 0) return 'never';
  if (paths.some((p) => p.length === 0)) return 'always';
  return [...new Set(paths.map(conditions))].sort().join('|');
}

/** "Yes", "Officers or Children": the answers that raise a flag. */
export function flagValueWords(flag: FlagRule, question: QuestionModel): string {
  return orList(flag.values.map((v) => valueWords(question, v)));
}

/** "an alert", "a warning", "an attention flag", "an information flag". */
export function flagLevelWords(level: string): string {
  return { alert: 'an alert', warning: 'a warning', attention: 'an attention flag', information: 'an information flag' }[level] ?? `a ${level} flag`;
}

export function rolesWords(roles: readonly string[]): string {
  return roles.length ? andList([...roles]) : 'nobody';
}
