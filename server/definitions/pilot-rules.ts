/**
 * Checks a proposed pilot rule against what exists (the form and version are published, every region
 * and location is known, the dates are in order) and builds the rollout its approval makes: the rule
 * goes first among the form's rules, so the newest pilot wins where pilots overlap.
 */
import type { Rollout, RolloutRule } from '../../engine/rollout.ts';
import type { FormsRegistry } from '../forms-registry.ts';
import { badRequest, type FieldProblem } from '../http/errors.ts';

export function checkPilotRule(forms: FormsRegistry, form: string, rule: RolloutRule): void {
  const versions = forms.list().find((f) => f.name === form)?.versions;
  const problems: FieldProblem[] = [];
  if (!versions) problems.push({ field: '/form', message: `"${form}" is not a published form` });
  else if (!versions.includes(rule.version)) problems.push({ field: '/rule/version', message: `"${rule.version}" is not a published version of ${form} (published: ${versions.join(', ')})` });
  const regions = new Set(forms.regions.map((r) => r.code));
  (rule.when.regions ?? []).forEach((code, i) => {
    if (!regions.has(code)) problems.push({ field: `/rule/when/regions/${i}`, message: `"${code}" is not a known region` });
  });
  (rule.when.locations ?? []).forEach((code, i) => {
    if (!forms.location(code)) problems.push({ field: `/rule/when/locations/${i}`, message: `"${code}" is not a known location` });
  });
  if (rule.when.from && rule.when.until && rule.when.until < rule.when.from) problems.push({ field: '/rule/when/until', message: `is before /rule/when/from (${rule.when.from})` });
  if (problems.length > 0) throw badRequest(problems.map((p) => `${p.field} ${p.message}`).join('; '), problems);
}

export function withPilot(rollout: Rollout, form: string, rule: RolloutRule): Rollout {
  const entry = rollout.forms[form];
  return { forms: { ...rollout.forms, [form]: { ...entry, rules: [rule, ...entry.rules] } } };
}
