/** Records of the shipped PER form made through the API: every section answered by the role that edits it. */
import { readFileSync } from 'node:fs';
import * as assert from 'uvu/assert';
import type { Client } from './client.ts';
import { newMove, newPerson } from './records.ts';

const perAnswers = JSON.parse(readFileSync(new URL('../../fixtures/records/per-2.0.0.json', import.meta.url), 'utf8')) as Record<string, Record<string, unknown>>;

/** A complete PER record for a move (confirmed by prison when `confirm`); its id. */
export async function completePerRecord(staff: { prison: Client; healthcare: Client }, from: string, to: string, date: string, confirm: boolean): Promise<string> {
  const { prison, healthcare } = staff;
  const created = await prison.post('/api/records', { form: 'per', move: newMove(from, to, date), person: newPerson() });
  assert.is(created.status, 201, created.text);
  let revision = created.body.revision as number;
  for (const section of created.body.viewModel.sections as { key: string; editRoles: string[] }[]) {
    const editor = section.editRoles.includes('prison') ? prison : healthcare;
    const saved = await editor.patch(`/api/records/${created.body.id}/sections/${section.key}`, { answers: perAnswers[section.key], revision });
    assert.is(saved.status, 200, saved.text.slice(0, 300));
    revision = saved.body.record.revision;
  }
  if (confirm) assert.is((await prison.post(`/api/records/${created.body.id}/confirm`)).status, 200);
  return created.body.id;
}
