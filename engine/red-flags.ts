/**
 * The red flag warning page: every alert flag raised by the answers (without retyping) plus the free
 * entries staff added. Each has an id the receiving officer acknowledges at handover.
 */
import { raisedFlags } from './derive.ts';
import type { CompiledForm } from './form.ts';
import type { FormRecord, RaisedFlag, RedFlagView } from './types.ts';

/** "flag:/risk/violent"; a multiple-choice answer can raise several alerts, so those add "=value". */
export function derivedFlagId(flag: RaisedFlag, multiple: boolean): string {
  return multiple ? `flag:${flag.pointer}=${String(flag.value)}` : `flag:${flag.pointer}`;
}

export function redFlagViews(form: CompiledForm, record: FormRecord, flags: RaisedFlag[] = raisedFlags(form, record.answers)): RedFlagView[] {
  const alerts = flags.filter((f) => f.level === 'alert');
  const perPointer = new Map<string, number>();
  for (const flag of alerts) perPointer.set(flag.pointer, (perPointer.get(flag.pointer) ?? 0) + 1);
  const derived: RedFlagView[] = alerts.map((flag) => ({
    id: derivedFlagId(flag, (perPointer.get(flag.pointer) ?? 0) > 1),
    risk: flag.label,
    source: 'answer',
  }));
  const entries: RedFlagView[] = record.redFlags.map((entry) => ({
    id: entry.id, risk: entry.risk, source: 'entry', identifiedBy: entry.identifiedBy, at: entry.at,
  }));
  return [...derived, ...entries];
}
