/**
 * Entries (events, red flags, handovers) recorded on the device, sealed in IndexedDB and sent in the
 * order they were recorded. Each carries the id and the time the device gave it, so sending it again
 * after a lost answer stores nothing twice (the server answers a resend as the first time). A refusal
 * (the record was cancelled meanwhile, a red flag the handover did not acknowledge) stops the queue of
 * that record until the user decides: nothing is dropped or sent past it silently.
 */
import type { FormRecord } from '../../engine/types.ts';
import { ApiError, type ApiClient } from '../api-client.ts';
import { open, seal } from './crypto.ts';
import { addToOutbox, outboxOf, putOutboxItem, removeFromOutbox } from './device-db.ts';

export type QueuedKind = 'handover' | 'event' | 'redFlag';

/** What the server said when it refused an entry: its machine-readable reason and what it names. */
export interface Refused {
  status: number;
  message: string;
  reason?: 'recordCancelled' | 'unacknowledgedRedFlags' | 'idInUse';
  redFlags?: { id: string; risk: string; at?: string }[];
  cancelled?: { at: string; by: string; reason?: string };
  fields?: { field: string; message: string }[];
}

export interface QueuedEntry {
  seq: number;
  recordId: string;
  kind: QueuedKind;
  /** The request body, with its `id` and `recordedAt`. */
  body: Record<string, unknown>;
  refused?: Refused;
}

const PATHS: Record<QueuedKind, string> = { handover: 'handovers', event: 'events', redFlag: 'red-flags' };

export async function queueEntry(recordId: string, kind: QueuedKind, body: Record<string, unknown>): Promise<QueuedEntry> {
  const entry = { recordId, kind, body };
  const seq = await addToOutbox({ recordId, sealed: await seal(entry) });
  return { seq, ...entry };
}

/** The record's queued entries this tab can open, oldest first. */
export async function queuedEntries(recordId: string): Promise<QueuedEntry[]> {
  const items = await outboxOf(recordId);
  const opened = await Promise.all(items.map(async (item) => {
    const entry = await open<Omit<QueuedEntry, 'seq'>>(item.sealed);
    return entry ? { ...entry, seq: item.seq! } : undefined;
  }));
  return opened.filter((e): e is QueuedEntry => e !== undefined);
}

export async function replaceQueued(entry: QueuedEntry): Promise<void> {
  const { seq, ...rest } = entry;
  await putOutboxItem({ seq, recordId: entry.recordId, sealed: await seal(rest) });
}

export async function removeQueued(seq: number): Promise<void> {
  await removeFromOutbox(seq);
}

export interface SendResult {
  sent: number;
  /** The record as the server holds it after the last entry sent. */
  record?: FormRecord;
  /** No connection (or the server could not answer): the rest waits for the next try. */
  unreachable: boolean;
}

/** Sends the record's waiting entries in order, until one is refused or the connection fails. */
export async function sendQueued(client: ApiClient, recordId: string): Promise<SendResult> {
  const result: SendResult = { sent: 0, unreachable: false };
  for (const entry of await queuedEntries(recordId)) {
    if (entry.refused) break;
    try {
      result.record = await client.request<FormRecord>('POST', `/records/${encodeURIComponent(recordId)}/${PATHS[entry.kind]}`, entry.body);
      await removeQueued(entry.seq);
      result.sent++;
    } catch (error) {
      if (!(error instanceof ApiError) || error.status >= 500 || error.status === 401) {
        result.unreachable = true;
        break;
      }
      await replaceQueued({ ...entry, refused: refusedOf(error) });
      break;
    }
  }
  return result;
}

function refusedOf(error: ApiError): Refused {
  const body = (error.body ?? {}) as Partial<Refused>;
  const refused: Refused = { status: error.status, message: error.message };
  if (body.reason) refused.reason = body.reason;
  if (body.redFlags) refused.redFlags = body.redFlags;
  if (body.cancelled) refused.cancelled = body.cancelled;
  if (body.fields) refused.fields = body.fields;
  return refused;
}
