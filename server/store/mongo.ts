/**
 * The MongoDB store, for deployments that run several servers. Each record is one document; an update
 * is one findOneAndUpdate filtered on the expected revision ($set per answer path, $push for appends,
 * $inc revision), so editors of different answers never overwrite each other and a stale editor gets
 * null. Writes wait for a majority (journaled); reads that decide something use majority read concern.
 *
 * The audit entry is written with its change. On a replica set or sharded cluster both happen in one
 * transaction. On a standalone server (no transactions) the change is written first and the audit entry
 * right after: if the process dies between the two, the change stands without its audit entry. Run a
 * replica set (even of one member) in production; the server logs a warning when it has none.
 */
import { randomUUID } from 'node:crypto';
import { MongoClient, MongoServerError, type ClientSession, type Collection, type Document } from 'mongodb';
import type { FormRecord } from '../../engine/types.ts';
import { applyUpdate, assertPlainData, assertText, assertTextList, checkUpdate } from './paths.ts';
import { mongoDefinitionsStore } from './definitions-mongo.ts';
import { appendedIds, duplicateEntry } from './entry-ids.ts';
import { mongoDeviceKeys } from './mongo-device-keys.ts';
import { mongoMoves } from './mongo-moves.ts';
import { mongoLoginDelays } from './mongo-login-delays.ts';
import { mongoUserLanguages } from './mongo-user-languages.ts';
import { mongoPrefillCrossings } from './mongo-prefill-crossings.ts';
import { mongoConfirmedRecords } from './mongo-confirmed-records.ts';
import { mongoReportStore } from './mongo-reports.ts';
import { mongoQualityChecks } from './mongo-quality-checks.ts';
import { DuplicateError, type AuditEntry, type RecordQuery, type Store, type StoredSession, type StoredUser } from './types.ts';

const withoutId = { projection: { _id: 0 } } as const;

/** Every collection is keyed by a string id (record id, audit id, username, session id). */
type Stored = Document & { _id: string };

