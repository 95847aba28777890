/** Conditions and rules in a steering group's words: "mandatory when 'Are they violent?' is Yes". */
import type { Condition, ValueTest } from '../condition.ts';
import { displayValue } from '../display.ts';
import type { QuestionModel } from '../model.ts';
import type { FlagRule, QuestionKind } from '../vocabulary/index.ts';
import type { RulePaths } from './facts.ts';
import { andList, orList } from '../i18n/engine-text.ts';
import { rolesIn } from '../i18n/role-titles.ts';
import { textIfAny, type Translate } from './text.ts';

export const quote = (text: string, t: Translate) => t('diff.quote', { text });

export const kindWords = (kind: QuestionKind, t: Translate) => textIfAny(t, `diff.kind.${kind}`) ?? kind;

function valueWords(question: QuestionModel | undefined, value: unknown, t: Translate): string {
  if (!question) return JSON.stringify(value);
  return (question.kind === 'multipleChoice' ? displayValue(question, [value], undefined, t) : displayValue(question, value, undefined, t)) ?? String(value);
}

export { andList, orList } from '../i18n/engine-text.ts';

function testWords(test: ValueTest, question: QuestionModel | undefined, name: string, t: Translate): string {
  switch (test.kind) {
    case 'const':
      return t('diff.test.is', { question: name, value: valueWords(question, test.value, t) });
    case 'enum':
      return t('diff.test.is', { question: name, value: orList(test.values.map((v) => valueWords(question, v, t)), t) });
    case 'contains':
      return t('diff.test.includes', { question: name, values: orList(test.values.map((v) => valueWords(question, v, t)), t) });
  }
}

/** "'Are they violent?' is Yes and 'Were they armed?' is Knife or Firearm". */
export function conditionWords(condition: Condition, scope: Map<string, QuestionModel>, t: Translate): string {
  const tested = new Set(condition.tests.map((c) => c.key));
  const name = (key: string) => quote(scope.get(key)?.title ?? key, t);
  const parts = condition.tests.map(({ key, test }) => testWords(test, scope.get(key), name(key), t));
  // A `required` key without a test only asks for an answer.
  for (const key of condition.required) if (!tested.has(key)) parts.push(t('diff.test.answered', { question: name(key) }));
  return andList(parts, t);
}

/** "when A is Yes" or "when A is Yes, or when B is No"; undefined when the rule always holds. */
export function ruleWords(paths: RulePaths, scope: Map<string, QuestionModel>, t: Translate): string | undefined {
  if (paths.length === 0 || paths.some((path) => path.length === 0)) return undefined;
  return paths.map((path) => t('diff.when', { conditions: andList(path.map((c) => conditionWords(c, scope, t)), t) }))
    .reduce((first, next) => t('diff.orWhen', { first, next }));
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
export function flagValueWords(flag: FlagRule, question: QuestionModel, t: Translate): string {
  return orList(flag.values.map((v) => valueWords(question, v, t)), t);
}

/** "an alert", "a warning", "an attention flag", "an information flag". */
export function flagLevelWords(level: string, t: Translate): string {
  return textIfAny(t, `diff.flagLevel.${level}`) ?? t('diff.flagLevel.other', { level });
}

/** Roles by their titles in the reader's language ("prison staff and auditors"), never by their codes. */
export function rolesWords(roles: readonly string[], t: Translate): string {
  return roles.length ? rolesIn(roles, t, 'and') : t('diff.nobody');
}
