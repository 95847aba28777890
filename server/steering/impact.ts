/**
 * The impact of a form version on the confirmed records of its other versions since a day, streamed
 * from the store one batch at a time; used by the API, the diff page and `form-engine impact`.
 */
import { impactTally, type ImpactReport } from '../../engine/impact/index.ts';
import type { FormsRegistry, FormVersion } from '../forms-registry.ts';
import type { ConfirmedRecordsStore } from '../store/confirmed-records.ts';
import type { Since } from './since.ts';

export type VersionImpact = ImpactReport & { since: string };

/** `target` may be a published version or a draft compiled the same way (name, version, compiled form). */
export async function versionImpact(store: ConfirmedRecordsStore, forms: Pick<FormsRegistry, 'get'>, target: Pick<FormVersion, 'name' | 'version' | 'compiled'>, since: Since): Promise<VersionImpact> {
  const tally = impactTally(target.compiled);
  for await (const batch of store.confirmedRecords({ form: target.name, since: since.instant, exceptVersion: target.version })) {
    for (const record of batch) tally.add({ record, form: forms.get(record.form, record.version)?.compiled });
    // Let other requests in between batches: SQLite reads are synchronous.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { ...tally.report(), since: since.date };
}
