/**
 * The definitions registry in MongoDB. Definitions and rollouts are strings inside their documents, so
 * their "$" keys never become document keys. Conditional changes are single findOneAndUpdate calls
 * filtered on the expected revision or state; the two-step changes (approve a draft and publish it;
 * decide a proposal and change the rollout) run in a transaction where the deployment has them, and
 * otherwise in an order whose failure leaves nothing published (the second step undoes the first).
 * No MongoDB server runs where this was written: it is type-checked and read against the SQLite
 * adapter, and runs the same contract test when MONGODB_URL is set.
 */
import { MongoServerError, type ClientSession, type Db, type Document } from 'mongodb';
import { assertPlainData, assertText } from './paths.ts';
import { DuplicateError } from './types.ts';
import { mongoTranslations, TRANSLATIONS } from './mongo-translations.ts';
import type { TranslationStore } from './translations.ts';
import type { DefinitionsStore, DraftChange, HistoryEvent, PublishedVersion, StoredDraft, StoredRollout, StoredRolloutProposal } from './definitions-types.ts';

type Atomically = <T>(work: (session?: ClientSession) => Promise<T>) => Promise<T>;
type Stored = Document & { _id: string };
const withoutId = { projection: { _id: 0 } } as const;

export async function mongoDefinitionsStore(db: Db, atomically: Atomically): Promise<DefinitionsStore & TranslationStore> {
  const versions = db.collection<Stored>('publishedVersions');
  const drafts = db.collection<Stored>('drafts');
  const rollouts = db.collection<Document & { _id: number }>('rollouts');
  const proposals = db.collection<Stored>('rolloutProposals');
  await Promise.all([
    versions.createIndexes([{ key: { publishedAt: 1 }, name: 'published_at' }]),
    drafts.createIndexes([{ key: { createdAt: -1 }, name: 'created_at' }]),
    proposals.createIndexes([{ key: { proposedAt: -1 }, name: 'proposed_at' }]),
  ]);
  const versionId = (name: string, version: string) => `${name}@${version}`;

  /** Looks before inserting: inside a transaction a failed insert aborts everything, so it cannot be asked about after. */
  async function publish(version: PublishedVersion, session?: ClientSession): Promise<boolean> {
    const _id = versionId(version.name, version.version);
    const stored = await versions.findOne({ _id }, { session });
    if (stored?.hash === version.hash) return false;
    const changed = () => new DuplicateError(`${version.name} ${version.version} is already published with different content: a published version never changes; give the change a new version number`);
    if (stored) throw changed();
    try {
      await versions.insertOne({ _id, ...version }, { session });
      return true;
    } catch (error) {
      if (error instanceof MongoServerError && error.code === 11000) throw changed();
      throw error;
    }
  }

  async function changeDraft(id: string, expectedRevision: number, change: DraftChange, event: HistoryEvent, filter: Document, session?: ClientSession): Promise<StoredDraft | null> {
    const updated = await drafts.findOneAndUpdate(
      { _id: id, revision: expectedRevision, ...filter },
      { $set: { ...change, revision: expectedRevision + 1 }, $push: { history: { ...event, revision: expectedRevision + 1 } } } as Document,
      { session, returnDocument: 'after', projection: { _id: 0 } },
    );
    return updated as unknown as StoredDraft | null;
  }

  async function currentRollout(session?: ClientSession): Promise<StoredRollout | null> {
    return (await rollouts.find({}, { session, projection: { _id: 0 } }).sort({ _id: -1 }).limit(1).next()) as unknown as StoredRollout | null;
  }

  /** The revision is the _id, so two servers putting the same next revision cannot both succeed. */
  async function putRollout(next: Omit<StoredRollout, 'revision'>, expectedRevision: number, session?: ClientSession): Promise<StoredRollout | null> {
    const current = await currentRollout(session);
    if ((current?.revision ?? 0) !== expectedRevision) return null;
    const stored: StoredRollout = { ...next, revision: expectedRevision + 1 };
    try {
      await rollouts.insertOne({ _id: stored.revision, ...stored }, { session });
    } catch (error) {
      if (error instanceof MongoServerError && error.code === 11000) return null;
      throw error;
    }
    return stored;
  }

  return {
    ...mongoTranslations(db),
    async publishVersion(version) {
      assertPlainData(version, 'published version');
      return publish(version);
    },
    async getPublishedVersion(name, version) {
      assertText(name, 'name');
      assertText(version, 'version');
      return (await versions.findOne({ _id: versionId(name, version) }, withoutId)) as unknown as PublishedVersion | null;
    },
    async listPublishedVersions() {
      return (await versions.find({}, { projection: { _id: 0, definition: 0 } }).sort({ publishedAt: 1, _id: 1 }).toArray()) as unknown as PublishedVersion[];
    },
    async registryStamp() {
      // One round trip: the count of versions, the newest rollout's revision and the sum of the
      // translations' revisions (they only grow and are never removed, so the sum moves with every
      // change). An empty collection adds no document, hence the zeros.
      const [stamp] = await versions.aggregate<{ versions: number; rolloutRevision: number | null; translations: number }>([
        { $group: { _id: null, versions: { $sum: 1 } } },
        { $unionWith: { coll: rollouts.collectionName, pipeline: [{ $group: { _id: null, rolloutRevision: { $max: '$revision' } } }] } },
        { $unionWith: { coll: TRANSLATIONS, pipeline: [{ $group: { _id: null, translations: { $sum: '$revision' } } }] } },
        { $group: { _id: null, versions: { $sum: '$versions' }, rolloutRevision: { $max: '$rolloutRevision' }, translations: { $sum: '$translations' } } },
      ]).toArray();
      return { versions: stamp?.versions ?? 0, rolloutRevision: stamp?.rolloutRevision ?? 0, translations: stamp?.translations ?? 0 };
    },

    async createDraft(draft) {
      assertText(draft.id, 'draft id');
      assertPlainData(draft, 'draft');
      await drafts.insertOne({ _id: draft.id, ...draft });
    },
    async getDraft(id) {
      assertText(id, 'draft id');
      return (await drafts.findOne({ _id: id }, withoutId)) as unknown as StoredDraft | null;
    },
    async listDrafts() {
      return (await drafts.find({}, { projection: { _id: 0, definition: 0 } }).sort({ createdAt: -1, _id: 1 }).toArray()) as unknown as StoredDraft[];
    },
    async updateDraft(id, expectedRevision, change, event) {
      assertText(id, 'draft id');
      assertPlainData(change, 'draft change');
      assertPlainData(event, 'draft event');
      return changeDraft(id, expectedRevision, change, event, {});
    },
    async approveDraft(id, expectedRevision, change, event, version) {
      assertText(id, 'draft id');
      for (const [value, what] of [[change, 'draft change'], [event, 'draft event'], [version, 'published version']] as const) assertPlainData(value, what);
      return atomically(async (session) => {
        const approved = await changeDraft(id, expectedRevision, change, event, { state: 'submitted' }, session);
        if (!approved) return null;
        let published = false;
        try {
          published = await publish(version, session);
        } finally {
          // Without a transaction, undo the approval rather than leave an approved draft that published nothing.
          if (!published && !session) {
            await drafts.updateOne({ _id: id, revision: expectedRevision + 1 }, { $set: { state: 'submitted', revision: expectedRevision + 2 }, $unset: { decided: '', approval: '' }, $push: { history: { at: event.at, user: event.user, action: 'approval undone: version already published', revision: expectedRevision + 2 } } } as Document);
          }
        }
        if (!published) throw new DuplicateError(`${version.name} ${version.version} is already published`);
        return approved;
      });
    },

    async getRollout() {
      return currentRollout();
    },
    async rolloutHistory() {
      return (await rollouts.find({}, { projection: { _id: 0 } }).sort({ _id: 1 }).toArray()) as unknown as StoredRollout[];
    },
    async putRollout(next, expectedRevision) {
      assertPlainData(next, 'rollout');
      return putRollout(next, expectedRevision);
    },

    async createRolloutProposal(proposal) {
      assertText(proposal.id, 'proposal id');
      assertPlainData(proposal, 'rollout proposal');
      await proposals.insertOne({ _id: proposal.id, ...proposal });
    },
    async getRolloutProposal(id) {
      assertText(id, 'proposal id');
      return (await proposals.findOne({ _id: id }, withoutId)) as unknown as StoredRolloutProposal | null;
    },
    async listRolloutProposals() {
      return (await proposals.find({}, withoutId).sort({ proposedAt: -1, _id: 1 }).toArray()) as unknown as StoredRolloutProposal[];
    },
    async decideRolloutProposal(id, decided, next) {
      assertText(id, 'proposal id');
      assertPlainData(decided, 'decision');
      if (next) assertPlainData(next, 'rollout');
      return atomically(async (session) => {
        // The proposal is claimed first, so two approvers cannot both change the rollout for it.
        const claimed = await proposals.findOneAndUpdate({ _id: id, state: 'proposed' }, { $set: decided }, { session, returnDocument: 'after', projection: { _id: 0 } });
        if (!claimed) return null;
        if (next && !(await putRollout(next.rollout, next.expectedRevision, session))) {
          if (session) throw new RolloutMovedOn();
          await proposals.updateOne({ _id: id }, { $set: { state: 'proposed' }, $unset: { decided: '' } });
          return null;
        }
        return claimed as unknown as StoredRolloutProposal;
      }).catch((error: unknown) => {
        if (error instanceof RolloutMovedOn) return null;
        throw error;
      });
    },
  };
}

/** Aborts the transaction when the rollout changed under a proposal's approval. */
class RolloutMovedOn extends Error {}
