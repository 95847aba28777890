/**
 * The storage contract. Every adapter (embedded SQLite, MongoDB) implements it and passes the same
 * contract test suite. The server keeps no state of its own in memory: sessions live here too.
 */
import type { FormRecord, Role } from '../../engine/types.ts';
import type { FactsOfChange, ReportStore } from './report-types.ts';
import type { DefinitionsStore } from './definitions-types.ts';
import type { MoveStore } from './moves.ts';
import type { LoginDelayStore } from './login-delays.ts';
import type { PrefillCrossingStore } from './prefill-crossings.ts';
import type { QualityCheckStore } from './quality-checks.ts';
import type { ConfirmedRecordsStore } from './confirmed-records.ts';
import type { UserLanguageStore } from './user-languages.ts';
import type { DeviceKeyStore } from './device-keys.ts';
import type { TranslationStore } from './translations.ts';

export interface StoredUser {
  username: string;
  /** Display name ("Priya Patel"), shown where the service names who did something. */
  name?: string;
  passwordHash: string;
  roles: Role[];
  /** Location codes the user works at. */
  locations: string[];
  /** Region codes a regional forum member reports on (never a way to read records). */
  regions?: string[];
  failedAttempts: number;
  lockedAt?: string;
  demo?: boolean;
}

/** A session as read: with the language its user chose (UserLanguageStore), null when none. */
export type SessionWithLanguage = StoredSession & { userLanguage: string | null };

export interface StoredSession {
  id: string;
  username: string;
  /** The account's display name when the session began. */
  name?: string;
  roles: Role[];
  locations: string[];
  regions?: string[];
  createdAt: string;
  /** ISO time of the last request; the session ends after the idle limit. */
  lastSeenAt: string;
}

export interface AuditEntry {
  id: string;
  recordId: string;
  at: string;
  user: string;
  action: string;
  /** For answer changes: pointer, old and new value. */
  changes: { pointer: string; old?: unknown; new?: unknown }[];
  /** Set by the store: the record revision this change produced (orders the trail). */
  revision?: number;
  /** For an added entry: its id, when the device recorded it (if sent later) and when the server received it. */
  entry?: { id: string; recordedAt?: string; receivedAt: string };
}

/**
 * A change to one record, applied only if the stored revision still equals `expectedRevision`.
 * Paths in `set`, `unset` and `push` are keys joined by "." (build them with `recordPath` from
 * `./paths.ts`): "answers.risk.violent", "state", "confirmed". An answer pointer is ONE key, since it
 * holds "/" but never ".": "answerRevisions./risk/violent", "prefill./risk/violent".
 * Adapters apply `set` per path (MongoDB: $set), so two editors of different answers never overwrite
 * each other, and bump `revision` themselves (never set it). They throw InvalidUpdateError, storing
 * nothing, for: a key starting with "$", containing "." or "__proto__", "constructor"/"prototype" (in
 * paths or anywhere inside values), non-JSON values, the same path (or a path and its parent) twice.
 */
/**
 * A single-use link to a record's print page, for staff whose browser holds a bearer token but no
 * session cookie. Only the sha256 of the token is stored, so a copy of the store opens no print page.
 */
export interface StoredPrintLink {
  /** Hex sha256 of the token in the link. */
  hash: string;
  recordId: string;
  /** Who asked for it. */
  username: string;
  expiresAt: string;
  usedAt?: string;
}

export interface RecordUpdate {
  expectedRevision: number;
  set: Record<string, unknown>;
  unset: string[];
  /** Entries appended to arrays (handovers, events, redFlags): path -> items. */
  push: Record<string, unknown[]>;
  audit: Omit<AuditEntry, 'id' | 'recordId'>;
  /**
   * The record as the caller read it from this store at `expectedRevision` (records/change.ts passes it):
   * every write bumps the revision, so when the stored revision still matches, an adapter may apply the
   * change to this copy rather than read and parse the stored document again. Ignored unless its id and
   * revision are the update's; it must be what the store returned, unchanged. The returned record may
   * share its untouched parts with it (paths.ts applyUpdate): change neither in place afterwards.
   */
  base?: FormRecord;
}

export interface RecordQuery {
  personId: string;
  /** Only records whose move starts or ends at one of these locations. */
  locations: string[];
}

export interface Store extends DefinitionsStore, LoginDelayStore, PrefillCrossingStore, ConfirmedRecordsStore, ReportStore, QualityCheckStore, MoveStore,
  UserLanguageStore, DeviceKeyStore, TranslationStore {
  /**
   * Inserts a record; fails with DuplicateError when a record of the same form exists for the move.
   * With `facts`, the record's report facts are derived and written in the same transaction (report-types.ts).
   */
  insertRecord(record: FormRecord, audit: Omit<AuditEntry, 'id' | 'recordId'>, facts?: FactsOfChange): Promise<void>;
  getRecord(id: string): Promise<FormRecord | null>;
  findRecords(query: RecordQuery): Promise<FormRecord[]>;
  /** The person's most recently confirmed records of the given forms. */
  lastConfirmedRecords(personId: string, forms: string[]): Promise<FormRecord[]>;
  /** Atomically applies the update; returns the updated record, or null when the revision moved on. */
  updateRecord(id: string, update: RecordUpdate, facts?: FactsOfChange): Promise<FormRecord | null>;
  auditTrail(recordId: string): Promise<AuditEntry[]>;

  getUser(username: string): Promise<StoredUser | null>;
  putUser(user: StoredUser): Promise<void>;
  /**
   * Atomically records a failed login; returns the new count (0 for an unknown user). Sets `lockedAt`
   * to `at` once the count reaches `lockAfter`. resetFailedLogins clears the count but NOT the lock:
   * only putUser (an administrator) unlocks.
   */
  recordFailedLogin(username: string, at: string, lockAfter: number): Promise<number>;
  resetFailedLogins(username: string): Promise<void>;

  createSession(session: StoredSession): Promise<void>;
  /** The session with its user's stored language choice (`userLanguage`), read together: one read per request instead of two. */
  getSession(id: string): Promise<SessionWithLanguage | null>;
  touchSession(id: string, at: string): Promise<void>;
  deleteSession(id: string): Promise<void>;
  /** Removes sessions whose lastSeenAt is before `before` (ISO); returns how many. Optional housekeeping. */
  deleteIdleSessions(before: string): Promise<number>;

  /**
   * A definition pasted on the preview page, as JSON text, keyed by the hash of its content, so any
   * server can rebuild its validator. Putting the same hash again keeps the text and refreshes `at`.
   */
  putPreview(hash: string, definition: string, at: string): Promise<void>;
  getPreview(hash: string): Promise<string | null>;
  /** Removes previews last put before `before` (ISO); returns how many. Housekeeping. */
  deletePreviewsBefore(before: string): Promise<number>;

  createPrintLink(link: Omit<StoredPrintLink, 'usedAt'>): Promise<void>;
  /**
   * Atomically marks the link used, only if it is unused and expires after `now` (ISO); returns it,
   * or null for an unknown, used or expired link. Two concurrent uses: exactly one gets the link.
   */
  usePrintLink(hash: string, now: string): Promise<StoredPrintLink | null>;
  /** Removes links that expired before `before` (ISO), used or not; returns how many. Housekeeping. */
  deletePrintLinksBefore(before: string): Promise<number>;

  close(): Promise<void>;
}

export class DuplicateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DuplicateError';
  }
}

/** An update or record the store refuses because of an unsafe key or non-JSON value. Nothing is stored. */
export class InvalidUpdateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidUpdateError';
  }
}
