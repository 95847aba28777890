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
  return { engine: REPLAY_VERSION, entries: 0, state, prefilled: [], changedAfterCreation: [], amended: 0, redFlagsSoFar: 0, flagsAtHandover: [] };
}

/** The summary after one more audit entry (pure: `summary` is left as it was). */
export function foldEntry(form: CompiledForm, summary: ReplaySummary, entry: TrailEntry): ReplaySummary {
  const next: ReplaySummary = { ...summary, entries: summary.entries + 1, flagsAtHandover: [...summary.flagsAtHandover] };
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

/** The whole trail folded, from the state its first state change leaves (else the record's state now). */
export function replayTrail(form: CompiledForm, currentState: string, trail: TrailEntry[]): ReplaySummary {
  const firstStateChange = trail.flatMap((e) => e.changes).find((c) => c.pointer === '/state');
  const start = startReplay(firstStateChange ? String(firstStateChange.old) : currentState);
  return trail.reduce((summary, entry) => foldEntry(form, summary, entry), start);
}

/** Whether a stored summary can be folded on: made by this engine and covering exactly the entries before. */
export function isCurrentSummary(summary: ReplaySummary | null | undefined, entriesBefore: number): summary is ReplaySummary {
  return !!summary && summary.engine === REPLAY_VERSION && summary.entries === entriesBefore;
}
