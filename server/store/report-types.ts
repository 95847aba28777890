/**
 * The store's part in reports: it keeps each record's report facts (engine/reports/facts.ts) beside
 * the record, and answers the quality report's sums, counts and minute histograms inside the database.
 * It also keeps the activity log: events that are not changes to a record (who asked for which report).
 */
import type { ReportFacts, CountMeasure } from '../../engine/reports/facts.ts';
import type { FormRecord } from '../../engine/types.ts';
import type { ReplaySummary, TrailEntry } from '../../engine/reports/replay.ts';

/**
 * Keeps a record's report facts inside the record's change (server/reports/keep-facts.ts gives it to
 * insertRecord and updateRecord): called with the record as changed, the change's audit entry and the
 * stored replay summary of the record's trail (null when none), it returns the facts and the summary
 * after the change, which the store writes in the same transaction as the change; undefined stores none.
 */
export type FactsOfChange = (record: FormRecord, entry: TrailEntry, before: ReplaySummary | null) => { facts: ReportFacts; replay: ReplaySummary } | undefined;

/** The store groups by these; regions are unions of sending locations, summed by the server. */
export type FactGrouping = 'location' | 'version' | 'month' | 'all';

export interface FactQuery {
  form: string;
  /** Move dates, inclusive, YYYY-MM-DD. */
  from?: string;
  to?: string;
  by: FactGrouping;
  /** Only these sending locations (an empty list matches nothing). */
  locations?: string[];
  excludeLocations?: string[];
  version?: string;
}

export interface FactTotals {
  group: string;
  started: number;
  confirmed: number;
  cancelled: number;
  confirmedBeforeMove: number;
  handovers: number;
  handoversAllRedFlagsAcknowledged: number;
  redFlagsAdded: number;
  prefilledAnswers: number;
  prefilledAnswersChanged: number;
  answersAmendedAfterComplete: number;
}

export interface FactAnswer {
  totals: FactTotals[];
  /** How many confirmed records took each whole number of minutes to confirm, per group. */
  minutes: { group: string; minutes: number; n: number }[];
  counts: { group: string; measure: CountMeasure; key: string; n: number }[];
}

export interface ActivityEntry {
  id: string;
  at: string;
  user: string;
  /** "report.quality", "report.pilots", ... */
  action: string;
  /** What was asked: the query parameters as given. */
  details: Record<string, unknown>;
}

export interface ReportStore {
  /**
   * Stores the facts of one record, replacing older ones (a lower revision than the stored one is
   * ignored, so writers finishing out of order keep the newest). Keyed counts move with them, and so
   * does `replay`, the summary of the record's trail the facts were derived from, when given.
   */
  putReportFacts(facts: ReportFacts, replay?: ReplaySummary): Promise<void>;
  /**
   * Records whose facts are missing or older than the record (after a migration or a crash), in order
   * of id after `afterId`, at most `limit`: page through them with the last id returned.
   */
  recordsWithStaleFacts(limit: number, afterId?: string): Promise<FormRecord[]>;
  reportFacts(query: FactQuery): Promise<FactAnswer>;

  appendActivity(entry: ActivityEntry): Promise<void>;
  /** Newest first; `before` (ISO) pages back. */
  listActivity(options: { limit: number; before?: string }): Promise<ActivityEntry[]>;
}
