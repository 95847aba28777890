/**
 * Keeps every record's report facts current: wraps the store so that each record created or changed
 * (server/records/change.ts and record creation both go through insertRecord/updateRecord) has its
 * facts derived by the engine from the record, its audit trail and its definition, and stored.
 * Facts are written right after the change; if the process dies in between, the record's facts are
 * older than the record, and `refreshStaleFacts` (run at every start) brings them up to date, as it
 * does for the records of a file made before reports existed.
 */
import type { Logger } from 'pino';
import { deriveReportFacts } from '../../engine/reports/facts.ts';
import type { FormRecord } from '../../engine/types.ts';
import type { FormsRegistry } from '../forms-registry.ts';
import type { Store } from '../store/types.ts';
import { reportSettings } from './settings.ts';

async function factsOf(store: Store, forms: FormsRegistry, formsDir: string, record: FormRecord) {
  const version = forms.get(record.form, record.version);
  if (!version) return undefined;
  const trail = await store.auditTrail(record.id);
  return deriveReportFacts(version.compiled, record, trail, { thinDetailCharacters: reportSettings(formsDir).thinDetailCharacters });
}

export function keepReportFacts(store: Store, forms: FormsRegistry, formsDir: string, logger: Logger): Store {
  const refresh = async (record: FormRecord) => {
    try {
      const facts = await factsOf(store, forms, formsDir, record);
      if (facts) await store.putReportFacts(facts);
      else logger.warn({ record: record.id, form: record.form, version: record.version }, 'no definition for a record: its report facts are not kept');
    } catch (error) {
      // The change itself is stored; the next start brings these facts up to date.
      logger.error({ err: error, record: record.id }, 'could not store report facts');
    }
  };
  return {
    ...store,
    async insertRecord(record, audit) {
      await store.insertRecord(record, audit);
      await refresh(record);
    },
    async updateRecord(id, update) {
      const stored = await store.updateRecord(id, update);
      if (stored) await refresh(stored);
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
      const facts = await factsOf(store, forms, formsDir, record);
      if (facts) { await store.putReportFacts(facts); refreshed++; }
    }
    after = page.at(-1)!.id;
  }
}
