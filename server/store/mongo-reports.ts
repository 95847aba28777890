/**
 * The MongoDB store's reports: one facts document per record (collection reportFacts, _id = record
 * id, with its keyed counts) and keyed counts summed per month, sending location, version, measure
 * and key (reportCountsMonth); partial months at a period's edges are summed from the records' counts.
 * Each aggregation pipeline below is the twin of the SQL in sqlite-reports.ts; indexes lead with the
 * filters every report uses (form, moveDate, location, version). Facts move with their counts in one
 * transaction on a replica set; on a standalone server the counts follow right after the facts.
 * The facts document also holds `replay`, the summary of the record's trail replay (engine/reports/replay.ts):
 * a record change folds its own audit entry into it and writes the facts in the change's transaction
 * (keepFactsOfChange, called by mongo.ts), the twin of report_replay and keepFactsOfChange in SQLite.
 * This adapter could not be run here (no MongoDB server can be installed): it is type-checked and
 * written to the same contract test as the embedded store.
 */
import { MongoServerError, type ClientSession, type Collection, type Document } from 'mongodb';
import type { KeyedCount, ReportFacts, CountMeasure } from '../../engine/reports/facts.ts';
import type { FormRecord } from '../../engine/types.ts';
import type { ReplaySummary, TrailEntry } from '../../engine/reports/replay.ts';
import { assertPlainData, assertText, assertTextList } from './paths.ts';
import type { ActivityEntry, FactQuery, FactTotals, FactsOfChange, ReportStore } from './report-types.ts';
import { planPeriod } from './report-periods.ts';
import { foldMinuteRows } from './report-fold.ts';

type Stored = Document & { _id: string };

/** Per-record figures summed per month; the facts document holds them under these names. */
const SUMMED = ['confirmed', 'cancelled', 'confirmedBeforeMove', 'handovers', 'handoversAllRedFlagsAcknowledged', 'redFlagsAdded',
  'prefilledAnswers', 'prefilledAnswersChanged', 'answersAmendedAfterComplete'] as const;

/** The group of a document whose date field is `date` ("moveDate" for facts, "month" for monthly sums). */
function groupExpression(by: FactQuery['by'], date: string): unknown {
  switch (by) {
    case 'location': return '$location';
    case 'version': return '$version';
    case 'month': return { $substrBytes: [`$${date}`, 0, 7] };
    case 'all': return { $literal: 'all' };
    default: throw new TypeError(`cannot group by ${String(by)}`);
  }
}

/** The twin of factWhere in sqlite-reports.ts. Every value is checked to be a string first. */
function factFilter(query: FactQuery, date: string, range: { from?: string; to?: string }): Document {
  assertText(query.form, 'form');
  const filter: Document = { form: query.form };
  const location: Document = {};
  if (query.locations !== undefined) { assertTextList(query.locations, 'locations'); location.$in = query.locations; }
  if (query.excludeLocations?.length) { assertTextList(query.excludeLocations, 'excludeLocations'); location.$nin = query.excludeLocations; }
  if (Object.keys(location).length) filter.location = location;
  const dates: Document = {};
  if (range.from !== undefined) { assertText(range.from, 'from'); dates.$gte = range.from; }
  if (range.to !== undefined) { assertText(range.to, 'to'); dates.$lte = range.to; }
  if (Object.keys(dates).length) filter[date] = dates;
  if (query.version !== undefined) { assertText(query.version, 'version'); filter.version = query.version; }
  return filter;
}

interface MongoReportStore extends ReportStore {
  /** Inside a record change's transaction (`session`): derives the record's facts from the replay summary kept in its facts document and writes both. */
  keepFactsOfChange(record: FormRecord, entry: TrailEntry, derive: FactsOfChange, session?: ClientSession): Promise<void>;
}

