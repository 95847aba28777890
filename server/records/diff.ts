/**
 * Turns the engine's record diff into the smallest store update: one path per changed answer, prefill
 * mark and answer revision, and appended entries as pushes.
 */
import type { RecordDiff } from '../../engine/record-diff.ts';
import type { AuditEntry, RecordUpdate } from '../store/types.ts';
import type { FormRecord } from '../../engine/types.ts';
import { recordPath } from '../store/paths.ts';

export function isEmptyDiff(diff: RecordDiff): boolean {
  return diff.writes.length === 0;
}

export function toUpdate(before: FormRecord, diff: RecordDiff, audit: Omit<AuditEntry, 'id' | 'recordId' | 'changes'>): RecordUpdate {
  const update: RecordUpdate = { expectedRevision: before.revision, set: {}, unset: [], push: {}, audit: { ...audit, changes: diff.changes }, base: before };
  for (const write of diff.writes) {
    const path = recordPath(...write.path);
    if (write.op === 'set') update.set[path] = write.value;
    else if (write.op === 'unset') update.unset.push(path);
    else update.push[path] = write.items;
  }
  return update;
}
