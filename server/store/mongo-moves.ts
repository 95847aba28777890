/** MoveStore on MongoDB: the same query as sqlite-moves.ts, on the stored document's move fields. */
import type { Collection, Document } from 'mongodb';
import type { FormRecord } from '../../engine/types.ts';
import { assertText } from './paths.ts';
import { assertMoveQuery, type MoveStore } from './moves.ts';

export function mongoMoves(records: Collection<Document & { _id: string }>): MoveStore {
  const withoutId = { projection: { _id: 0 } } as const;
  return {
    async findMoves(query) {
      assertMoveQuery(query);
      if (query.locations.length === 0) return { records: [], total: 0 };
      const filter = {
        $or: [{ 'move.from': { $in: query.locations } }, { 'move.to': { $in: query.locations } }],
        'move.date': { $gte: query.fromDate, $lte: query.toDate },
      };
      const direction = query.order === 'desc' ? -1 : 1;
      const [total, page] = await Promise.all([
        records.countDocuments(filter),
        records.find(filter, withoutId).sort({ 'move.date': direction, 'move.id': 1, form: 1 }).skip(query.offset).limit(query.limit).toArray(),
      ]);
      return { records: page as unknown as FormRecord[], total };
    },
    async recordForMove(form, moveId) {
      assertText(form, 'form');
      assertText(moveId, 'moveId');
      return (await records.findOne({ form, 'move.id': moveId }, withoutId)) as unknown as FormRecord | null;
    },
  };
}
