/**
 * Keeps every record's report facts current: wraps the store so that each record created or changed
 * (server/records/change.ts and record creation both go through insertRecord/updateRecord) has its
 * facts derived by the engine and stored in the same transaction as the change (one durable write).
 * A save does not read the record's audit trail: the store keeps, beside the facts, the summary of
 * the trail's replay (engine/reports/replay.ts), and the change folds its own audit entry into it, so
 * a save's cost does not grow with the record's history. A record whose summary is missing, from
 * another engine version or not the one just before the change (a file made before summaries, a
 * MongoDB standalone that died between writes) gets its facts from its whole trail right after the
 * change, as every save did before, and has a summary from then on. `refreshStaleFacts` (run at every
 * start) brings up to date the facts of records whose facts are older than the record.
 */
import type { Logger } from 'pino';
import { factsOfReplay } from '../../engine/reports/facts.ts';
import { foldEntry, replayBefore, replayTrail } from '../../engine/reports/replay.ts';
import type { FormRecord } from '../../engine/types.ts';
import type { FormsRegistry } from '../forms-registry.ts';
import type { FactsOfChange } from '../store/report-types.ts';
import type { Store } from '../store/types.ts';
import { reportSettings } from './settings.ts';

/** Facts from the whole audit trail, with the summary of its replay. */
async function factsOf(store: Store, forms: FormsRegistry, formsDir: string, record: FormRecord) {
  const version = forms.get(record.form, record.version);
  if (!version) return undefined;
  const replay = replayTrail(version.compiled, record, await store.auditTrail(record.id));
  return { facts: factsOfReplay(version.compiled, record, replay, { thinDetailCharacters: reportSettings(formsDir).thinDetailCharacters }), replay };
}

export function keepReportFacts(store: Store, forms: FormsRegistry, formsDir: string, logger: Logger): Store {
  const unknownVersion = (record: FormRecord) =>
    logger.warn({ record: record.id, form: record.form, version: record.version }, 'no definition for a record: its report facts are not kept');
  /** Derives the facts of a change from the stored summary; records the change in `replayAfter` when the summary does not fit. */
  const inChange = (replayAfter: FormRecord[]): FactsOfChange => (record, entry, before) => {
    try {
      const version = forms.get(record.form, record.version);
      if (!version) { unknownVersion(record); return undefined; }
      const start = replayBefore(record, before);
      if (!start) { replayAfter.push(record); return undefined; }
      const replay = foldEntry(version.compiled, start, entry, record.revision);
      return { facts: factsOfReplay(version.compiled, record, replay, { thinDetailCharacters: reportSettings(formsDir).thinDetailCharacters }), replay };
    } catch (error) {
      // The change itself is stored; the next start brings these facts up to date.
      logger.error({ err: error, record: record.id }, 'could not derive report facts');
      return undefined;
    }
  };
  const replayWhole = async (records: FormRecord[]) => {
    for (const record of records) {
      try {
        const kept = await factsOf(store, forms, formsDir, record);
        if (kept) await store.putReportFacts(kept.facts, kept.replay);
        else unknownVersion(record);
      } catch (error) {
        logger.error({ err: error, record: record.id }, 'could not store report facts');
      }
    }
  };
  return {
    ...store,
    async insertRecord(record, audit) {
      const replayAfter: FormRecord[] = [];
      await store.insertRecord(record, audit, inChange(replayAfter));
      await replayWhole(replayAfter);
    },
    async updateRecord(id, update) {
      const replayAfter: FormRecord[] = [];
      const stored = await store.updateRecord(id, update, inChange(replayAfter));
      await replayWhole(replayAfter);
      return stored;
    },
  };
}

/** Derives and stores facts for every record whose facts are missing or stale; returns how many. */
export async function refreshStaleFacts(store: Store, forms: FormsRegistry, formsDir: string, pageSize = 500): Promise<number> {
  let refreshed = 0;
  let after = '';
  for (;;) {
    const page = await store.recordsWithStaleFacts(pageSize, after);
    if (page.length === 0) return refreshed;
    for (const record of page) {
      const kept = await factsOf(store, forms, formsDir, record);
      if (kept) { await store.putReportFacts(kept.facts, kept.replay); refreshed++; }
    }
    after = page.at(-1)!.id;
  }
}
