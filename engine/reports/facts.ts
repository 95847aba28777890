/**
 * Report facts: what one record contributes to the quality report, as a pure function of the record,
 * its audit trail and the definition of its version. Stores keep these beside the record (written
 * whenever the record changes) so reports are sums and counts inside the database.
 */
import { isEmptyAnswer } from '../answers.ts';
import { dayIn } from '../day.ts';
import { DISPLAY_TIME_ZONE } from '../display.ts';
import { raisedFlags, sectionAnswers } from '../derive.ts';
import type { CompiledForm } from '../form.ts';
import type { GroupModel } from '../model.ts';
import { redFlagViews } from '../red-flags.ts';
import { groupState } from '../visibility.ts';
import type { FormRecord } from '../types.ts';
import { replayTrail, type ReplaySummary, type TrailEntry } from './replay.ts';

export type { TrailEntry } from './replay.ts';

/** Counted per key (a question pointer, a flag level, an event type) rather than once per record. */
export const COUNT_MEASURES = ['flagsRaised', 'eventsByType', 'shown', 'answered', 'details', 'thinDetails', 'prefilled', 'prefillChanged'] as const;
export type CountMeasure = (typeof COUNT_MEASURES)[number];

export interface KeyedCount {
  measure: CountMeasure;
  key: string;
  n: number;
}

export interface ReportFacts {
  recordId: string;
  /** The record revision these facts describe: a store keeps the newest. */
  revision: number;
  form: string;
  version: string;
  /** Sending location (move.from) and move date: what reports filter and group on. */
  location: string;
  moveDate: string;
  confirmed: boolean;
  cancelled: boolean;
  confirmedBeforeMove: boolean;
  /** Whole minutes from creation to confirmation (rounded down); null unless confirmed. */
  minutesToConfirm: number | null;
  handovers: number;
  handoversAllRedFlagsAcknowledged: number;
  redFlagsAdded: number;
  prefilledAnswers: number;
  prefilledAnswersChanged: number;
  answersAmendedAfterComplete: number;
  counts: KeyedCount[];
}

export interface FactSettings {
  /** Free-text follow-up details shorter than this many characters are "thin". */
  thinDetailCharacters: number;
  timeZone?: string;
}

/** Keys of the questions asked only under a condition (follow-ups), at any depth. */
function followUpKeys(group: GroupModel, into = new Set<string>(), nested = false): Set<string> {
  if (nested) for (const q of group.questions) into.add(q.key);
  for (const rule of group.rules) followUpKeys(rule.then, into, true);
  return into;
}

/** The facts of a record from its whole audit trail (replayed here): what a record without a stored summary gets. */
export function deriveReportFacts(form: CompiledForm, record: FormRecord, trail: TrailEntry[], settings: FactSettings): ReportFacts {
  return factsOfReplay(form, record, replayTrail(form, record, trail), settings);
}

/**
 * The facts of a record from the summary of its audit trail's replay (replay.ts): a save folds its one
 * audit entry into the stored summary and calls this, so its cost does not grow with the trail.
 */
function addCount(counts: Map<string, KeyedCount>, measure: CountMeasure, key: string): void {
  const id = `${measure}\u0000${key}`;
  const found = counts.get(id);
  if (found) found.n++;
  else counts.set(id, { measure, key, n: 1 });
}

export function factsOfReplay(form: CompiledForm, record: FormRecord, replay: ReplaySummary, settings: FactSettings): ReportFacts {
  const timeZone = settings.timeZone ?? DISPLAY_TIME_ZONE;
  const cancelled = record.state === 'cancelled';
  const confirmedAt = record.confirmed?.at;
  const confirmed = confirmedAt !== undefined && !cancelled;
  const changedAfterCreation = new Set(replay.changedAfterCreation);
  const counts = new Map<string, KeyedCount>();

  for (const event of record.events) addCount(counts, 'eventsByType', event.type);
  let allAcknowledged = 0;
  if (record.handovers.length > 0) {
    const flags = raisedFlags(form, record.answers);
    record.handovers.forEach((handover, i) => {
      const entriesThen = replay.flagsAtHandover[i] ?? record.redFlags.length;
      const views = redFlagViews(form, { ...record, redFlags: record.redFlags.slice(0, entriesThen) }, flags);
      const acknowledged = new Set(handover.acknowledgements.map((a) => a.entryId));
      if (views.every((v) => acknowledged.has(v.id))) allAcknowledged++;
    });
  }

  let prefilledAnswers = 0;
  let prefilledAnswersChanged = 0;
  if (confirmed) {
    for (const flag of raisedFlags(form, record.answers)) addCount(counts, 'flagsRaised', flag.level);
    for (const section of form.model.sections) {
      const values = sectionAnswers(record.answers, section.key);
      const state = groupState(section, values);
      const followUps = followUpKeys(section);
      for (const key of state.visible) {
        const question = section.byKey.get(key);
        if (!question) continue;
        const pointer = `/${section.key}/${key}`;
        const value = values[key];
        const answered = value !== undefined && !isEmptyAnswer(value);
        if (!state.mandatory.has(key)) {
          addCount(counts, 'shown', pointer);
          if (answered) addCount(counts, 'answered', pointer);
        }
        if (answered && followUps.has(key) && (question.kind === 'text' || question.kind === 'longText') && typeof value === 'string') {
          addCount(counts, 'details', pointer);
          if (value.trim().length < settings.thinDetailCharacters) addCount(counts, 'thinDetails', pointer);
        }
      }
    }
    for (const pointer of replay.prefilled) {
      prefilledAnswers++;
      addCount(counts, 'prefilled', pointer);
      if (changedAfterCreation.has(pointer)) {
        prefilledAnswersChanged++;
        addCount(counts, 'prefillChanged', pointer);
      }
    }
  }

  const confirmedDay = confirmedAt ? dayIn(confirmedAt, timeZone) : undefined;
  return {
    recordId: record.id,
    revision: record.revision,
    form: record.form,
    version: record.version,
    location: record.move.from,
    moveDate: record.move.date,
    confirmed,
    cancelled,
    confirmedBeforeMove: confirmed && confirmedDay !== undefined && confirmedDay <= record.move.date,
    minutesToConfirm: confirmed ? Math.max(0, Math.floor((Date.parse(confirmedAt) - Date.parse(record.createdAt)) / 60_000)) : null,
    handovers: record.handovers.length,
    handoversAllRedFlagsAcknowledged: allAcknowledged,
    redFlagsAdded: record.redFlags.length,
    prefilledAnswers,
    prefilledAnswersChanged,
    answersAmendedAfterComplete: replay.amended,
    counts: [...counts.values()],
  };
}
