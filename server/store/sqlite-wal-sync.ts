/**
 * Flushing the embedded store's write-ahead log to disk off the event loop. With synchronous=FULL,
 * SQLite fsyncs the WAL inside COMMIT, on the thread that runs it: for better-sqlite3 that is the event
 * loop, so every connection stalls for the disk. A group committed with synchronous=NORMAL has written
 * its WAL frames (to the page cache) but not synced them; fsync(2) of the WAL file, run on libuv's thread
 * pool, then makes them durable exactly as FULL would have, and the group's writes are acknowledged
 * only after it. One fsync runs at a time, and it covers every group committed before it began; groups
 * committed while it runs wait for the next one.
 */
import { close, closeSync, fstatSync, fsync, openSync, statSync } from 'node:fs';
import { createHistogram } from 'node:perf_hooks';

let syncsDone = 0;
// Every acknowledged save waited for one of these: the disk's fsync time is a floor under a save's latency.
const syncNanoseconds = createHistogram();

/** WAL fsyncs completed by every store of this process (the bench prints them beside the commits). */
export const walSyncsDone = () => syncsDone;

/** How long those fsyncs took, in milliseconds, since the last `reset` (bounded memory: an HDR histogram). */
export const walSyncTimes = () => ({
  count: syncNanoseconds.count,
  percentileMs: (p: number) => syncNanoseconds.percentile(p) / 1e6,
  reset: () => syncNanoseconds.reset(),
});

export interface WalSync {
  /** Resolves once everything committed so far is on disk; rejects if the disk refused it. */
  durable(): Promise<void>;
  /** Waits for the fsync in flight, then closes the log file. */
  close(): Promise<void>;
}

/**
 * The WAL flusher of the database at `databasePath`, or null when its log cannot be opened (the caller
 * then commits with synchronous=FULL, as before).
 */
export function walSyncOf(databasePath: string): WalSync | null {
  const walPath = `${databasePath}-wal`;
  let fd: number;
  try {
    fd = openSync(walPath, 'r');
  } catch {
    return null;
  }
  let waiting: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  let inFlight: Promise<void> | null = null;

  // SQLite keeps one WAL file while a connection is open; if it were ever replaced, sync the new one.
  function currentFd(): number {
    const onDisk = statSync(walPath, { throwIfNoEntry: false });
    if (onDisk && onDisk.ino !== fstatSync(fd).ino) {
      closeSync(fd);
      fd = openSync(walPath, 'r');
    }
    return fd;
  }

  function syncNext(): void {
    const batch = waiting;
    waiting = [];
    inFlight = new Promise<void>((done) => {
      let target: number;
      try {
        target = currentFd();
      } catch (error) {
        for (const w of batch) w.reject(error);
        done();
        return;
      }
      const started = process.hrtime.bigint();
      fsync(target, (error) => {
        if (!error) {
          syncsDone++;
          syncNanoseconds.record(Math.max(1, Number(process.hrtime.bigint() - started)));
        }
        for (const w of batch) (error ? w.reject(error) : w.resolve());
        done();
      });
    }).then(() => {
      inFlight = null;
      if (waiting.length > 0) syncNext();
    });
  }

  return {
    durable() {
      return new Promise<void>((resolve, reject) => {
        waiting.push({ resolve, reject });
        if (!inFlight) syncNext();
      });
    },
    async close() {
      while (inFlight) await inFlight;
      await new Promise<void>((resolve) => close(fd, () => resolve()));
    },
  };
}
