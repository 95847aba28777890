/**
 * Qualitative checks in the store: random samples of confirmed records drawn by a regional forum
 * member, and the member's score of each sampled record. A sample keeps its seed and the ids it drew,
 * so the draw can be repeated and audited; a score keeps where and when the scored move was, so reports
 * can show scores beside the measures of the same group without reading any record.
 */
import type { Answers } from '../../engine/types.ts';

/** Which records a sample is drawn from: confirmed (not cancelled) records of `form` sent from `location` with move dates in [from, to]. */
export interface SampleFrame {
  form: string;
  location: string;
  /** Move dates, YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
}

export interface QualitySample extends SampleFrame {
  id: string;
  createdBy: string;
  createdAt: string;
  /** How many records were asked for; `recordIds` may hold fewer when the frame has fewer. */
  size: number;
  seed: string;
  /** The records drawn, in draw order. */
  recordIds: string[];
}

export interface QualityScore {
  sampleId: string;
  recordId: string;
  /** The rubric form and version the answers are for. */
  rubric: { form: string; version: string };
  answers: Answers;
  scoredBy: string;
  at: string;
  /** Copied from the scored record, so scores group like the quality report. */
  record: { form: string; version: string; location: string; moveDate: string };
}

/** Which scores a report shows: of records of `form`, sent from `locations`, moves in [from, to] when given. */
export interface ScoreQuery {
  form: string;
  locations: string[];
  from?: string;
  to?: string;
}

export interface QualityCheckStore {
  /**
   * Draws inside the database: the ids of up to `size` records of the frame, ordered by a hash of
   * (seed, record id) and cut at `size`. The same seed over the same records draws the same ids.
   */
  drawSample(frame: SampleFrame, seed: string, size: number): Promise<string[]>;
  insertSample(sample: QualitySample): Promise<void>;
  getSample(id: string): Promise<QualitySample | null>;
  /** The samples `username` drew, newest first. */
  samplesBy(username: string): Promise<QualitySample[]>;
  /** Stores the score of one sampled record, replacing an earlier score of the same record in the same sample. */
  putScore(score: QualityScore): Promise<void>;
  scoresOfSample(sampleId: string): Promise<QualityScore[]>;
  scores(query: ScoreQuery): Promise<QualityScore[]>;
}
