/**
 * The replay of a record's audit trail that report facts need, as a fold: a small, serialisable
 * summary of the trail so far (which answers were prefilled, which changed after creation, how many
 * answer changes were saved while the record was complete, how many free red flag entries existed at
 * each handover, and the record's state), advanced by one audit entry at a time. Stores keep the
 * summary beside the facts, so a save folds only its own entry: its cost does not grow with the trail.
 * `replayTrail` over a whole trail is the same fold, from the state the trail starts in.
 */
import type { CompiledForm } from '../form.ts';

/** Bumped whenever the fold changes: a stored summary of another version is replayed afresh. */
export const REPLAY_VERSION = 1;

/** The part of an audit entry the facts read (server/store/types.ts AuditEntry has it). */
export interface TrailEntry {
  action: string;
  changes: { pointer: string; old?: unknown; new?: unknown }[];
}

export interface ReplaySummary {
  /** REPLAY_VERSION of the engine that folded it. */
  engine: number;
  /** Audit entries folded so far (the creation entry is the first). */
  entries: number;
  /** The record revision the last entry folded produced (0 before any). */
  revision: number;
  /** The record's state after the entries folded. */
  state: string;
  /** Answer pointers ("section/question") carried into the record when it was created. */
  prefilled: string[];
  /** Answer pointers ("/section/question") changed by any save after creation. */
  changedAfterCreation: string[];
  /** Answer changes saved while the record was complete. */
  amended: number;
  redFlagsSoFar: number;
  /** For each handover (by position), how many free red flag entries existed when it was recorded. */
  flagsAtHandover: (number | null)[];
}

const unescape = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

/** Whether an audit change names an answer ("/section/question") of this form. */
function isAnswerPointer(form: CompiledForm, pointer: string): boolean {
  const parts = pointer.split('/').slice(1).map(unescape);
  return parts.length === 2 && form.model.sectionByKey.has(parts[0]!);
}

/** The summary before any entry, for a record created in `state`. */
export function startReplay(state: string): ReplaySummary {
  return { engine: REPLAY_VERSION, entries: 0, revision: 0, state, prefilled: [], changedAfterCreation: [], amended: 0, redFlagsSoFar: 0, flagsAtHandover: [] };
}

/** The summary after one more audit entry, the one that made `revision` (pure: `summary` is left as it was). */
export function foldEntry(form: CompiledForm, summary: ReplaySummary, entry: TrailEntry, revision: number): ReplaySummary {
  const next: ReplaySummary = { ...summary, entries: summary.entries + 1, revision, flagsAtHandover: [...summary.flagsAtHandover] };
  const answers = entry.changes.filter((c) => isAnswerPointer(form, c.pointer));
  if (summary.entries === 0) {
    const prefilled = new Set(summary.prefilled);
    for (const c of entry.changes) if (c.pointer.startsWith('/prefill/')) prefilled.add(unescape(c.pointer.slice('/prefill/'.length)));
    next.prefilled = [...prefilled];
  } else if (answers.length > 0) {
    const changed = new Set(summary.changedAfterCreation);
    for (const c of answers) changed.add(c.pointer.split('/').map(unescape).join('/'));
    next.changedAfterCreation = [...changed];
    if (summary.state === 'complete') next.amended += answers.length;
  }
  for (const c of entry.changes) {
    if (/^\/redFlags\/\d+$/.test(c.pointer)) next.redFlagsSoFar++;
    const handover = /^\/handovers\/(\d+)$/.exec(c.pointer);
    if (handover) {
      const at = Number(handover[1]);
      while (next.flagsAtHandover.length < at) next.flagsAtHandover.push(null);
      next.flagsAtHandover[at] = next.redFlagsSoFar;
    }
    if (c.pointer === '/state') next.state = String(c.new);
  }
  return next;
}

/**
 * The record's whole trail folded, from the state its first state change leaves (else the record's
 * state now); an entry without its revision (not from a store) counts as the next one, the last as the record's.
 */
export function replayTrail(form: CompiledForm, record: { state: string; revision: number }, trail: (TrailEntry & { revision?: number })[]): ReplaySummary {
  const firstStateChange = trail.flatMap((e) => e.changes).find((c) => c.pointer === '/state');
  const start = startReplay(firstStateChange ? String(firstStateChange.old) : record.state);
  const folded = trail.reduce((summary, entry) => foldEntry(form, summary, entry, entry.revision ?? summary.revision + 1), start);
  return { ...folded, revision: record.revision };
}

/**
 * Where a change that produced `record` folds its audit entry from: the stored summary when this
 * engine made it and it ends at the revision just before; a fresh start for a new record (revision 1,
 * no summary); otherwise null, and the record's whole trail must be replayed.
 */
export function replayBefore(record: { state: string; revision: number }, stored: ReplaySummary | null): ReplaySummary | null {
  if (stored && stored.engine === REPLAY_VERSION && stored.revision === record.revision - 1) return stored;
  return stored === null && record.revision === 1 ? startReplay(record.state) : null;
}
