/**
 * The copy of a record the browser keeps so the escort can still read it without a signal: the record
 * as the server last gave it, who was signed in, the place names and the form's definition, sealed
 * with the device key. Kept only for records the server has just shown this user (so only records
 * they may see), and only until KEEP_HOURS after it was last opened with a signal, the end of the
 * escort (the record handed over with nothing left to send), or sign-out, whichever comes first.
 */
import type { FormRecord } from '../../engine/types.ts';
import type { SessionInfo } from '../api-client.ts';
import { open, seal } from './crypto.ts';
import { allCopies, deleteCopy, getCopy, putCopy } from './device-db.ts';

export const KEEP_HOURS = 24;

export interface OfflineCopy {
  record: FormRecord;
  session: SessionInfo;
  locations: { code: string; name: string }[];
  definition: Record<string, unknown>;
  /** The definition's texts still in English (LoadedForm.inEnglish); absent in copies kept before it was. */
  inEnglish?: readonly string[];
  savedAt: string;
}

export async function keepCopy(copy: OfflineCopy): Promise<void> {
  const keepUntil = new Date(Date.parse(copy.savedAt) + KEEP_HOURS * 3_600_000).toISOString();
  await putCopy({ recordId: copy.record.id, keepUntil, sealed: await seal(copy) });
}

/** The record's copy, when this tab can open it and it has not expired. */
export async function readCopy(recordId: string): Promise<OfflineCopy | undefined> {
  await dropExpiredCopies();
  const stored = await getCopy(recordId);
  return stored ? open<OfflineCopy>(stored.sealed) : undefined;
}

/** Replaces the record in its copy (after entries were sent or recorded), keeping its expiry. */
export async function updateCopiedRecord(record: FormRecord): Promise<void> {
  const stored = await getCopy(record.id);
  const copy = stored && (await open<OfflineCopy>(stored.sealed));
  if (stored && copy) await putCopy({ ...stored, sealed: await seal({ ...copy, record }) });
}

export async function dropCopy(recordId: string): Promise<void> {
  await deleteCopy(recordId);
}

async function dropExpiredCopies(now = new Date().toISOString()): Promise<void> {
  for (const copy of await allCopies()) if (copy.keepUntil < now) await deleteCopy(copy.recordId);
}
