/**
 * What the store contract tests share: the suite's context, a valid record with fresh random ids, an
 * update that sets answers, and the check that an action is refused with the expected error.
 */
import { randomUUID } from 'node:crypto';
import * as assert from 'uvu/assert';
import type { FormRecord } from '../../engine/types.ts';
import type { RecordUpdate, Store } from '../../server/store/types.ts';

export interface StoreContext { store: Store }

export const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 9, minute)).toISOString();

export function makeRecord(overrides: Partial<FormRecord> & { personId?: string; from?: string; to?: string; moveId?: string } = {}): FormRecord {
  const { personId, from, to, moveId, ...rest } = overrides;
  return {
    id: randomUUID(),
    form: 'form-a',
    version: '1.0.0',
    move: { id: moveId ?? randomUUID(), type: 'prison-to-court', from: from ?? 'LOC1', to: to ?? 'LOC2', date: '2026-01-02' },
    person: { id: personId ?? randomUUID(), name: 'Sam Example', dateOfBirth: '1990-04-01' },
    state: 'draft',
    answers: { sectionOne: { questionA: 'yes', list: [{ item: 'one' }] } },
    prefill: { '/sectionOne/questionA': { sourceRecordId: 'r0', sourceForm: 'form-b', sourceVersion: '1.0.0', confirmedAt: at(0), needsReview: true } },
    revision: 1,
    answerRevisions: { '/sectionOne/questionA': 1 },
    handovers: [],
    events: [],
    redFlags: [],
    createdAt: at(1),
    createdBy: 'creator',
    updatedAt: at(1),
    ...rest,
  };
}

export const createAudit = { at: at(1), user: 'creator', action: 'create', changes: [] };

export function edit(expectedRevision: number, set: Record<string, unknown>, extra: Partial<RecordUpdate> = {}): RecordUpdate {
  return {
    expectedRevision,
    set,
    unset: [],
    push: {},
    audit: { at: at(5), user: 'editor', action: 'answer', changes: Object.keys(set).map((pointer) => ({ pointer, new: set[pointer] })) },
    ...extra,
  };
}

export async function assertRefused(action: () => Promise<unknown>, type: new (message: string) => Error, what: string): Promise<void> {
  try {
    await action();
  } catch (error) {
    assert.instance(error, type, `${what}: ${String(error)}`);
    return;
  }
  assert.unreachable(`${what} was accepted`);
}
