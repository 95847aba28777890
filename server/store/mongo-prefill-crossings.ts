/** The MongoDB side of PrefillCrossingStore: one document per crossing, filtered on either end of either move. */
import type { Db, Document } from 'mongodb';
import { assertPlainData, assertText, assertTextList } from './paths.ts';
import type { PrefillCrossing, PrefillCrossingStore } from './prefill-crossings.ts';

export async function mongoPrefillCrossings(db: Db): Promise<PrefillCrossingStore> {
  const crossings = db.collection<Document & { _id: string }>('prefillCrossings');
  await crossings.createIndexes([{ key: { at: -1 }, name: 'at' }]);
  return {
    async recordPrefillCrossings(entries) {
      assertPlainData(entries, 'prefill crossings');
      if (entries.length === 0) return;
      await crossings.insertMany(entries.map((entry) => ({ _id: entry.id, ...entry })));
    },
    async prefillCrossings({ locations, since, limit }) {
      assertTextList(locations, 'locations');
      if (since !== undefined) assertText(since, 'since');
      if (locations.length === 0 || limit < 1) return [];
      const within = { $in: locations };
      const filter = {
        at: { $gte: since ?? '' },
        $or: [{ 'move.from': within }, { 'move.to': within }, { 'source.from': within }, { 'source.to': within }],
      };
      const found = await crossings.find(filter, { projection: { _id: 0 } }).sort({ at: -1, id: 1 }).limit(Math.floor(limit)).toArray();
      return found as unknown as PrefillCrossing[];
    },
  };
}
