/**
 * The embedded store: one SQLite file under the data directory. Records are JSON text beside the
 * columns queries filter on, so nothing is held in memory between requests. WAL, synchronous=FULL (record
 * writes: NORMAL, then an fsync before the answer): an acknowledged write survives `kill -9` or power loss.
 */
import { mkdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { FormRecord } from '../../engine/types.ts';
import { applyUpdate, assertPlainData, assertText, assertTextList, checkUpdate, type CheckedUpdate } from './paths.ts';
import { sqliteDefinitionsStore } from './definitions-sqlite.ts';
import { assertNewEntryIds } from './entry-ids.ts';
import { sqliteDeviceKeys } from './sqlite-device-keys.ts';
import { sqliteMoves } from './sqlite-moves.ts';
import { sqliteLoginDelays } from './sqlite-login-delays.ts';
import { sqliteUserLanguages } from './sqlite-user-languages.ts';
import { sqlitePrefillCrossings } from './sqlite-prefill-crossings.ts';
import { sqliteConfirmedRecords } from './sqlite-confirmed-records.ts';
import { sqliteReportStore } from './sqlite-reports.ts';
import { sqliteQualityChecks } from './sqlite-quality-checks.ts';
import { groupCommitOf } from './sqlite-group-commit.ts';
import { startCheckpointer } from './sqlite-checkpointer.ts';
import { sqliteRecordAt } from './sqlite-record-at.ts';
import { sqliteRecordRows } from './sqlite-record-rows.ts';
import { sqlitePreviewsAndPrintLinks } from './sqlite-previews.ts';
import type { FactsOfChange } from './report-types.ts';
import { DuplicateError, type AuditEntry, type RecordQuery, type RecordUpdate, type Store, type StoredSession, type StoredUser } from './types.ts';

export const sqliteFileName = 'per.sqlite';

const schema = `
CREATE TABLE IF NOT EXISTS records (
  id TEXT PRIMARY KEY,
  form TEXT NOT NULL,
  move_id TEXT NOT NULL,
  person_id TEXT NOT NULL,
  from_location TEXT NOT NULL,
  to_location TEXT NOT NULL,
  state TEXT NOT NULL,
  confirmed_at TEXT,
  revision INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  doc TEXT NOT NULL,
  UNIQUE (form, move_id)
);
CREATE INDEX IF NOT EXISTS records_person ON records (person_id, form, confirmed_at);
CREATE INDEX IF NOT EXISTS records_from ON records (from_location);
CREATE INDEX IF NOT EXISTS records_to ON records (to_location);
CREATE TABLE IF NOT EXISTS audit (
  id TEXT PRIMARY KEY,
  record_id TEXT NOT NULL,
  revision INTEGER NOT NULL,
  at TEXT NOT NULL,
  entry TEXT NOT NULL,
  UNIQUE (record_id, revision)
);
CREATE TABLE IF NOT EXISTS users (
  username TEXT PRIMARY KEY,
  failed_attempts INTEGER NOT NULL,
  locked_at TEXT,
  doc TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_username ON sessions (username);
CREATE INDEX IF NOT EXISTS sessions_last_seen ON sessions (last_seen_at);
`;

interface RecordRow { doc: string }
interface UserRow { failed_attempts: number; locked_at: string | null; doc: string }

/** Opens (creating if needed) the store in `dir`. */
export async function openSqliteStore(dir: string): Promise<Store> {
  mkdirSync(dir, { recursive: true });
  const db = new Database(join(dir, sqliteFileName));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // Another process (a second server, the CLI) may hold the write lock briefly.
  db.pragma('busy_timeout = 5000');
  db.exec(schema);
  const checkpointer = startCheckpointer(db);
  groupCommitOf(db).holdWhile(() => checkpointer.quietMoment());

  const recordRows = sqliteRecordRows(db);
  const selectRecord = db.prepare<[string], RecordRow>('SELECT doc FROM records WHERE id = ?');
  const insertAuditRow = db.prepare('INSERT INTO audit (id, record_id, revision, at, entry) VALUES (?, ?, ?, ?, ?)');
  const selectAudit = db.prepare<[string], { entry: string }>('SELECT entry FROM audit WHERE record_id = ? ORDER BY revision');
  const selectUser = db.prepare<[string], UserRow>('SELECT failed_attempts, locked_at, doc FROM users WHERE username = ?');
  const upsertUser = db.prepare(`INSERT INTO users (username, failed_attempts, locked_at, doc) VALUES (?, ?, ?, ?)
    ON CONFLICT (username) DO UPDATE SET failed_attempts = excluded.failed_attempts, locked_at = excluded.locked_at, doc = excluded.doc`);
  const failLogin = db.prepare<[number, string, string], { failed_attempts: number }>(`UPDATE users SET failed_attempts = failed_attempts + 1,
    locked_at = CASE WHEN locked_at IS NULL AND failed_attempts + 1 >= ? THEN ? ELSE locked_at END
    WHERE username = ? RETURNING failed_attempts`);
  const resetLogins = db.prepare('UPDATE users SET failed_attempts = 0 WHERE username = ?');
  const insertSession = db.prepare('INSERT INTO sessions (id, username, last_seen_at, doc) VALUES (?, ?, ?, ?)');
  const userLanguages = sqliteUserLanguages(db);
  const selectSession = db.prepare<[string], { last_seen_at: string; doc: string; language: string | null }>(`SELECT s.last_seen_at, s.doc, l.language
    FROM sessions s LEFT JOIN user_languages l ON l.username = s.username WHERE s.id = ?`);
  const touch = db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id = ?');
  const removeSession = db.prepare('DELETE FROM sessions WHERE id = ?');
  const removeIdleSessions = db.prepare('DELETE FROM sessions WHERE last_seen_at < ?');

  function appendAudit(recordId: string, revision: number, audit: Omit<AuditEntry, 'id' | 'recordId'>): void {
    const entry: AuditEntry = { id: randomUUID(), recordId, ...audit, revision };
    insertAuditRow.run(entry.id, recordId, revision, entry.at, JSON.stringify(entry));
  }

  const { keepFactsOfChange, ...reports } = sqliteReportStore(db);
  // With `facts` (server/reports/keep-facts.ts), the record's report facts are written in the change's own transaction.
  // The two below run only inside a group commit's savepoint (sqlite-group-commit.ts), which makes each atomic.
  const insertWithAudit = (record: FormRecord, audit: Omit<AuditEntry, 'id' | 'recordId'>, facts?: FactsOfChange) => {
    try {
      recordRows.insert(record);
    } catch (error) {
      if (isUniqueViolation(error)) throw new DuplicateError(`a record with id ${record.id}, or of form ${record.form} for move ${record.move.id}, already exists`);
      throw error;
    }
    appendAudit(record.id, record.revision, audit);
    if (facts) keepFactsOfChange(record, audit, facts);
  };

  const recordAt = sqliteRecordAt(db);
  const updateWithAudit = (id: string, update: RecordUpdate, checked: CheckedUpdate, facts?: FactsOfChange): FormRecord | null => {
    const current = recordAt(id, update);
    if (!current) return null;
    assertNewEntryIds(current, checked);
    const next = applyUpdate(current, checked);
    try {
      recordRows.update(current, next);
    } catch (error) {
      if (isUniqueViolation(error)) throw new DuplicateError(`a record of form ${next.form} for move ${next.move.id} already exists`);
      throw error;
    }
    appendAudit(id, next.revision, update.audit);
    if (facts) keepFactsOfChange(next, update.audit, facts);
    return next;
  };

  return {
    ...sqliteDefinitionsStore(db),
    ...sqliteMoves(db),
    ...sqliteLoginDelays(db),
    ...userLanguages,
    ...sqliteDeviceKeys(db),
    ...sqlitePrefillCrossings(db),
    ...sqliteConfirmedRecords(db),
    ...reports,
    ...sqliteQualityChecks(db),
    ...sqlitePreviewsAndPrintLinks(db),
    async insertRecord(record, audit, facts) {
      assertPlainData(record, 'record');
      assertPlainData(audit, 'audit');
      await groupCommitOf(db).run(() => insertWithAudit(record, audit, facts));
    },
    async getRecord(id) {
      assertText(id, 'record id');
      const row = selectRecord.get(id);
      return row ? (JSON.parse(row.doc) as FormRecord) : null;
    },
    async findRecords(query: RecordQuery) {
      assertText(query.personId, 'personId');
      assertTextList(query.locations, 'locations');
      if (query.locations.length === 0) return [];
      const marks = query.locations.map(() => '?').join(', ');
      const rows = db.prepare<string[], RecordRow>(`SELECT doc FROM records WHERE person_id = ?
        AND (from_location IN (${marks}) OR to_location IN (${marks})) ORDER BY created_at DESC, id`)
        .all(query.personId, ...query.locations, ...query.locations);
      return rows.map((row) => JSON.parse(row.doc) as FormRecord);
    },
    async lastConfirmedRecords(personId, forms) {
      assertText(personId, 'personId');
      assertTextList(forms, 'forms');
      if (forms.length === 0) return [];
      const marks = forms.map(() => '?').join(', ');
      // SQLite returns the bare column values of the row holding the MAX() in an aggregate query.
      const rows = db.prepare<string[], RecordRow & { newest: string }>(`SELECT doc, MAX(confirmed_at) AS newest FROM records
        WHERE person_id = ? AND form IN (${marks}) AND confirmed_at IS NOT NULL AND state <> 'cancelled' GROUP BY form ORDER BY form`)
        .all(personId, ...forms);
      return rows.map((row) => JSON.parse(row.doc) as FormRecord);
    },
    async updateRecord(id, update, facts) {
      assertText(id, 'record id');
      // Checked before the transaction: a refused update never takes the write lock.
      const checked = checkUpdate(update);
      return groupCommitOf(db).run(() => updateWithAudit(id, update, checked, facts));
    },
    async auditTrail(recordId) {
      return selectAudit.all(recordId).map((row) => JSON.parse(row.entry) as AuditEntry);
    },

    async getUser(username) {
      const row = selectUser.get(username);
      if (!row) return null;
      const user = JSON.parse(row.doc) as StoredUser;
      user.failedAttempts = row.failed_attempts;
      if (row.locked_at) user.lockedAt = row.locked_at; else delete user.lockedAt;
      return user;
    },
    async putUser(user) {
      assertPlainData(user, 'user');
      upsertUser.run(user.username, user.failedAttempts, user.lockedAt ?? null, JSON.stringify(user));
    },
    async recordFailedLogin(username, at, lockAfter) {
      return failLogin.get(lockAfter, at, username)?.failed_attempts ?? 0;
    },
    async resetFailedLogins(username) {
      resetLogins.run(username);
    },

    async createSession(session) {
      assertPlainData(session, 'session');
      insertSession.run(session.id, session.username, session.lastSeenAt, JSON.stringify(session));
    },
    async getSession(id) {
      const row = selectSession.get(id);
      if (!row) return null;
      return { ...(JSON.parse(row.doc) as StoredSession), lastSeenAt: row.last_seen_at, userLanguage: row.language };
    },
    async touchSession(id, at) {
      touch.run(at, id);
    },
    async deleteSession(id) {
      removeSession.run(id);
    },
    async deleteIdleSessions(before) {
      return removeIdleSessions.run(before).changes;
    },

    async close() {
      await groupCommitOf(db).close();
      await checkpointer.close();
      db.close();
    },
  };
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
