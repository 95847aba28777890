/**
 * The definitions registry in the embedded store: published versions, drafts, rollouts and proposals,
 * each a JSON document beside the columns looked up by. Tables are created if missing, so an existing
 * store file gains them on start without losing anything. Multi-step changes run in one transaction.
 */
import type { Database } from 'better-sqlite3';
import { assertPlainData, assertText } from './paths.ts';
import { DuplicateError } from './types.ts';
import { sqliteTranslations } from './sqlite-translations.ts';
import type { TranslationStore } from './translations.ts';
import type { DefinitionsStore, DraftChange, HistoryEvent, PublishedVersion, StoredDraft, StoredRollout, StoredRolloutProposal } from './definitions-types.ts';

const schema = `
CREATE TABLE IF NOT EXISTS published_versions (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  version TEXT NOT NULL,
  hash TEXT NOT NULL,
  meta TEXT NOT NULL,
  definition TEXT NOT NULL,
  UNIQUE (name, version)
);
CREATE TABLE IF NOT EXISTS drafts (
  id TEXT PRIMARY KEY,
  revision INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  doc TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS rollouts (
  revision INTEGER PRIMARY KEY,
  doc TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS rollout_proposals (
  id TEXT PRIMARY KEY,
  proposed_at TEXT NOT NULL,
  doc TEXT NOT NULL
);
`;

const metaOf = ({ definition: _text, ...meta }: PublishedVersion) => meta;

