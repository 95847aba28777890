/**
 * Group commit for the embedded store. better-sqlite3 runs on the event loop, and with
 * synchronous=FULL every commit waits for the disk (fsync) while every connection waits for it. So
 * writes arriving together (in one turn of the event loop) are queued and run, each in its own
 * savepoint, inside ONE immediate transaction. A write that throws rolls back to its savepoint and
 * rejects alone; the others still commit. If the commit itself fails, every write of the group rejects
 * and nothing of it is stored.
 * The group commits with synchronous=NORMAL and its WAL is then fsynced off the event loop
 * (`sqlite-wal-sync.ts`); each write's promise settles only after that fsync, so an acknowledged write
 * is on disk, as with synchronous=FULL. The event loop serves other requests meanwhile; a read among
 * them can see a group already committed but not yet on disk (never acknowledged until it is).
 */
import type { Database, Statement } from 'better-sqlite3';
import { walSyncOf, type WalSync } from './sqlite-wal-sync.ts';

interface Queued {
  write: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

export interface GroupCommit {
  /** Runs `write` (synchronous statements) in the next group's transaction; settles after its commit. */
  run<T>(write: () => T): Promise<T>;
  /** Groups committed and writes in them so far (the bench prints writes per commit). */
  stats(): { groups: number; writes: number };
  /** Waits for the last acknowledgements, then releases the log file (the store calls it on close). */
  close(): Promise<void>;
  /** Before each group: a promise to wait for first (a quiet checkpoint, sqlite-checkpointer.ts), or null. */
  holdWhile(pause: () => Promise<void> | null): void;
}

const byDatabase = new WeakMap<Database, GroupCommit>();
const totals = { groups: 0, writes: 0 };

/** Groups committed and writes in them by every database of this process (benches and the crash test print it). */
export const groupCommitTotals = () => ({ ...totals });

/** The one group committer of a database connection, shared by every part of the store using it. */
export function groupCommitOf(db: Database): GroupCommit {
  let found = byDatabase.get(db);
  if (!found) {
    found = createGroupCommit(db);
    byDatabase.set(db, found);
  }
  return found;
}

function settle(group: Queued[], outcomes: Outcome[]): void {
  group.forEach((queued, i) => {
    const outcome = outcomes[i]!;
    if (outcome.ok) queued.resolve(outcome.value);
    else queued.reject(outcome.error);
  });
}

function createGroupCommit(db: Database): GroupCommit {
  let queue: Queued[] = [];
  let groups = 0;
  let writes = 0;
  // Calling a better-sqlite3 transaction function inside an open transaction makes it a savepoint.
  const inSavepoint = db.transaction((write: () => unknown) => write());
  const [normal, full] = ['NORMAL', 'FULL'].map((level) => db.prepare(`PRAGMA synchronous = ${level}`)) as [Statement, Statement];
  let wal: WalSync | null | undefined;
  let hold: () => Promise<void> | null = () => null;
  const commitGroup = db.transaction((group: Queued[]): Outcome[] => group.map((queued) => {
    try {
      return { ok: true, value: inSavepoint(queued.write) };
    } catch (error) {
      return { ok: false, error };
    }
  }));

  function flush(): void {
    // Writes queued meanwhile join this group; the event loop serves requests while it waits.
    const pause = hold();
    if (pause) {
      pause.then(flush, flush);
      return;
    }
    const group = queue;
    queue = [];
    // The log exists once the connection has used the database; without it, commit with FULL as before.
    if (wal === undefined) wal = db.memory ? null : walSyncOf(db.name);
    let outcomes: Outcome[];
    try {
      if (wal) normal.run();
      outcomes = commitGroup.immediate(group);
    } catch (error) {
      for (const queued of group) queued.reject(error);
      return;
    } finally {
      if (wal) full.run();
    }
    groups++;
    writes += group.length;
    totals.groups++;
    totals.writes += group.length;
    if (!wal) settle(group, outcomes);
    else wal.durable().then(() => settle(group, outcomes), (error: unknown) => group.forEach((queued) => queued.reject(error)));
  }

  return {
    run<T>(write: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        // setImmediate runs after the event loop has read every request that arrived meanwhile.
        if (queue.length === 0) setImmediate(flush);
        queue.push({ write, resolve: resolve as (value: unknown) => void, reject });
      });
    },
    stats: () => ({ groups, writes }),
    holdWhile: (pause) => { hold = pause; },
    close: async () => {
      await wal?.close();
      wal = null;
    },
  };
}
