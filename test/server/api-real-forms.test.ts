/**
 * The forms of the forms folder (FORMS_DIR when set, else forms/) through the API, end to end: for every
 * form version the rollout gives to some move, a record on that version (the rollout picks it from the
 * move), filled with the engine's complete example answers section by section by staff in the roles the
 * definition lets edit each, confirmed by a confirming role, handed over by an entry role, and printed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { exampleAnswers } from '../../engine/index.ts';
import { mayDo } from '../../engine/vocabulary/roles.ts';
import type { Rollout } from '../../engine/rollout.ts';
import { formsDir } from '../forms/load.ts';
import { loadFormsRegistry } from '../../server/forms-registry.ts';
import { startServer, type TestServer } from './support/server.ts';
import type { Client } from './support/client.ts';
import { newPerson } from './support/records.ts';

let server: TestServer;
const clients = new Map<string, Client>();

test.before(async () => {
  server = await startServer({ formsDir });
});
test.after(async () => { await server.close(); });

/** A signed-in member of staff in `role`, working everywhere (access by location is tested elsewhere). */
async function staffIn(role: string): Promise<Client> {
  if (!clients.has(role)) {
    await server.addUser(`staff-${role}`, [role as never], server.forms.locations.map((l) => l.code));
    clients.set(role, await server.login(`staff-${role}`));
  }
  return clients.get(role)!;
}

/** Every day the rollout names, and days well before and after them, so each rule and each default is reached. */
function candidateDays(): string[] {
  const rollout = JSON.parse(readFileSync(join(formsDir, 'rollout.json'), 'utf8')) as Rollout;
  const named = Object.values(rollout.forms).flatMap((f) => f.rules.flatMap((r) => [r.when.from, r.when.until]));
  return [...new Set(['2020-01-01', ...named.filter((d): d is string => d !== undefined), '2035-01-01'])];
}

const registry = loadFormsRegistry(formsDir);

/** The first move (from a location, on a day) the rollout gives `version` of `form`. */
function moveFor(form: string, version: string) {
  for (const day of candidateDays()) {
    for (const from of registry.locations) {
      const to = registry.locations.find((l) => l.code !== from.code)!;
      const move = { id: `M-${form}-${version.replace(/\./g, '_')}`, type: registry.moveTypes[0]!.const, from: from.code, to: to.code, date: day };
      if (registry.versionFor(form, move)?.version === version) return move;
    }
  }
  return undefined;
}

const reachable = registry.list().flatMap(({ name, versions }) => versions.flatMap((version) => {
  const move = moveFor(name, version);
  return move ? [{ form: name, version, move }] : [];
}));

test('some version of every form is given to new records', () => {
  assert.equal([...new Set(reachable.map((r) => r.form))], registry.list().map((f) => f.name));
});

/** A form whose confirmers do not work on records (a forum's quality-check rubric) is filled through its own routes. */
const confirmers = (form: string, version: string) => (registry.get(form, version)!.definition['x-form'] as { confirmRoles: string[] }).confirmRoles;
const worksOnRecords = ({ form, version }: { form: string; version: string }) => mayDo({ roles: confirmers(form, version) }, 'records');

for (const { form, version, move } of reachable.filter((r) => !worksOnRecords(r))) {
  test(`${form} ${version}: its confirmers do not work on records, so the records API refuses to start one`, async () => {
    const created = await (await staffIn(confirmers(form, version)[0]!)).post('/api/records', { form, move, person: newPerson() });
    assert.is(created.status, 403, created.text);
  });
}

for (const { form, version, move } of reachable.filter(worksOnRecords)) {
  test(`${form} ${version}: created, filled section by section, confirmed, handed over and printed`, async () => {
    const { definition } = server.forms.get(form, version)!;
    const settings = definition['x-form'] as { confirmRoles: string[]; entryRoles: string[] };
    const answers = exampleAnswers(definition);
    const confirmer = await staffIn(settings.confirmRoles[0]!);
    const created = await confirmer.post('/api/records', { form, move, person: newPerson() });
    assert.is(created.status, 201, created.text);
    assert.is(created.body.version, version);
    let revision = created.body.revision as number;
    for (const section of created.body.viewModel.sections as { key: string; editRoles: string[] }[]) {
      const editor = await staffIn(section.editRoles[0]!);
      const res = await editor.patch(`/api/records/${created.body.id}/sections/${section.key}`, { answers: answers[section.key], revision });
      assert.is(res.status, 200, `${section.key}: ${res.text.slice(0, 500)}`);
      revision = res.body.record.revision;
    }
    const confirmed = await confirmer.post(`/api/records/${created.body.id}/confirm`);
    assert.is(confirmed.status, 200, confirmed.text.slice(0, 500));
    const at = new Date().toISOString();
    const handover = await (await staffIn(settings.entryRoles[0]!)).post(`/api/records/${created.body.id}/handovers`, {
      dispatchingOfficer: { name: 'Dee Patcher', identifier: 'P100' },
      receivingOfficer: { name: 'Reece Eever', identifier: 'R200' },
      receivingOrganisation: 'Escort contractor',
      acknowledgements: confirmed.body.viewModel.redFlags.map((f: { id: string }) => ({ entryId: f.id, name: 'Reece Eever', at })),
    });
    assert.is(handover.status, 201, handover.text.slice(0, 500));

    const html = (await confirmer.request('GET', `/api/records/${created.body.id}/print`, undefined, { headers: { accept: 'text/html' } })).text;
    const empty = [...html.matchAll(/<dt>([^<]*)<\/dt>\s*<dd>\s*<\/dd>/g)].map((m) => m[1]);
    assert.equal(empty, [], 'no question is printed without an answer');
    const view = handover.body.viewModel;
    const position = html.indexOf('Handovers');
    assert.ok(position > 0);
    for (const flag of view.flags) assert.ok(html.includes(flag.label), `flag ${flag.label} printed`);
    assert.is(html.split(': Reece Eever, ').length - 1, view.redFlags.length, 'each red flag acknowledgement printed');
    assert.not.ok(html.includes('flag:/'), 'acknowledgements name the risk, not its id');
    assert.ok(html.indexOf(view.sections.at(-1).title) < position, 'sections come before handovers');
  });
}

test.run();
