/**
 * What changed between two versions of a record: the one diff behind the audit trail, answer revisions
 * (conflict detection) and the store's per-path updates. Small per-path writes are what let two editors
 * of different sections both be kept; the store turns each path into its own update syntax.
 */
import { sameValue } from './condition.ts';
import { toPointer } from './pointer.ts';
import type { AnswerValue, Answers, FormRecord } from './types.ts';

/** One changed value, addressed by a JSON pointer; old or new is absent when there was or is none. */
export interface AnswerChange {
  pointer: string;
  old?: AnswerValue;
  new?: AnswerValue;
}

export interface FieldChange {
  pointer: string;
  old?: unknown;
  new?: unknown;
}

/** One write to the stored record, at a path of keys (an answer pointer held in a map is ONE key). */
export type RecordWrite =
  | { op: 'set'; path: string[]; value: unknown }
  | { op: 'unset'; path: string[] }
  | { op: 'push'; path: string[]; items: unknown[] };

export interface RecordDiff {
  writes: RecordWrite[];
  /**
   * For the audit trail: every answer with old and new value ("/risk/violent"), prefill marks
   * ("/prefill/~1risk~1violent"), appended entries ("/events/3") and lifecycle fields ("/state").
   */
  changes: FieldChange[];
}

type Json = Record<string, unknown>;

/** Maps whose entries are written one path each (answers go one level deeper: section, then question). */
const KEYED = ['prefill', 'answerRevisions'] as const;
/** Append-only lists. */
const APPENDED = ['handovers', 'events', 'redFlags'] as const;
/** Owned by the store. */
const UNTOUCHED = new Set(['id', 'revision']);
/** Bookkeeping that changes with everything else and says nothing by itself in the audit trail. */
const NOT_AUDITED = new Set(['answerRevisions', 'updatedAt']);

function fieldChange(pointer: string, old: unknown, now: unknown): FieldChange {
  return { pointer, ...(old === undefined ? {} : { old }), ...(now === undefined ? {} : { new: now }) };
}

/** Calls `onChange` for every key whose value differs between the two maps, in first-seen order. */
function eachChangedKey(before: Json, after: Json, onChange: (key: string, old: unknown, now: unknown) => void): void {
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (!sameValue(before[key], after[key])) onChange(key, before[key], after[key]);
  }
}

function write(diff: RecordDiff, path: string[], now: unknown): void {
  diff.writes.push(now === undefined ? { op: 'unset', path } : { op: 'set', path, value: now });
}

function diffAnswers(before: Answers, after: Answers, diff: RecordDiff): void {
  eachChangedKey(before, after, (section) => {
    eachChangedKey(before[section] ?? {}, after[section] ?? {}, (question, old, now) => {
      write(diff, ['answers', section, question], now);
      diff.changes.push(fieldChange(toPointer([section, question]), old, now));
    });
  });
}

/** Every top-level answer that differs, with old and new values ("/risk/violent"). */
export function answerChanges(before: Answers, after: Answers): AnswerChange[] {
  const diff: RecordDiff = { writes: [], changes: [] };
  diffAnswers(before, after, diff);
  return diff.changes as AnswerChange[];
}

/**
 * What the audit trail records when a record is created: its answers, and each prefill mark, which names
 * the confirmed record the answer was carried from. That record may have been made at another location
 * (the record travels with the person), so the trail must say where every carried answer came from.
 */
export function creationChanges(record: FormRecord): FieldChange[] {
  const marks = Object.entries(record.prefill).map(([pointer, mark]) => fieldChange(toPointer(['prefill', pointer]), undefined, mark));
  return [...answerChanges({}, record.answers), ...marks];
}

/** Keys diffRecords compares one by one; every other key of a record is compared whole. */
const HANDLED = new Set<string>(['answers', ...KEYED, ...APPENDED, ...UNTOUCHED]);

function writeAudited(diff: RecordDiff, prefix: string[], key: string, old: unknown, now: unknown): void {
  write(diff, [...prefix, key], now);
  if (!NOT_AUDITED.has(prefix[0] ?? key)) diff.changes.push(fieldChange(toPointer([...prefix, key]), old, now));
}

const unhandledPart = (record: FormRecord): Json => Object.fromEntries(Object.entries(record).filter(([key]) => !HANDLED.has(key)));

// A save runs this: no closure here is assigned to a name, as tsx would define a `name` on each one per call.
export function diffRecords(before: FormRecord, after: FormRecord): RecordDiff {
  const diff: RecordDiff = { writes: [], changes: [] };
  diffAnswers(before.answers, after.answers, diff);
  for (const key of KEYED) eachChangedKey(before[key] as Json, after[key] as Json, (k, old, now) => writeAudited(diff, [key], k, old, now));
  for (const key of APPENDED) {
    const old = before[key] as unknown[];
    const now = after[key] as unknown[];
    if (sameValue(old, now)) continue;
    if (now.length > old.length && sameValue(now.slice(0, old.length), old)) {
      diff.writes.push({ op: 'push', path: [key], items: now.slice(old.length) });
      now.slice(old.length).forEach((item, i) => diff.changes.push(fieldChange(toPointer([key, old.length + i]), undefined, item)));
    } else {
      diff.writes.push({ op: 'set', path: [key], value: now });
      diff.changes.push(fieldChange(toPointer([key]), old, now));
    }
  }
  eachChangedKey(unhandledPart(before), unhandledPart(after), (k, old, now) => writeAudited(diff, [], k, old, now));
  return diff;
}
