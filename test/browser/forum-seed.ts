/** Records the forum's pages report on, made through the API, and where the pilot among them is. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as assert from 'uvu/assert';
import type { FormRecord } from '../../engine/types.ts';
import { apiAs, formsDir, root } from './support.ts';

const fixture = (version: string) => JSON.parse(readFileSync(join(root, `test/fixtures/records/per-${version}.json`), 'utf8')) as Record<string, Record<string, unknown>>;

/** A confirmed per record sent from Winchester on `date`: the rollout picks its version, filled with that version's fixture. */
export async function seed(url: string, date: string, n: number): Promise<void> {
  const prison = await apiAs(url, 'prison');
  const healthcare = await apiAs(url, 'healthcare');
  for (let i = 0; i < n; i++) {
    const record = (await prison.post('/records', { form: 'per', person: { id: `P${date.replace(/-/g, '')}${i}`, name: 'Sam Sample', dateOfBirth: '1990-04-01' }, move: { id: `M${date}-${i}`, type: 'court', from: 'WIN', to: 'WINCC', date } })) as unknown as FormRecord & { viewModel: { sections: { key: string; editRoles: string[] }[] } };
    const answers = fixture(record.version);
    let revision = record.revision;
    for (const section of record.viewModel.sections) {
      const saved = await (section.editRoles.includes('prison') ? prison : healthcare).patch(`/records/${record.id}/sections/${section.key}`, { answers: answers[section.key], revision });
      revision = (saved.record as FormRecord).revision;
    }
    await prison.post(`/records/${record.id}/confirm`, {});
  }
}

/** Enough pilot records (6, in December) and records before the pilot (5) to compare: the minimum count is 5. */
export async function seedPilotAndBefore(url: string): Promise<void> {
  await seed(url, '2026-12-02', 3);
  await seed(url, '2026-12-20', 3);
  await seed(url, '2026-11-30', 5);
}

/** The index of the rollout rule the pilot records (from Winchester in December) were made under: other pilots may come first. */
export function winchesterPilotRule(): number {
  const read = (file: string) => JSON.parse(readFileSync(join(formsDir, file), 'utf8'));
  const region = (read('locations.json').locations as { code: string; region: string }[]).find((l) => l.code === 'WIN')!.region;
  const rules = read('rollout.json').forms.per.rules as { when: { from?: string; regions?: string[]; locations?: string[] } }[];
  const index = rules.findIndex(({ when }) => (when.from ?? '') <= '2026-12-02' && (when.regions?.includes(region) || when.locations?.includes('WIN')));
  assert.ok(index >= 0, 'a per pilot covers Winchester in December 2026');
  return index;
}
