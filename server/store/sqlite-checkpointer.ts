/**
 * Checkpoints of the embedded store's write-ahead log, off the event loop. SQLite's automatic
 * checkpoint runs inside the COMMIT that crosses 1,000 log pages, on the thread that commits: for
 * better-sqlite3 that is the event loop, which then copies the log into the database file and fsyncs
 * both while every connection waits (the save p99's longest stalls). So the store's own connection turns
 * automatic checkpoints off, and a worker thread with a connection of its own checkpoints instead
 * (PASSIVE, synchronous=FULL: the log is fsynced before copying and the database after, as the automatic
 * one does):
 * - every `everyMs` in the background, copying what it can while writes go on;
 * - and, once the log holds more than `quietAfterPages` pages, in a quiet moment: the group commit holds
 *   its next transaction (queued writes wait; the event loop does not) until the worker has copied the
 *   rest. A log is only started again from its beginning after a checkpoint that copied all of it, which
 *   under steady writes only a quiet moment allows; without it the log grew by about 100 MB a second.
 * If the worker cannot run, automatic checkpoints are turned back on, so the log never grows unchecked.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Database } from 'better-sqlite3';

export interface Checkpointer {
  /** A promise the next write waits for while a quiet checkpoint runs, or null when writes may go on. */
  quietMoment(): Promise<void> | null;
  /** Checkpoints completed so far (a test waits for one). */
  done(): number;
  /** Stops the worker and closes its connection. */
  close(): Promise<void>;
}

interface Report { log?: number; checkpointed?: number; asked?: boolean; failed?: string }

// Plain JavaScript, so the worker needs no TypeScript loader whichever way the server was started.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 5000');
db.pragma('synchronous = FULL');
function checkpoint(asked) {
  try {
    const [result] = db.pragma('wal_checkpoint(PASSIVE)');
    if (result.busy || result.log < 0) parentPort.postMessage({ failed: 'busy', asked });
    else parentPort.postMessage({ log: result.log, checkpointed: result.checkpointed, asked });
  } catch (error) {
    parentPort.postMessage({ failed: String(error && error.message || error), asked });
  }
}
const timer = setInterval(() => checkpoint(false), workerData.everyMs);
parentPort.on('message', (message) => {
  if (message === 'checkpoint') return checkpoint(true);
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

const driver = createRequire(import.meta.url).resolve('better-sqlite3');

/** Starts checkpointing `db` (a file database in WAL mode) from a worker thread. */
export function startCheckpointer(db: Database, { everyMs = 200, quietAfterPages = 1000, quietAtMostMs = 5000 } = {}): Checkpointer {
  db.pragma('wal_autocheckpoint = 0');
  let done = 0;
  let logPages = 0;
  let quiet: { promise: Promise<void>; end: () => void; timer: NodeJS.Timeout } | null = null;
  let exited = false;
  let closing = false;
  let fellBack = false;
  // After a quiet checkpoint, writes go on at least until the next background one: a log that a reader in
  // another process keeps from being copied must not hold every write.
  let mayQuiet = true;
  const worker = new Worker(workerSource, { eval: true, workerData: { driver, path: db.name, everyMs } });
  const endQuiet = () => {
    if (!quiet) return;
    clearTimeout(quiet.timer);
    quiet.end();
    quiet = null;
    mayQuiet = false;
    if (!closing) worker.unref();
  };
  const fallBack = (why: string) => {
    endQuiet();
    if (fellBack || !db.open) return;
    fellBack = true;
    db.pragma('wal_autocheckpoint = 1000');
    console.error(`store: checkpoints back on the event loop (${why})`);
  };
  worker.on('message', (report: Report) => {
    if (report.failed === undefined) {
      done++;
      // Only a quiet checkpoint that copied everything lets the next write start the log from its beginning:
      // a background one counts the log as it began, and writes have added to it since.
      logPages = report.asked && report.log === report.checkpointed ? 0 : report.log ?? 0;
    } else if (!/busy|locked/i.test(report.failed)) {
      // A busy database (another process holding its lock) passes; the next turn tries again.
      console.error(`store: checkpoint failed: ${report.failed}`);
    }
    if (report.asked) endQuiet();
    else mayQuiet = true;
  });
  worker.on('error', (error) => fallBack(error.message));
  const exit = new Promise<void>((resolve) => worker.on('exit', (code) => {
    exited = true;
    if (closing) endQuiet();
    else fallBack(`the worker stopped with code ${code}`);
    resolve();
  }));
  // The worker must not keep a process alive that has nothing else left to do.
  worker.unref();
  return {
    quietMoment() {
      if (quiet) return quiet.promise;
      if (fellBack || closing || exited || !mayQuiet || logPages <= quietAfterPages) return null;
      let end!: () => void;
      const promise = new Promise<void>((resolve) => { end = resolve; });
      // A worker alive but silent must not hold the writes for ever: they go on, and the log waits.
      const timer = setTimeout(() => {
        console.error(`store: no quiet checkpoint after ${quietAtMostMs} ms; writes go on`);
        endQuiet();
      }, quietAtMostMs);
      quiet = { promise, end, timer };
      // Writes wait for its answer: the process must stay up for it.
      worker.ref();
      worker.postMessage('checkpoint');
      return promise;
    },
    done: () => done,
    async close() {
      closing = true;
      endQuiet();
      if (exited) return;
      // Held until its connection is closed, so the caller's own close comes after it.
      worker.ref();
      worker.postMessage('close');
      await exit;
    },
  };
}
