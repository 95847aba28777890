/**
 * Who may see a record: someone with the "records" privilege who works where its move starts or ends.
 * Anyone else is told it does not exist (404), so record ids cannot be probed (the record routes refuse
 * a caller without the privilege first, with 403: records-privilege.ts). What a role may do with a visible record is the
 * definition's decision, asked of the engine in each route.
 */
import type { FormRecord, Move } from '../../engine/types.ts';
import type { Store } from '../store/types.ts';
import type { Principal } from '../auth/principal.ts';
import { notFound, words } from '../http/errors.ts';
import { mayWorkOnRecords } from './records-privilege.ts';

export function worksAtEitherEnd(principal: Principal, move: Pick<Move, 'from' | 'to'>): boolean {
  return mayWorkOnRecords(principal) && (principal.locations.includes(move.from) || principal.locations.includes(move.to));
}

export async function visibleRecord(store: Store, principal: Principal, id: string): Promise<FormRecord> {
  const record = await store.getRecord(id);
  if (!record || !worksAtEitherEnd(principal, record.move)) throw notFound(words('api.record.notFound'));
  return record;
}

/** Throws 404 unless the record is visible to the principal; for use inside a change's decision. */
export function assertVisible(principal: Principal, record: FormRecord): void {
  if (!worksAtEitherEnd(principal, record.move)) throw notFound(words('api.record.notFound'));
}
