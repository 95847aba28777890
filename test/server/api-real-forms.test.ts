/**
 * The shipped forms through the API, end to end: for every form version with a complete answer
 * fixture, a record on that version (the rollout picks it from the move), each section saved by a
 * demo account whose role the definition lets edit it, confirmed, handed over, and printed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startServer, type TestServer } from './support/server.ts';
import type { Client } from './support/client.ts';
import { newPerson } from './support/records.ts';
import { addDays, dateIn } from '../../engine/index.ts';

const FORMS = fileURLToPath(new URL('../../forms', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/records/', import.meta.url));
// Records start only for moves today or later; a version piloted in one region is reached from a location there.
const CANDIDATE_DATES = [addDays(dateIn(new Date()), 1), '2027-06-01'];

let server: TestServer;
const clients = new Map<string, Client>();

test.before(async () => {
  server = await startServer({ formsDir: FORMS });
  // Staff working everywhere, so each version's rollout rule (by region and date) can be met.
  const everywhere = server.forms.locations.map((l) => l.code);
  for (const role of ['prison', 'healthcare', 'escort'] as const) {
    await server.addUser(`${role}-everywhere`, [role], everywhere);
    clients.set(role, await server.login(`${role}-everywhere`));
  }
});
test.after(async () => { await server.close(); });

const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));

for (const file of fixtures) {
  const [, form, version] = /^(.+)-(\d+\.\d+\.\d+)\.json$/.exec(file)!;
  test(`${form} ${version}: created, filled section by section, confirmed, handed over and printed`, async () => {
    const answers = JSON.parse(readFileSync(FIXTURES + file, 'utf8')) as Record<string, Record<string, unknown>>;
    const toFor = (home: string) => server.forms.locations.find((l) => l.code !== home && l.region === server.forms.location(home)!.region)?.code;
    const picked = server.forms.locations.flatMap((l) => CANDIDATE_DATES.map((date) => ({ home: l.code, to: toFor(l.code), date })))
      .find(({ home, to, date }) => to && server.forms.versionFor(form!, { id: 'x', type: 'court', from: home, to, date })?.version === version);
    assert.ok(picked, `the rollout gives ${version} to a move from some location on one of ${CANDIDATE_DATES.join(', ')}`);
    const { home, date } = picked;
    const to = picked.to!;
    const prison = clients.get('prison')!;
    const created = await prison.post('/api/records', { form, move: { id: `M-${form}-${version!.replace(/\./g, "_")}`, type: 'court', from: home, to, date }, person: newPerson() });
    assert.is(created.status, 201, created.text);
    assert.is(created.body.version, version);
    let revision = created.body.revision as number;
    for (const section of created.body.viewModel.sections as { key: string; editRoles: string[] }[]) {
      if (!answers[section.key]) continue;
      const editor = clients.get(section.editRoles.includes('prison') ? 'prison' : 'healthcare')!;
      const res = await editor.patch(`/api/records/${created.body.id}/sections/${section.key}`, { answers: answers[section.key], revision });
      assert.is(res.status, 200, `${section.key}: ${res.text.slice(0, 500)}`);
      revision = res.body.record.revision;
    }
    const confirmed = await prison.post(`/api/records/${created.body.id}/confirm`);
    assert.is(confirmed.status, 200, confirmed.text.slice(0, 500));
    const at = new Date().toISOString();
    const handover = await clients.get('escort')!.post(`/api/records/${created.body.id}/handovers`, {
      dispatchingOfficer: { name: 'Dee Patcher', identifier: 'P100' },
      receivingOfficer: { name: 'Reece Eever', identifier: 'R200' },
      receivingOrganisation: 'Escort contractor',
      acknowledgements: confirmed.body.viewModel.redFlags.map((f: { id: string }) => ({ entryId: f.id, name: 'Reece Eever', at })),
    });
    assert.is(handover.status, 201, handover.text.slice(0, 500));

    const html = (await prison.request('GET', `/api/records/${created.body.id}/print`, undefined, { headers: { accept: 'text/html' } })).text;
    const empty = [...html.matchAll(/<dt>([^<]*)<\/dt>\s*<dd>\s*<\/dd>/g)].map((m) => m[1]);
    assert.equal(empty, [], 'no question is printed without an answer');
    const view = handover.body.viewModel;
    let position = html.indexOf('Handovers');
    assert.ok(position > 0);
    for (const flag of view.flags) assert.ok(html.includes(flag.label), `flag ${flag.label} printed`);
    assert.is(html.split(': Reece Eever, ').length - 1, view.redFlags.length, 'each red flag acknowledgement printed');
    assert.not.ok(html.includes('flag:/'), 'acknowledgements name the risk, not its id');
    const lastSection = view.sections.at(-1).title;
    assert.ok(html.indexOf(lastSection) < position, 'sections come before handovers');
    for (const section of view.sections) {
      for (const question of section.questions) {
        if (!question.list?.itemKey) continue;
        const stored = (answers[section.key]![question.key] as Record<string, string>[]).map((item) => item[question.list.itemKey]!);
        const printed = [...stored].sort((a, b) => html.indexOf(a) - html.indexOf(b));
        assert.equal(printed, [...stored].sort(), `${question.label}: items printed in order of ${question.list.itemKey}`);
      }
    }
  });
}

test.run();
