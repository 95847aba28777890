/**
 * Checkpoints of the embedded store's write-ahead log, off the event loop. SQLite's automatic
 * checkpoint runs inside the COMMIT that crosses 1,000 log pages, on the thread that commits: for
 * better-sqlite3 that is the event loop, which then copies the log into the database file and fsyncs
 * both while every connection waits (the save p99's longest stalls). So the store's own connection turns
 * automatic checkpoints off and a worker thread, with a connection of its own, runs a PASSIVE checkpoint
 * every `everyMs`: it copies what no reader still needs and never blocks the writer. With
 * synchronous=FULL it fsyncs the log before copying and the database after, as the automatic one does.
 * If the worker cannot run, automatic checkpoints are turned back on, so the log never grows unchecked.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Database } from 'better-sqlite3';

export interface Checkpointer {
  /** Checkpoints completed so far (a test waits for one). */
  done(): number;
  /** Stops the worker and closes its connection. */
  close(): Promise<void>;
}

// Plain JavaScript, so the worker needs no TypeScript loader whichever way the server was started.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 5000');
db.pragma('synchronous = FULL');
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ checkpointed: true });
  } catch (error) {
    parentPort.postMessage({ failed: String(error && error.message || error) });
  }
}, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

const driver = createRequire(import.meta.url).resolve('better-sqlite3');

/** Starts checkpointing `db` (a file database in WAL mode) from a worker thread. */
export function startCheckpointer(db: Database, everyMs = 1000): Checkpointer {
  db.pragma('wal_autocheckpoint = 0');
  let done = 0;
  let exited = false;
  let closing = false;
  const worker = new Worker(workerSource, { eval: true, workerData: { driver, path: db.name, everyMs } });
  let fellBack = false;
  const fallBack = (why: string) => {
    if (fellBack || !db.open) return;
    fellBack = true;
    db.pragma('wal_autocheckpoint = 1000');
    console.error(`store: checkpoints back on the event loop (${why})`);
  };
  worker.on('message', (message: { checkpointed?: true; failed?: string }) => {
    if (message.checkpointed) done++;
    // A busy database (another process holding its lock) passes; the next turn tries again.
    else if (message.failed && !/busy|locked/i.test(message.failed)) console.error(`store: checkpoint failed: ${message.failed}`);
  });
  worker.on('error', (error) => fallBack(error.message));
  const exit = new Promise<void>((resolve) => worker.on('exit', (code) => {
    exited = true;
    if (!closing) fallBack(`the worker stopped with code ${code}`);
    resolve();
  }));
  // The worker must not keep a process alive that has nothing else left to do.
  worker.unref();
  return {
    done: () => done,
    async close() {
      closing = true;
      if (exited) return;
      // Held until its connection is closed, so the caller's own close comes after it.
      worker.ref();
      worker.postMessage('close');
      await exit;
    },
  };
}