export function sqliteDefinitionsStore(db: Database): DefinitionsStore & TranslationStore {
  db.exec(schema);
  const selectVersion = db.prepare<[string, string], { meta: string; definition: string }>('SELECT meta, definition FROM published_versions WHERE name = ? AND version = ?');
  const insertVersion = db.prepare('INSERT INTO published_versions (name, version, hash, meta, definition) VALUES (?, ?, ?, ?, ?)');
  const selectVersions = db.prepare<[], { meta: string }>('SELECT meta FROM published_versions ORDER BY seq');
  // Made first: the stamp counts its events (one row per change of any translation).
  const translations = sqliteTranslations(db);
  const stamp = db.prepare<[], { versions: number; rollout: number | null; translations: number }>(`SELECT (SELECT COUNT(*) FROM published_versions) AS versions,
    (SELECT MAX(revision) FROM rollouts) AS rollout, (SELECT COUNT(*) FROM translation_events) AS translations`);
  const insertDraft = db.prepare('INSERT INTO drafts (id, revision, created_at, doc) VALUES (?, ?, ?, ?)');
  const selectDraft = db.prepare<[string], { doc: string }>('SELECT doc FROM drafts WHERE id = ?');
  const selectDrafts = db.prepare<[], { doc: string }>('SELECT doc FROM drafts ORDER BY created_at DESC, id');
  const writeDraft = db.prepare('UPDATE drafts SET revision = ?, doc = ? WHERE id = ? AND revision = ?');
  const selectRollout = db.prepare<[], { doc: string }>('SELECT doc FROM rollouts ORDER BY revision DESC LIMIT 1');
  const selectRollouts = db.prepare<[], { doc: string }>('SELECT doc FROM rollouts ORDER BY revision');
  const insertRollout = db.prepare('INSERT INTO rollouts (revision, doc) VALUES (?, ?)');
  const insertProposal = db.prepare('INSERT INTO rollout_proposals (id, proposed_at, doc) VALUES (?, ?, ?)');
  const selectProposal = db.prepare<[string], { doc: string }>('SELECT doc FROM rollout_proposals WHERE id = ?');
  const selectProposals = db.prepare<[], { doc: string }>('SELECT doc FROM rollout_proposals ORDER BY proposed_at DESC, id');
  const writeProposal = db.prepare('UPDATE rollout_proposals SET doc = ? WHERE id = ?');

  const publish = (version: PublishedVersion): boolean => {
    const row = selectVersion.get(version.name, version.version);
    if (row) {
      const stored = JSON.parse(row.meta) as PublishedVersion;
      if (stored.hash === version.hash) return false;
      throw new DuplicateError(`${version.name} ${version.version} is already published with different content (hash ${stored.hash.slice(0, 12)}, not ${version.hash.slice(0, 12)}): a published version never changes; give the change a new version number`);
    }
    insertVersion.run(version.name, version.version, version.hash, JSON.stringify(metaOf(version)), version.definition);
    return true;
  };

  const changeDraft = (id: string, expectedRevision: number, change: DraftChange, event: HistoryEvent, onlyIf?: (draft: StoredDraft) => boolean): StoredDraft | null => {
    const row = selectDraft.get(id);
    if (!row) return null;
    const current = JSON.parse(row.doc) as StoredDraft;
    if (current.revision !== expectedRevision || (onlyIf && !onlyIf(current))) return null;
    const revision = current.revision + 1;
    const next: StoredDraft = { ...current, ...change, revision, history: [...current.history, { ...event, revision }] };
    writeDraft.run(revision, JSON.stringify(next), id, expectedRevision);
    return next;
  };

  const putRollout = (next: Omit<StoredRollout, 'revision'>, expectedRevision: number): StoredRollout | null => {
    const current = selectRollout.get();
    const revision = current ? (JSON.parse(current.doc) as StoredRollout).revision : 0;
    if (revision !== expectedRevision) return null;
    const stored = { ...next, revision: revision + 1 };
    insertRollout.run(stored.revision, JSON.stringify(stored));
    return stored;
  };

  const approve = db.transaction((id: string, expectedRevision: number, change: DraftChange, event: HistoryEvent, version: PublishedVersion) => {
    const approved = changeDraft(id, expectedRevision, change, event, (d) => d.state === 'submitted');
    if (!approved) return null;
    if (!publish(version)) throw new DuplicateError(`${version.name} ${version.version} is already published`);
    return approved;
  });

  const decide = db.transaction((id: string, decided: Pick<StoredRolloutProposal, 'state' | 'decided'>, next?: { rollout: Omit<StoredRollout, 'revision'>; expectedRevision: number }) => {
    const row = selectProposal.get(id);
    if (!row) return null;
    const current = JSON.parse(row.doc) as StoredRolloutProposal;
    if (current.state !== 'proposed') return null;
    if (next && !putRollout(next.rollout, next.expectedRevision)) return null;
    const updated: StoredRolloutProposal = { ...current, ...decided };
    writeProposal.run(JSON.stringify(updated), id);
    return updated;
  });

  return {
    ...translations,
    async publishVersion(version) {
      assertPlainData(version, 'published version');
      return db.transaction(publish).immediate(version);
    },
    async getPublishedVersion(name, version) {
      assertText(name, 'name');
      assertText(version, 'version');
      const row = selectVersion.get(name, version);
      return row ? { ...(JSON.parse(row.meta) as PublishedVersion), definition: row.definition } : null;
    },
    async listPublishedVersions() {
      return selectVersions.all().map((row) => JSON.parse(row.meta) as PublishedVersion);
    },
    async registryStamp() {
      const row = stamp.get()!;
      return { versions: row.versions, rolloutRevision: row.rollout ?? 0, translations: row.translations };
    },

    async createDraft(draft) {
      assertText(draft.id, 'draft id');
      assertPlainData(draft, 'draft');
      insertDraft.run(draft.id, draft.revision, draft.createdAt, JSON.stringify(draft));
    },
    async getDraft(id) {
      assertText(id, 'draft id');
      const row = selectDraft.get(id);
      return row ? (JSON.parse(row.doc) as StoredDraft) : null;
    },
    async listDrafts() {
      return selectDrafts.all().map((row) => {
        const { definition: _text, ...draft } = JSON.parse(row.doc) as StoredDraft;
        return draft;
      });
    },
    async updateDraft(id, expectedRevision, change, event) {
      assertText(id, 'draft id');
      assertPlainData(change, 'draft change');
      assertPlainData(event, 'draft event');
      return db.transaction(changeDraft).immediate(id, expectedRevision, change, event);
    },
    async approveDraft(id, expectedRevision, change, event, version) {
      assertText(id, 'draft id');
      for (const [value, what] of [[change, 'draft change'], [event, 'draft event'], [version, 'published version']] as const) assertPlainData(value, what);
      return approve.immediate(id, expectedRevision, change, event, version);
    },

    async getRollout() {
      const row = selectRollout.get();
      return row ? (JSON.parse(row.doc) as StoredRollout) : null;
    },
    async rolloutHistory() {
      return selectRollouts.all().map((row) => JSON.parse(row.doc) as StoredRollout);
    },
    async putRollout(next, expectedRevision) {
      assertPlainData(next, 'rollout');
      return db.transaction(putRollout).immediate(next, expectedRevision);
    },

    async createRolloutProposal(proposal) {
      assertText(proposal.id, 'proposal id');
      assertPlainData(proposal, 'rollout proposal');
      insertProposal.run(proposal.id, proposal.proposedAt, JSON.stringify(proposal));
    },
    async getRolloutProposal(id) {
      assertText(id, 'proposal id');
      const row = selectProposal.get(id);
      return row ? (JSON.parse(row.doc) as StoredRolloutProposal) : null;
    },
    async listRolloutProposals() {
      return selectProposals.all().map((row) => JSON.parse(row.doc) as StoredRolloutProposal);
    },
    async decideRolloutProposal(id, decided, next) {
      assertText(id, 'proposal id');
      assertPlainData(decided, 'decision');
      if (next) assertPlainData(next, 'rollout');
      return decide.immediate(id, decided, next);
    },
  };
}
