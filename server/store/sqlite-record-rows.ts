/**
 * A record's row in the embedded store: the columns queries filter on, taken from the record on every
 * write so they match its JSON. An update sets only the columns whose value differs from the record it
 * was applied to (besides the document and revision): SQLite rewrites an index only when its UPDATE
 * names one of the index's columns, and most saves change none of the five indexed ones. That record is
 * the stored one, or the caller's copy at the same revision, which must equal it (RecordUpdate.base).
 */
import type { Database, Statement } from 'better-sqlite3';
import type { FormRecord } from '../../engine/types.ts';

type Columns = Record<string, string | number | null>;

/** The columns besides the document and revision (the two every write changes). */
function filteredColumns(r: FormRecord): Columns {
  return {
    id: r.id,
    form: r.form,
    move_id: r.move.id,
    person_id: r.person.id,
    from_location: r.move.from,
    to_location: r.move.to,
    state: r.state,
    confirmed_at: r.confirmed?.at ?? null,
    created_at: r.createdAt,
  };
}

const recordColumns = (r: FormRecord): Columns => ({ ...filteredColumns(r), revision: r.revision, doc: JSON.stringify(r) });

export interface RecordRows {
  insert(record: FormRecord): void;
  /** Rewrites the row of `current` (as stored) to `next`. */
  update(current: FormRecord, next: FormRecord): void;
}

export function sqliteRecordRows(db: Database): RecordRows {
  const insertRow = db.prepare(`INSERT INTO records (id, form, move_id, person_id, from_location, to_location, state, confirmed_at, revision, created_at, doc)
    VALUES (@id, @form, @move_id, @person_id, @from_location, @to_location, @state, @confirmed_at, @revision, @created_at, @doc)`);
  // One statement per set of changed columns; there are few (state and confirmed_at, now and then a move's details).
  const updates = new Map<string, Statement>();
  function updateOf(columns: string[]): Statement {
    const key = columns.join(',');
    let statement = updates.get(key);
    if (!statement) {
      statement = db.prepare(`UPDATE records SET ${columns.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`);
      updates.set(key, statement);
    }
    return statement;
  }
  return {
    insert: (record) => insertRow.run(recordColumns(record)),
    update(current, next) {
      const before = filteredColumns(current);
      const after = filteredColumns(next);
      const changed = Object.keys(after).filter((c) => after[c] !== before[c]);
      updateOf([...changed, 'revision', 'doc']).run({ ...after, revision: next.revision, doc: JSON.stringify(next) });
    },
  };
}
