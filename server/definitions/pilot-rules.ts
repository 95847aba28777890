/**
 * Checks a proposed pilot rule against what exists (the form and version are published, every region
 * and location is known, the dates are in order) and builds the rollout its approval makes: the rule
 * goes first among the form's rules, so the newest pilot wins where pilots overlap.
 */
import type { Rollout, RolloutRule } from '../../engine/rollout.ts';
import type { FormsRegistry } from '../forms-registry.ts';
import { badRequest, fieldProblem, words, type FieldProblem } from '../http/errors.ts';

export function checkPilotRule(forms: FormsRegistry, form: string, rule: RolloutRule): void {
  const versions = forms.list().find((f) => f.name === form)?.versions;
  const problems: FieldProblem[] = [];
  const problem = (field: string, key: string, params: Record<string, string> = {}) => problems.push(fieldProblem(field, words(`api.pilot.${key}`, { field, ...params })));
  if (!versions) problem('/form', 'noForm', { value: form });
  else if (!versions.includes(rule.version)) problem('/rule/version', 'noVersion', { value: rule.version, form, versions: versions.join(', ') });
  const regions = new Set(forms.regions.map((r) => r.code));
  (rule.when.regions ?? []).forEach((code, i) => {
    if (!regions.has(code)) problem(`/rule/when/regions/${i}`, 'noRegion', { value: code });
  });
  (rule.when.locations ?? []).forEach((code, i) => {
    if (!forms.location(code)) problem(`/rule/when/locations/${i}`, 'noLocation', { value: code });
  });
  if (rule.when.from && rule.when.until && rule.when.until < rule.when.from) problem('/rule/when/until', 'untilBeforeFrom', { from: rule.when.from });
  if (problems.length > 0) throw badRequest(words('api.body.invalid', undefined, undefined, { problems: problems.map((p) => p.words!) }), problems);
}

export function withPilot(rollout: Rollout, form: string, rule: RolloutRule): Rollout {
  const entry = rollout.forms[form];
  return { forms: { ...rollout.forms, [form]: { ...entry, rules: [rule, ...entry.rules] } } };
}