/** Connects, ensures the indexes, and returns the store. `dbName` defaults to the URL's, else "per". */
export async function openMongoStore(url: string, dbName?: string): Promise<Store> {
  const client = new MongoClient(url, {
    writeConcern: { w: 'majority', journal: true },
    readConcern: { level: 'majority' },
    // Optional record fields left undefined are dropped, as JSON.stringify does in the SQLite store.
    ignoreUndefined: true,
  });
  await client.connect();
  const db = client.db(dbName ?? (client.options.dbName === 'test' ? 'per' : client.options.dbName));
  const records = db.collection<Stored>('records');
  const audit = db.collection<Stored>('audit');
  const users = db.collection<Stored>('users');
  const sessions = db.collection<Stored>('sessions');
  const previews = db.collection<Stored>('previews');
  const printLinks = db.collection<Stored>('printLinks');
  await Promise.all([
    records.createIndexes([
      { key: { form: 1, 'move.id': 1 }, unique: true, name: 'form_move_unique' },
      { key: { 'person.id': 1, form: 1, 'confirmed.at': -1 }, name: 'person_form_confirmed' },
      { key: { 'move.from': 1 }, name: 'move_from' },
      { key: { 'move.to': 1 }, name: 'move_to' },
      { key: { 'move.date': 1 }, name: 'move_date' },
    ]),
    audit.createIndexes([{ key: { recordId: 1, revision: 1 }, unique: true, name: 'record_revision' }]),
    sessions.createIndexes([{ key: { lastSeenAt: 1 }, name: 'last_seen' }, { key: { username: 1 }, name: 'username' }]),
    previews.createIndexes([{ key: { at: 1 }, name: 'at' }]),
    printLinks.createIndexes([{ key: { expiresAt: 1 }, name: 'expires_at' }]),
  ]);
  const transactions = await supportsTransactions(client);
  if (!transactions) console.warn('MongoDB is a standalone server: record changes and their audit entries are written one after the other, not in a transaction');

  async function atomically<T>(work: (session?: ClientSession) => Promise<T>): Promise<T> {
    if (!transactions) return work();
    const session = client.startSession();
    try {
      return await session.withTransaction(() => work(session));
    } finally {
      await session.endSession();
    }
  }

  function auditDocument(recordId: string, revision: number, entry: Omit<AuditEntry, 'id' | 'recordId'>): Stored {
    const id = randomUUID();
    return { _id: id, id, recordId, ...entry, revision };
  }

  const { keepFactsOfChange, ...reports } = await mongoReportStore(records, db.collection<Stored>('reportFacts'), db.collection('reportCountsMonth'), db.collection('reportMonths'), db.collection<Stored>('activity'), atomically);
  const definitions = await mongoDefinitionsStore(db, atomically);
  return {
    ...definitions,
    ...mongoMoves(records),
    ...mongoLoginDelays(db),
    ...mongoUserLanguages(db),
    ...mongoDeviceKeys(db),
    ...(await mongoPrefillCrossings(db)),
    ...mongoConfirmedRecords(records),
    ...reports,
    ...(await mongoQualityChecks(db)),
    async insertRecord(record, entry, factsOfChange) {
      assertPlainData(record, 'record');
      assertPlainData(entry, 'audit');
      try {
        await atomically(async (session) => {
          await records.insertOne({ _id: record.id, ...record }, { session });
          await audit.insertOne(auditDocument(record.id, record.revision, entry), { session });
          // The record's report facts in the same transaction (sqlite.ts: insertWithAudit).
          if (factsOfChange) await keepFactsOfChange(record, entry, factsOfChange, session);
        });
      } catch (error) {
        if (isDuplicateKey(error)) throw new DuplicateError(`a record with id ${record.id}, or of form ${record.form} for move ${record.move.id}, already exists`);
        throw error;
      }
    },
    async getRecord(id) {
      assertText(id, 'record id');
      return (await records.findOne({ _id: id }, withoutId)) as unknown as FormRecord | null;
    },
    async findRecords(query: RecordQuery) {
      assertText(query.personId, 'personId');
      assertTextList(query.locations, 'locations');
      if (query.locations.length === 0) return [];
      const filter = { 'person.id': query.personId, $or: [{ 'move.from': { $in: query.locations } }, { 'move.to': { $in: query.locations } }] };
      return (await records.find(filter, withoutId).sort({ createdAt: -1, _id: 1 }).toArray()) as unknown as FormRecord[];
    },
    async lastConfirmedRecords(personId, forms) {
      assertText(personId, 'personId');
      assertTextList(forms, 'forms');
      if (forms.length === 0) return [];
      return (await records.aggregate([
        { $match: { 'person.id': personId, form: { $in: forms }, 'confirmed.at': { $exists: true }, state: { $ne: 'cancelled' } } },
        { $sort: { 'confirmed.at': -1 } },
        { $group: { _id: '$form', record: { $first: '$$ROOT' } } },
        { $replaceWith: '$record' },
        { $project: { _id: 0 } },
        { $sort: { form: 1 } },
      ]).toArray()) as unknown as FormRecord[];
    },
    async updateRecord(id, update, factsOfChange) {
      assertText(id, 'record id');
      const checked = checkUpdate(update);
      const operations: Document = { $inc: { revision: 1 } };
      if (checked.set.length) operations.$set = Object.fromEntries(checked.set.map(([keys, value]) => [keys.join('.'), value]));
      if (checked.unset.length) operations.$unset = Object.fromEntries(checked.unset.map((keys) => [keys.join('.'), '']));
      if (checked.push.length) operations.$push = Object.fromEntries(checked.push.map(([keys, items]) => [keys.join('.'), { $each: items }]));
      const appended = appendedIds(checked);
      // No list may hold an id twice: the filter leaves out a record already holding one (entry-ids.ts).
      const filter: Document = { _id: id, revision: update.expectedRevision, ...Object.fromEntries(appended.map(({ path, ids }) => [[...path, 'id'].join('.'), { $nin: ids }])) };
      try {
        return await atomically(async (session) => {
          // With the caller's copy at the expected revision (RecordUpdate.base), the server only counts the match: the record is not sent back.
          const base = update.base?.id === id && update.base.revision === update.expectedRevision ? update.base : undefined;
          const updated: Document | null = base
            ? ((await records.updateOne(filter, operations, { session })).matchedCount === 1 ? applyUpdate(base, checked) : null)
            : await records.findOneAndUpdate(filter, operations, { session, returnDocument: 'after', projection: { _id: 0 } });
          if (!updated) {
            const clash = appended.length ? await records.findOne({ _id: id, revision: update.expectedRevision }, { session, projection: { _id: 0 } }) : null;
            if (clash) throw firstClash(clash, appended);
            return null;
          }
          await audit.insertOne(auditDocument(id, updated.revision as number, update.audit), { session });
          if (factsOfChange) await keepFactsOfChange(updated as unknown as FormRecord, update.audit, factsOfChange, session);
          return updated as unknown as FormRecord;
        });
      } catch (error) {
        if (isDuplicateKey(error)) throw new DuplicateError(`the update of record ${id} would duplicate another record's form and move`);
        throw error;
      }
    },
    async auditTrail(recordId) {
      assertText(recordId, 'record id');
      return (await audit.find({ recordId }, withoutId).sort({ revision: 1 }).toArray()) as unknown as AuditEntry[];
    },

    async getUser(username) {
      assertText(username, 'username');
      return (await users.findOne({ _id: username }, withoutId)) as unknown as StoredUser | null;
    },
    async putUser(user) {
      assertText(user.username, 'username');
      assertPlainData(user, 'user');
      await users.replaceOne({ _id: user.username }, { _id: user.username, ...user }, { upsert: true });
    },
    async recordFailedLogin(username, at, lockAfter) {
      assertText(username, 'username');
      assertText(at, 'at');
      // One pipeline update: the count and the lock move together, however many attempts race.
      const updated = await users.findOneAndUpdate({ _id: username }, [
        { $set: { failedAttempts: { $add: [{ $ifNull: ['$failedAttempts', 0] }, 1] } } },
        { $set: { lockedAt: { $cond: [{ $and: [{ $gte: ['$failedAttempts', lockAfter] }, { $not: [{ $ifNull: ['$lockedAt', false] }] }] }, at, '$lockedAt'] } } },
      ], { returnDocument: 'after' });
      return (updated?.failedAttempts as number | undefined) ?? 0;
    },
    async resetFailedLogins(username) {
      assertText(username, 'username');
      await users.updateOne({ _id: username }, { $set: { failedAttempts: 0 } });
    },

    async createSession(session) {
      assertText(session.id, 'session id');
      assertPlainData(session, 'session');
      await sessions.insertOne({ _id: session.id, ...session });
    },
    async getSession(id) {
      assertText(id, 'session id');
      // Every API request needs both: one round trip instead of two (the embedded store's LEFT JOIN).
      const [found] = await sessions.aggregate([
        { $match: { _id: id } },
        { $lookup: { from: 'userLanguages', localField: 'username', foreignField: '_id', as: 'chosen' } },
        { $project: { _id: 0 } },
      ]).toArray();
      if (!found) return null;
      const { chosen, ...session } = found as StoredSession & { chosen: { language?: unknown }[] };
      const language = chosen[0]?.language;
      return { ...session, userLanguage: typeof language === 'string' ? language : null };
    },
    async touchSession(id, at) {
      assertText(id, 'session id');
      assertText(at, 'at');
      await sessions.updateOne({ _id: id }, { $set: { lastSeenAt: at } });
    },
    async deleteSession(id) {
      assertText(id, 'session id');
      await sessions.deleteOne({ _id: id });
    },
    async deleteIdleSessions(before) {
      assertText(before, 'before');
      return (await sessions.deleteMany({ lastSeenAt: { $lt: before } })).deletedCount;
    },

    async putPreview(hash, definition, at) {
      assertText(hash, 'preview hash');
      assertText(definition, 'preview definition');
      assertText(at, 'at');
      // The definition stays one string: its "$schema" and "$defs" keys never become document keys.
      await previews.updateOne({ _id: hash }, { $set: { at }, $setOnInsert: { definition } }, { upsert: true });
    },
    async getPreview(hash) {
      assertText(hash, 'preview hash');
      const found = await previews.findOne({ _id: hash });
      return typeof found?.definition === 'string' ? found.definition : null;
    },
    async deletePreviewsBefore(before) {
      assertText(before, 'before');
      return (await previews.deleteMany({ at: { $lt: before } })).deletedCount;
    },

    async createPrintLink(link) {
      for (const [name, value] of Object.entries(link)) assertText(value, `print link ${name}`);
      await printLinks.insertOne({ _id: link.hash, recordId: link.recordId, username: link.username, expiresAt: link.expiresAt, usedAt: null });
    },
    async usePrintLink(hash, now) {
      assertText(hash, 'print link hash');
      assertText(now, 'now');
      const used = await printLinks.findOneAndUpdate(
        { _id: hash, usedAt: null, expiresAt: { $gt: now } },
        { $set: { usedAt: now } },
        { returnDocument: 'after' },
      );
      return used ? { hash: used._id, recordId: String(used.recordId), username: String(used.username), expiresAt: String(used.expiresAt), usedAt: String(used.usedAt) } : null;
    },
    async deletePrintLinksBefore(before) {
      assertText(before, 'before');
      return (await printLinks.deleteMany({ expiresAt: { $lt: before } })).deletedCount;
    },

    async close() {
      await client.close();
    },
  };
}

/** Transactions need a replica set member or a mongos router. */
async function supportsTransactions(client: MongoClient): Promise<boolean> {
  const hello = await client.db('admin').command({ hello: 1 });
  return typeof hello.setName === 'string' || hello.msg === 'isdbgrid';
}

function isDuplicateKey(error: unknown): boolean {
  return error instanceof MongoServerError && error.code === 11000;
}

/** The DuplicateError for the first appended id the record's list already holds. */
function firstClash(record: Document, appended: { path: string[]; ids: string[] }[]): Error {
  for (const { path, ids } of appended) {
    const list = path.reduce<unknown>((node, key) => (node as Document | undefined)?.[key], record);
    const taken = Array.isArray(list) ? list.find((item: { id?: unknown }) => ids.includes(item?.id as string)) : undefined;
    if (taken) return duplicateEntry(path, (taken as { id: string }).id);
  }
  return duplicateEntry(appended[0]!.path, appended[0]!.ids[0]!);
}
