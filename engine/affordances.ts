/** What the viewer may do with a record now: its state's rules (states.ts) met with their roles (access.ts). */
import { canAddEntries, canCancel, canConfirm } from './access.ts';
import type { CompiledForm } from './form.ts';
import { acceptsEntries, answersCanChange, canBeCancelled, handoverAhead } from './states.ts';
import type { FormRecord, RecordAffordances, RecordScreen, Role } from './types.ts';

export function recordAffordances(form: CompiledForm, record: FormRecord, roles: readonly Role[] = []): RecordAffordances {
  const editable = answersCanChange(record.state);
  const cancellable = canBeCancelled(record.state) && canCancel(form, roles);
  const entries = acceptsEntries(record.state) && canAddEntries(form, roles);
  const settings = form.model.settings;
  const screens: RecordScreen[] = editable
    ? ['tasks', 'section', 'check']
    : ['locked', ...(entries ? ['handover' as const] : []), ...(entries && settings.eventTypes?.length ? ['event' as const] : []), ...(entries && settings.redFlagPage ? ['redFlag' as const] : [])];
  if (cancellable) screens.push('cancel');
  return {
    editable, confirmable: editable && canConfirm(form, roles), cancellable, entries, handoverAhead: handoverAhead(record.state),
    screens, home: editable ? 'tasks' : 'locked',
  };
}
