// Child process of store-crash.test.ts: writes to the SQLite store in the directory given as argument
// until killed, printing "ack <record id> <revision>" only after each write has returned. A second
// argument runs that many writers at once, so their writes share group commits; the writer then also
// prints "groups <committed groups> <writes in them>" after each acknowledgement.
// Every record keeps an invariant the parent checks after the crash: answers.progress.count equals the
// revision, and one event was pushed per update.
import { randomUUID } from 'node:crypto';
import { openSqliteStore } from '../../server/store/sqlite.ts';
import { groupCommitTotals } from '../../server/store/sqlite-group-commit.ts';
import { makeRecord } from './store-contract.ts';

const store = await openSqliteStore(process.argv[2]!);
const audit = (action: string) => ({ at: new Date().toISOString(), user: 'writer', action, changes: [] });
const updatesPerRecord = 5;
const writers = Number(process.argv[3] ?? 1);

function acknowledge(id: string, revision: number): void {
  const { groups, writes } = groupCommitTotals();
  process.stdout.write(`ack ${id} ${revision}\n${writers > 1 ? `groups ${groups} ${writes}\n` : ''}`);
}

async function write(): Promise<never> {
  for (;;) {
    const record = makeRecord({ answers: { progress: { count: 1, note: 'x'.repeat(2000) } } });
    await store.insertRecord(record, audit('create'));
    acknowledge(record.id, 1);
    for (let revision = 1; revision <= updatesPerRecord; revision++) {
      const updated = await store.updateRecord(record.id, {
        expectedRevision: revision,
        set: { 'answers.progress.count': revision + 1, 'answers.progress.note': randomUUID().repeat(50) },
        unset: [],
        push: { events: [{ id: randomUUID(), type: 'note', at: new Date().toISOString(), where: 'LOC1', what: `update ${revision}`, recordedBy: 'writer' }] },
        audit: audit('answer'),
      });
      if (!updated) throw new Error(`update of ${record.id} from revision ${revision} was refused`);
      acknowledge(record.id, updated.revision);
    }
  }
}

await Promise.all(Array.from({ length: writers }, write));
