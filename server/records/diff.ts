/**
 * Turns "the record as the engine decided it should be" into the smallest store update: one path per
 * changed answer, prefill mark and answer revision, and appended entries as pushes. Small per-path
 * updates are what let two editors of different sections both be kept.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Answers, FormRecord } from '../../engine/types.ts';
import type { AuditEntry, RecordUpdate } from '../store/types.ts';
import { recordPath } from '../store/paths.ts';

type Changes = AuditEntry['changes'];
type Json = Record<string, unknown>;

/** Maps whose entries are stored one path each (answers go one level deeper: section, then question). */
const KEYED = ['prefill', 'answerRevisions'] as const;
/** Append-only lists. */
const APPENDED = ['handovers', 'events', 'redFlags'] as const;
/** Owned by the store. */
const UNTOUCHED = new Set(['id', 'revision']);
/** Bookkeeping that changes with everything else and says nothing by itself in the audit trail. */
const NOT_AUDITED = new Set(['answerRevisions', 'updatedAt']);

export interface RecordDiff {
  set: Record<string, unknown>;
  unset: string[];
  push: Record<string, unknown[]>;
  /**
   * For the audit trail: every answer with old and new value ("/risk/violent"), prefill marks
   * ("/prefill/~1risk~1violent"), appended entries ("/events/3") and lifecycle fields ("/state").
   */
  changes: Changes;
}

const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

function change(pointer: string, old: unknown, now: unknown): Changes[number] {
  return { pointer, ...(old === undefined ? {} : { old }), ...(now === undefined ? {} : { new: now }) };
}

function diffMap(before: Json, after: Json, path: string[], diff: RecordDiff, onChange?: (key: string, old: unknown, now: unknown) => void): void {
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const old = before[key];
    const now = after[key];
    if (isDeepStrictEqual(old, now)) continue;
    if (now === undefined) diff.unset.push(recordPath(...path, key));
    else diff.set[recordPath(...path, key)] = now;
    onChange?.(key, old, now);
  }
}

function diffAnswers(before: Answers, after: Answers, diff: RecordDiff): void {
  for (const section of new Set([...Object.keys(before), ...Object.keys(after)])) {
    diffMap(before[section] ?? {}, after[section] ?? {}, ['answers', section], diff, (question, old, now) => {
      diff.changes.push(change(`/${escape(section)}/${escape(question)}`, old, now));
    });
  }
}

/** Every answer that differs, with old and new values: what the audit trail records. */
export function answerChanges(before: Answers, after: Answers): Changes {
  const diff: RecordDiff = { set: {}, unset: [], push: {}, changes: [] };
  diffAnswers(before, after, diff);
  return diff.changes;
}

/**
 * What the audit trail records when a record is created: its answers, and each prefill mark, which names
 * the confirmed record the answer was carried from. That record may have been made at another location
 * (the record travels with the person), so the trail must say where every carried answer came from.
 */
export function creationChanges(record: FormRecord): Changes {
  const marks = Object.entries(record.prefill).map(([pointer, mark]) => change(`/prefill/${escape(pointer)}`, undefined, mark));
  return [...answerChanges({}, record.answers), ...marks];
}

export function diffRecords(before: FormRecord, after: FormRecord): RecordDiff {
  const diff: RecordDiff = { set: {}, unset: [], push: {}, changes: [] };
  diffAnswers(before.answers, after.answers, diff);
  const audited = (prefix: string) => (key: string, old: unknown, now: unknown) => {
    if (!NOT_AUDITED.has(prefix || key)) diff.changes.push(change(`${prefix ? `/${prefix}` : ''}/${escape(key)}`, old, now));
  };
  for (const key of KEYED) diffMap(before[key] as Json, after[key] as Json, [key], diff, audited(key));
  for (const key of APPENDED) {
    const old = before[key] as unknown[];
    const now = after[key] as unknown[];
    if (isDeepStrictEqual(old, now)) continue;
    if (now.length > old.length && isDeepStrictEqual(now.slice(0, old.length), old)) {
      diff.push[recordPath(key)] = now.slice(old.length);
      now.slice(old.length).forEach((item, i) => diff.changes.push(change(`/${key}/${old.length + i}`, undefined, item)));
    } else {
      diff.set[recordPath(key)] = now;
      diff.changes.push(change(`/${key}`, old, now));
    }
  }
  const handled = new Set<string>(['answers', ...KEYED, ...APPENDED, ...UNTOUCHED]);
  const rest = (record: FormRecord) => Object.fromEntries(Object.entries(record).filter(([key]) => !handled.has(key)));
  diffMap(rest(before), rest(after), [], diff, audited(''));
  return diff;
}

export function isEmptyDiff(diff: RecordDiff): boolean {
  return Object.keys(diff.set).length === 0 && diff.unset.length === 0 && Object.keys(diff.push).length === 0;
}

export function toUpdate(before: FormRecord, diff: RecordDiff, audit: Omit<AuditEntry, 'id' | 'recordId' | 'changes'>): RecordUpdate {
  return { expectedRevision: before.revision, set: diff.set, unset: diff.unset, push: diff.push, audit: { ...audit, changes: diff.changes } };
}
