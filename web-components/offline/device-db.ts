/**
 * The browser's IndexedDB database for working offline: `copies` (one encrypted copy per record, by
 * record id) and `outbox` (encrypted entries waiting to be sent, in the order they were recorded).
 * Only sealed values go in (crypto.ts): nothing readable about a person is stored here.
 */
import type { Sealed } from './crypto.ts';

export const DEVICE_DB = 'per-offline';
const VERSION = 1;

export interface StoredCopy {
  recordId: string;
  /** When the copy stops being offered offline (ISO); the copy is removed at the next look after it. */
  keepUntil: string;
  sealed: Sealed;
}

export interface StoredOutboxItem {
  /** Orders the outbox: entries are sent in the order they were recorded. */
  seq?: number;
  recordId: string;
  sealed: Sealed;
}

let opening: Promise<IDBDatabase> | undefined;

function open(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DEVICE_DB, VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore('copies', { keyPath: 'recordId' });
      db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true }).createIndex('recordId', 'recordId');
    };
    request.onsuccess = () => {
      // Another tab deleting the database (signing out) must not wait on this one.
      request.result.onversionchange = () => { request.result.close(); opening = undefined; };
      resolve(request.result);
    };
    request.onerror = () => { opening = undefined; reject(request.error); };
  });
  return opening;
}

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function store(name: 'copies' | 'outbox', mode: IDBTransactionMode): Promise<IDBObjectStore> {
  return (await open()).transaction(name, mode).objectStore(name);
}

export async function putCopy(copy: StoredCopy): Promise<void> {
  await done((await store('copies', 'readwrite')).put(copy));
}

export async function getCopy(recordId: string): Promise<StoredCopy | undefined> {
  return done((await store('copies', 'readonly')).get(recordId) as IDBRequest<StoredCopy | undefined>);
}

export async function allCopies(): Promise<StoredCopy[]> {
  return done((await store('copies', 'readonly')).getAll() as IDBRequest<StoredCopy[]>);
}

export async function deleteCopy(recordId: string): Promise<void> {
  await done((await store('copies', 'readwrite')).delete(recordId));
}

/** Adds an entry to the end of the outbox; its sequence number. */
export async function addToOutbox(item: StoredOutboxItem): Promise<number> {
  return Number(await done((await store('outbox', 'readwrite')).add(item)));
}

export async function putOutboxItem(item: StoredOutboxItem): Promise<void> {
  await done((await store('outbox', 'readwrite')).put(item));
}

/** The record's waiting entries, oldest first. */
export async function outboxOf(recordId: string): Promise<StoredOutboxItem[]> {
  const index = (await store('outbox', 'readonly')).index('recordId');
  const items = await done(index.getAll(recordId) as IDBRequest<StoredOutboxItem[]>);
  return items.sort((a, b) => a.seq! - b.seq!);
}

export async function removeFromOutbox(seq: number): Promise<void> {
  await done((await store('outbox', 'readwrite')).delete(seq));
}

/** Deletes the whole database (signing out); waits for this tab's connection to close first. */
export async function deleteDeviceDb(): Promise<void> {
  if (opening) (await opening.catch(() => undefined))?.close();
  opening = undefined;
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DEVICE_DB);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
    request.onblocked = () => resolve();
  });
}

/** How many entries wait in the outbox, of any record or user (counted without opening them). */
export async function outboxCount(): Promise<number> {
  if (!(await indexedDB.databases?.())?.some((d) => d.name === DEVICE_DB)) return 0;
  return done((await store('outbox', 'readonly')).count());
}
