/**
 * Qualitative checks in MongoDB. The draw is one aggregation: the frame's records (by the move.from
 * index), ranked by $toHashedIndexKey of seed, a line feed and the id (MongoDB's own 64-bit hash, so the
 * order differs from the embedded store's but is as fixed), sorted and cut at the sample size; only ids
 * leave the server.
 */
import type { Collection, Db, Document } from 'mongodb';
import { assertPlainData, assertText, assertTextList } from './paths.ts';
import type { QualityCheckStore, QualitySample, QualityScore } from './quality-checks.ts';

type Stored = Document & { _id: string };
const withoutId = { projection: { _id: 0 } } as const;

export async function mongoQualityChecks(db: Db): Promise<QualityCheckStore> {
  const records: Collection<Stored> = db.collection<Stored>('records');
  const samples = db.collection<Stored>('qualitySamples');
  const scores = db.collection<Stored>('qualityScores');
  await Promise.all([
    records.createIndexes([{ key: { 'move.from': 1, form: 1, 'move.date': 1 }, name: 'sample_frame' }]),
    samples.createIndexes([{ key: { createdBy: 1, createdAt: -1 }, name: 'created_by' }]),
    scores.createIndexes([
      { key: { sampleId: 1, recordId: 1 }, unique: true, name: 'sample_record' },
      { key: { 'record.form': 1, 'record.location': 1, 'record.moveDate': 1 }, name: 'record_where' },
    ]),
  ]);
  const scoreId = (score: Pick<QualityScore, 'sampleId' | 'recordId'>) => `${score.sampleId}\n${score.recordId}`;

  return {
    async drawSample(frame, seed, size) {
      for (const [name, value] of Object.entries({ ...frame, seed })) assertText(value, name);
      const drawn = await records.aggregate<{ id: string }>([
        { $match: { 'move.from': frame.location, form: frame.form, 'confirmed.at': { $exists: true }, state: { $ne: 'cancelled' }, 'move.date': { $gte: frame.from, $lte: frame.to } } },
        { $project: { _id: 0, id: 1, rank: { $toHashedIndexKey: { $concat: [seed, '\n', '$id'] } } } },
        { $sort: { rank: 1, id: 1 } },
        { $limit: size },
      ]).toArray();
      return drawn.map((d) => d.id);
    },
    async insertSample(sample) {
      assertPlainData(sample, 'sample');
      await samples.insertOne({ _id: sample.id, ...sample });
    },
    async getSample(id) {
      assertText(id, 'sample id');
      return (await samples.findOne({ _id: id }, withoutId)) as unknown as QualitySample | null;
    },
    async samplesBy(username) {
      assertText(username, 'username');
      return (await samples.find({ createdBy: username }, withoutId).sort({ createdAt: -1, _id: 1 }).toArray()) as unknown as QualitySample[];
    },
    async putScore(score) {
      assertPlainData(score, 'score');
      await scores.replaceOne({ _id: scoreId(score) }, { _id: scoreId(score), ...score }, { upsert: true });
    },
    async scoresOfSample(sampleId) {
      assertText(sampleId, 'sample id');
      return (await scores.find({ sampleId }, withoutId).sort({ recordId: 1 }).toArray()) as unknown as QualityScore[];
    },
    async scores(query) {
      assertText(query.form, 'form');
      assertTextList(query.locations, 'locations');
      if (query.locations.length === 0) return [];
      const moveDate: Document = {};
      if (query.from !== undefined) { assertText(query.from, 'from'); moveDate.$gte = query.from; }
      if (query.to !== undefined) { assertText(query.to, 'to'); moveDate.$lte = query.to; }
      const filter: Document = { 'record.form': query.form, 'record.location': { $in: query.locations } };
      if (Object.keys(moveDate).length > 0) filter['record.moveDate'] = moveDate;
      return (await scores.find(filter, withoutId).sort({ 'record.moveDate': 1, sampleId: 1, recordId: 1 }).toArray()) as unknown as QualityScore[];
    },
  };
}