export async function mongoReportStore(
  records: Collection<Stored>,
  facts: Collection<Stored>,
  counts: Collection<Document>,
  months: Collection<Document>,
  activity: Collection<Stored>,
  atomically: <T>(work: (session?: ClientSession) => Promise<T>) => Promise<T>,
): Promise<MongoReportStore> {
  await Promise.all([
    facts.createIndexes([{ key: { form: 1, location: 1, moveDate: 1, version: 1 }, name: 'report_scope' }]),
    counts.createIndexes([{ key: { form: 1, location: 1, month: 1, version: 1, measure: 1, key: 1 }, unique: true, name: 'report_count_key' }]),
    months.createIndexes([{ key: { form: 1, location: 1, month: 1, version: 1, minutes: 1 }, unique: true, name: 'report_month_key' }]),
    activity.createIndexes([{ key: { at: -1 }, name: 'at' }]),
  ]);

  /** The twin of report_month: per-record figures summed per month, location, version and whole minute (-1: not confirmed). */
  function monthUpdate(f: Document, sign: number) {
    const inc: Document = { started: sign };
    for (const field of SUMMED) inc[field] = sign * Number(f[field]);
    return {
      updateOne: {
        filter: { form: f.form, location: f.location, month: String(f.moveDate).slice(0, 7), version: f.version, minutes: f.minutesToConfirm ?? -1 },
        update: { $inc: inc },
        upsert: true,
      },
    };
  }

  function countUpdates(bucket: ReportFacts | Document, list: KeyedCount[], sign: number) {
    return list.map((c) => ({
      updateOne: {
        filter: { form: bucket.form, location: bucket.location, month: String(bucket.moveDate).slice(0, 7), version: bucket.version, measure: c.measure, key: c.key },
        update: { $inc: { n: sign * c.n } },
        upsert: true,
      },
    }));
  }

  /** Replaces the facts document `before` (as read in the same session) by `next`, moving its counts and monthly sums. */
  async function writeFacts(next: ReportFacts, replay: ReplaySummary | undefined, before: Stored | null, session?: ClientSession): Promise<void> {
    if (before && (before.revision as number) >= next.revision) return;
    const document: Stored = {
      _id: next.recordId, ...next,
      confirmed: Number(next.confirmed), cancelled: Number(next.cancelled), confirmedBeforeMove: Number(next.confirmedBeforeMove),
      ...(replay ? { replay } : {}),
    };
    if (before) {
      // Conditional on the revision read: a writer that got in between keeps its (newer) facts.
      const replaced = await facts.replaceOne({ _id: next.recordId, revision: before.revision }, document, { session });
      if (replaced.matchedCount === 0) return;
    } else {
      try {
        await facts.insertOne(document, { session });
      } catch (error) {
        if (error instanceof MongoServerError && error.code === 11000) return;
        throw error;
      }
    }
    const updates = [...(before ? countUpdates(before, before.counts as KeyedCount[], -1) : []), ...countUpdates(next, next.counts, 1)];
    if (updates.length) await counts.bulkWrite(updates, { ordered: true, session });
    await months.bulkWrite([...(before ? [monthUpdate(before, -1)] : []), monthUpdate(document, 1)], { ordered: true, session });
  }

  return {
    async putReportFacts(next, replay) {
      assertPlainData(next, 'report facts');
      if (replay) assertPlainData(replay, 'replay summary');
      await atomically(async (session) => writeFacts(next, replay, await facts.findOne({ _id: next.recordId }, { session }), session));
    },
    async keepFactsOfChange(record, entry, derive, session) {
      // SELECT summary FROM report_replay WHERE record_id = ?: here the summary is a field of the facts document.
      const before = await facts.findOne({ _id: record.id }, { session });
      const kept = derive(record, entry, (before?.replay as ReplaySummary | undefined) ?? null);
      if (kept) await writeFacts(kept.facts, kept.replay, before, session);
    },
    async recordsWithStaleFacts(limit, afterId = '') {
      assertText(afterId, 'afterId');
      return (await records.aggregate([
        { $match: { _id: { $gt: afterId } } },
        { $sort: { _id: 1 } },
        { $lookup: { from: facts.collectionName, localField: '_id', foreignField: '_id', as: 'facts', pipeline: [{ $project: { revision: 1 } }] } },
        { $match: { $expr: { $or: [{ $eq: [{ $size: '$facts' }, 0] }, { $lt: [{ $first: '$facts.revision' }, '$revision'] }] } } },
        { $limit: limit },
        { $project: { _id: 0, facts: 0 } },
      ]).toArray()) as unknown as FormRecord[];
    },
    async reportFacts(query) {
      const group = groupExpression(query.by, 'moveDate');
      // Whole months from report_month UNION ALL partial edge days from the facts, then
      // SELECT group, minutes, SUM(started), SUM(confirmed), ... GROUP BY 1, 2 ORDER BY 1, 2
      const plan = planPeriod(query.from, query.to);
      const sumsOf = (field: string) => ({ $sum: `$${field}` });
      const edgeFacts = (days: { from: string; to: string }) => [
        { $match: factFilter(query, 'moveDate', days) },
        { $project: { _id: 0, group, minutes: { $ifNull: ['$minutesToConfirm', -1] }, started: { $literal: 1 }, ...Object.fromEntries(SUMMED.map((f) => [f, 1])) } },
      ];
      const wholeMonths = plan.months
        ? [{ $match: factFilter(query, 'month', plan.months) }, { $project: { _id: 0, group: groupExpression(query.by, 'month'), minutes: 1, started: 1, ...Object.fromEntries(SUMMED.map((f) => [f, 1])) } }]
        : [{ $match: { _id: { $exists: false } } }];
      const rows = (await months.aggregate([
        ...wholeMonths,
        ...plan.days.map((days) => ({ $unionWith: { coll: facts.collectionName, pipeline: edgeFacts(days) } })),
        { $group: { _id: { group: '$group', minutes: '$minutes' }, started: sumsOf('started'), ...Object.fromEntries(SUMMED.map((f) => [f, sumsOf(f)])) } },
        { $match: { started: { $ne: 0 } } },
        { $sort: { '_id.group': 1, '_id.minutes': 1 } },
        { $set: { group: '$_id.group', minutes: { $cond: [{ $eq: ['$_id.minutes', -1] }, null, '$_id.minutes'] } } },
        { $project: { _id: 0 } },
      ]).toArray()) as (FactTotals & { minutes: number | null })[];
      // Whole months from the monthly sums UNION ALL the partial edge days from the records' own counts,
      // then SELECT group, measure, key, SUM(n) ... GROUP BY 1, 2, 3 HAVING SUM(n) <> 0 ORDER BY 1, 2, 3
      const edge = (days: { from: string; to: string }) => [
        { $match: factFilter(query, 'moveDate', days) },
        { $unwind: '$counts' },
        { $project: { _id: 0, group, measure: '$counts.measure', key: '$counts.key', n: '$counts.n' } },
      ];
      const monthly = plan.months
        ? [{ $match: factFilter(query, 'month', plan.months) }, { $project: { _id: 0, group: groupExpression(query.by, 'month'), measure: 1, key: 1, n: 1 } }]
        : [{ $match: { _id: { $exists: false } } }];
      const keyed = await counts.aggregate([
        ...monthly,
        ...plan.days.map((days) => ({ $unionWith: { coll: facts.collectionName, pipeline: edge(days) } })),
        { $group: { _id: { group: '$group', measure: '$measure', key: '$key' }, n: { $sum: '$n' } } },
        { $match: { n: { $ne: 0 } } },
        { $sort: { '_id.group': 1, '_id.measure': 1, '_id.key': 1 } },
        { $project: { _id: 0, group: '$_id.group', measure: '$_id.measure', key: '$_id.key', n: 1 } },
      ]).toArray() as { group: string; measure: CountMeasure; key: string; n: number }[];
      return { ...foldMinuteRows(rows), counts: keyed };
    },

    async appendActivity(entry: ActivityEntry) {
      assertPlainData(entry, 'activity');
      await activity.insertOne({ _id: entry.id, ...entry });
    },
    async listActivity({ limit, before }) {
      if (before !== undefined) assertText(before, 'before');
      const filter = before === undefined ? {} : { at: { $lt: before } };
      return (await activity.find(filter, { projection: { _id: 0 } }).sort({ at: -1, id: 1 }).limit(limit).toArray()) as unknown as ActivityEntry[];
    },
  };
}
