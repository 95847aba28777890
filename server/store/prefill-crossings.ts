/**
 * Prefills that carried answers across locations: a new record got answers from a confirmed record made
 * where its creator does not work. Each is kept as one entry per source record, so an auditor at either
 * end can list them (GET /api/prefill-crossings) without reading every record's trail.
 */
export interface PrefillCrossing {
  id: string;
  at: string;
  /** Who created the new record. */
  user: string;
  recordId: string;
  form: string;
  personId: string;
  /** Where the new record's move starts and ends. */
  move: { from: string; to: string };
  /** The confirmed record the answers came from, and where its move started and ended. */
  source: { recordId: string; form: string; version: string; confirmedAt: string; from: string; to: string };
  /** Pointers of the answers carried from it. */
  answers: string[];
}

export interface PrefillCrossingQuery {
  /** Crossings whose new record or source record was made at one of these locations. */
  locations: string[];
  /** Only crossings at or after this time (ISO). */
  since?: string;
  limit: number;
}

export interface PrefillCrossingStore {
  recordPrefillCrossings(crossings: PrefillCrossing[]): Promise<void>;
  /** Newest first. */
  prefillCrossings(query: PrefillCrossingQuery): Promise<PrefillCrossing[]>;
}
