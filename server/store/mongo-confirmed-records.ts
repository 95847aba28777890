/**
 * The MongoDB side of ConfirmedRecordsStore: one indexed range query per batch, resumed after the last
 * document (no server cursor is held between batches, so a slow consumer never sees it time out).
 */
import type { Collection, Document, Filter } from 'mongodb';
import type { FormRecord } from '../../engine/types.ts';
import { checkConfirmedQuery, cursorAfter, type ConfirmedRecordsStore, type Cursor } from './confirmed-records.ts';

export function mongoConfirmedRecords(records: Collection<Document & { _id: string }>): ConfirmedRecordsStore {
  let indexed: Promise<unknown> | undefined;
  return {
    async *confirmedRecords(query) {
      const size = checkConfirmedQuery(query);
      indexed ??= records.createIndex({ form: 1, 'confirmed.at': 1, _id: 1 }, { name: 'form_confirmed' });
      await indexed;
      let cursor: Cursor | undefined;
      for (;;) {
        const filter: Filter<Document & { _id: string }> = {
          form: query.form,
          'confirmed.at': { $gte: query.since },
          state: { $ne: 'cancelled' },
          ...(query.exceptVersion === undefined ? {} : { version: { $ne: query.exceptVersion } }),
          ...(cursor ? { $or: [{ 'confirmed.at': { $gt: cursor.at } }, { 'confirmed.at': cursor.at, _id: { $gt: cursor.id } }] } : {}),
        };
        const batch = (await records.find(filter, { projection: { _id: 0 } }).sort({ 'confirmed.at': 1, _id: 1 }).limit(size).toArray()) as unknown as FormRecord[];
        if (batch.length > 0) yield batch;
        if (batch.length < size) return;
        cursor = cursorAfter(batch);
      }
    },
  };
}
