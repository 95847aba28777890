/**
 * Quality report shapes: what `GET /api/reports/quality` answers and what the server's
 * `qualityReport(context, query)` (server/reports/quality.ts) returns. Every figure is derived from
 * records, their audit trails and their definitions; docs/reports.md says how each one is computed.
 */
import type { FlagLevel } from '../vocabulary/index.ts';

/** How rows are grouped: by the sending location's region, the sending location, form version, month of the move, or one row for all. */
export const REPORT_GROUPINGS = ['region', 'location', 'version', 'month', 'all'] as const;
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number];

/**
 * What to count. Dates are move dates (YYYY-MM-DD, inclusive). Locations are SENDING locations
 * (move.from); the server turns `region`/`location` API parameters (and the caller's regions) into
 * `locations`. `excludeLocations` serves comparisons ("the default version elsewhere").
 */
export interface QualityQuery {
  form: string;
  from?: string;
  to?: string;
  by: ReportGrouping;
  /** Only records sent from one of these locations; absent: every location. */
  locations?: string[];
  /** Never records sent from these locations. */
  excludeLocations?: string[];
  /** Only records of this form version. */
  version?: string;
}

/** Per question of the form (top-level questions and follow-ups, by pointer "/section/key"). */
export interface QuestionMeasures {
  pointer: string;
  /** The question's label in the newest version counted that asks it. */
  label: string;
  /** Confirmed records in which the question was shown (its conditions held) as an optional question. */
  shown: number;
  /** Of those, records in which it was answered. */
  answered: number;
  /** answered / shown * 100, one decimal; null when never shown. */
  answeredPercent: number | null;
  /** Follow-up free-text details: answered ones, and those shorter than the thin-details threshold. */
  details: number;
  thinDetails: number;
  /** Answers carried in by prefill (confirmed records), kept as carried or changed before confirmation. */
  prefilled: number;
  prefillKept: number;
  prefillChanged: number;
}

export interface QualityMeasures {
  /** Records created (any state). */
  started: number;
  confirmed: number;
  cancelled: number;
  /** Confirmed at or before the end of the move date (in the report settings' time zone). */
  confirmedBeforeMove: number;
  /** Minutes from creation to confirmation over confirmed records; null when none. */
  medianMinutesToConfirm: number | null;
  p90MinutesToConfirm: number | null;
  handovers: number;
  /** Handovers at which every red flag present at the time was acknowledged. */
  handoversAllRedFlagsAcknowledged: number;
  /** Flags raised by the answers of confirmed records, per level. */
  flagsRaised: Record<FlagLevel, number>;
  /** Free red flag entries added after confirmation. */
  redFlagsAdded: number;
  /** Events recorded, per event type code. */
  eventsByType: Record<string, number>;
  /** Answers carried in by prefill, and of those, changed before confirmation (confirmed records). */
  prefilledAnswers: number;
  prefilledAnswersChanged: number;
  /** Answer changes saved while the record was already complete (every mandatory answer given). */
  answersAmendedAfterComplete: number;
  questions: QuestionMeasures[];
}

interface RowKey {
  /** The group's code: region code, location code, version, "YYYY-MM", or "all". */
  group: string;
  /** Its name for people: "South Central", "HMP Winchester", "2.0.0", "December 2026", "All records". */
  label: string;
}

export type ShownRow = RowKey & QualityMeasures & { suppressed: false };
/** A group of fewer than the minimum count: its size is only said to be small, and no figure is given. */
export type SuppressedRow = RowKey & { suppressed: true; started: string };
export type QualityRow = ShownRow | SuppressedRow;

export interface QualityReport {
  form: string;
  by: ReportGrouping;
  /** Groups smaller than this are suppressed (REPORT_MIN_COUNT). */
  minCount: number;
  /** Details shorter than this many characters are thin (forms/reports.json). */
  thinDetailCharacters: number;
  rows: QualityRow[];
}
