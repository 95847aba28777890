/**
 * GET /api/forms/{form}/diff and /api/forms/{form}/versions/{version}/impact on a copy of the fixture
 * forms with the steering-check pair added (1.0.0 for every move, 2.0.0 published beside it). Records
 * are made, filled and confirmed through the API; the expected counts are worked out by hand from the
 * two definitions (see test/engine/impact.test.ts for the same records checked one by one).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { diffDefinitions } from '../../engine/diff/index.ts';
import { FIXTURE_FORMS, startServer, type TestServer } from './support/server.ts';
import type { Client } from './support/client.ts';
import { newMove, newPerson } from './support/records.ts';

const PAIR = fileURLToPath(new URL('../fixtures/steering/steering-check', import.meta.url));
const FORM = 'steering-check';

function formsWithPair(): string {
  const dir = mkdtempSync(join(tmpdir(), 'per-steering-forms-'));
  cpSync(FIXTURE_FORMS, dir, { recursive: true });
  cpSync(PAIR, join(dir, FORM), { recursive: true });
  const rollout = JSON.parse(readFileSync(join(dir, 'rollout.json'), 'utf8'));
  rollout.forms[FORM] = { default: '1.0.0', rules: [] };
  writeFileSync(join(dir, 'rollout.json'), JSON.stringify(rollout));
  return dir;
}

let server: TestServer;
let formsDir: string;
let prison: Client;
let healthcare: Client;
let policy: Client;
let forum: Client;

async function record(sections: { risk: object; health?: object; property?: object }, then: 'confirm' | 'cancel' | 'leave' = 'confirm'): Promise<string> {
  const created = await prison.post('/api/records', { form: FORM, move: newMove(), person: newPerson() });
  assert.is(created.status, 201, created.text);
  let revision = created.body.revision as number;
  for (const [section, answers] of Object.entries(sections)) {
    const saved = await (section === 'health' ? healthcare : prison).patch(`/api/records/${created.body.id}/sections/${section}`, { answers, revision });
    assert.is(saved.status, 200, saved.text);
    revision = saved.body.record.revision;
  }
  if (then !== 'leave') assert.is((await prison.post(`/api/records/${created.body.id}/confirm`, {})).status, 200);
  if (then === 'cancel') assert.is((await prison.post(`/api/records/${created.body.id}/cancel`, { reason: 'Move called off' })).status, 200);
  return created.body.id;
}

test.before(async () => {
  formsDir = formsWithPair();
  server = await startServer({ formsDir });
  await server.addUser('forum-south', ['forum'], ['WIN']);
  [prison, healthcare, policy, forum] = await Promise.all(['prison', 'healthcare', 'policy', 'forum-south'].map((u) => server.login(u)));
  await record({
    risk: { spits: 'no', violent: 'yes', violentDetails: 'Hit an officer', supervision: 'high', supervisionReason: 'Escape attempt', weapon: 'no', allergies: 'yes', notes: 'Quiet', hobby: 'Chess' },
    health: { medicated: 'no' }, property: { bags: 2 },
  });
  await record({ risk: { violent: 'no', supervision: 'low', weapon: 'yes', weaponDetails: 'Knife' }, health: { medicated: 'yes', medicines: [{ name: 'Sertraline' }] } });
  await record({ risk: { spits: 'no', violent: 'no', supervision: 'low', weapon: 'no' }, health: { medicated: 'no' } });
  // Neither a draft nor a cancelled record says anything about the records a version would refuse.
  await record({ risk: { violent: 'no' } }, 'leave');
  await record({ risk: { spits: 'yes', violent: 'no', supervision: 'low', weapon: 'no' } }, 'cancel');
});
test.after(async () => { await server.close(); });

test('policy and forum users get the diff; without versions, the newest against the one before', async () => {
  const expected = diffDefinitions(JSON.parse(readFileSync(join(PAIR, '1.0.0.json'), 'utf8')), JSON.parse(readFileSync(join(PAIR, '2.0.0.json'), 'utf8')));
  for (const client of [policy, forum]) {
    const res = await client.get(`/api/forms/${FORM}/diff`);
    assert.is(res.status, 200, res.text);
    assert.equal(res.body, expected);
  }
  const explicit = await policy.get(`/api/forms/${FORM}/diff?from=1.0.0&to=2.0.0`);
  assert.is(explicit.body.changes.length, 38);
  const backwards = await policy.get(`/api/forms/${FORM}/diff?from=2.0.0&to=1.0.0`);
  assert.equal(backwards.body.changes.filter((c: { kind: string }) => c.kind === 'sectionAdded').map((c: { section: string }) => c.section), ['property']);
});

test('staff are refused (403); a wrong version is a 400 naming the parameter; an unknown form is a 404', async () => {
  for (const path of [`/api/forms/${FORM}/diff`, `/api/forms/${FORM}/versions/2.0.0/impact?since=2020-01-01`]) {
    for (const client of [prison, healthcare]) {
      const res = await client.get(path);
      assert.is(res.status, 403, path);
      assert.match(res.body.message, 'Only policy teams and regional forums');
    }
  }
  const wrongFrom = await policy.get(`/api/forms/${FORM}/diff?from=9.9.9`);
  assert.is(wrongFrom.status, 400);
  assert.equal(wrongFrom.body.fields.map((f: { field: string }) => f.field), ['from']);
  assert.match(wrongFrom.body.message, 'use one of 1.0.0, 2.0.0');
  const wrongTo = await policy.get(`/api/forms/${FORM}/diff?from=1.0.0&to=3`);
  assert.equal([wrongTo.status, wrongTo.body.fields[0].field], [400, 'to']);
  const twice = await policy.get(`/api/forms/${FORM}/diff?to=1.0.0&to=2.0.0`);
  assert.equal([twice.status, twice.body.fields[0].field], [400, 'to']);
  assert.is((await policy.get('/api/forms/no-such-form/diff')).status, 404);
  assert.is((await policy.get(`/api/forms/${FORM}/versions/9.9.9/impact?since=2020-01-01`)).status, 404);
  for (const since of ['', 'yesterday', '2026-02-30', '2026-9-1']) {
    const res = await policy.get(`/api/forms/${FORM}/versions/2.0.0/impact${since ? `?since=${since}` : ''}`);
    assert.equal([res.status, res.body.fields?.[0]?.field], [400, 'since'], `since=${since}`);
  }
});

test('impact: the confirmed records of other versions re-checked against the new rules, with exact counts', async () => {
  const res = await forum.get(`/api/forms/${FORM}/versions/2.0.0/impact?since=2020-01-01`);
  assert.is(res.status, 200, res.text);
  const report = res.body;
  assert.equal([report.form, report.version, report.since, report.records, report.versions], [FORM, '2.0.0', '2020-01-01', 3, { '1.0.0': 3 }]);
  assert.equal([report.incomplete.records, report.incomplete.percent], [2, 66.7]);
  assert.equal(report.incomplete.questions.map((q: { question: string; records: number }) => [q.question, q.records]), [
    ['spits', 1], ['supervision', 1], ['weaponDetails', 1], ['medicines/dose', 1],
  ]);
  const { droppedQuestions, ...answers } = report.answers;
  assert.equal(answers, { total: 22, kept: 17, dropped: 5, droppedPercent: 22.7, carried: 8, carriedPercent: 36.4 });
  assert.equal(droppedQuestions.map((d: { question: string; reason: string }) => `${d.question}:${d.reason}`).sort(),
    ['bags:notAsked', 'notes:notAsked', 'supervision:invalid', 'supervisionReason:hidden', 'weaponDetails:hidden']);
});

test('the changes page in Welsh says why answers drop in Welsh, and marks the untranslated versions\' English titles lang="en"', async () => {
  const page = await forum.get(`/forms/${FORM}/diff?from=1.0.0&to=2.0.0&since=2020-01-01&lang=cy`);
  assert.is(page.status, 200);
  const impact = page.text.slice(page.text.indexOf('id="impact"'));
  for (const english of ['no longer asked', 'hidden by the new follow-up conditions', 'not a valid answer now']) assert.not.match(impact, english);
  for (const welsh of ['dim yn cael ei ofyn mwyach', 'wedi’i guddio gan yr amodau dilynol newydd', 'nid yw’n ateb dilys bellach']) assert.match(impact, welsh);
  const title = (version: string, key: string) => server.forms.get(FORM, version)!.compiled.model.questionByKey.get(key)!.question.title;
  assert.match(impact, `<span lang="en">${title('2.0.0', 'spits')}</span>`);
  assert.match(impact, `<span lang="en">${title('1.0.0', 'bags')}</span>`);
  const english = await forum.get(`/forms/${FORM}/diff?from=1.0.0&to=2.0.0&since=2020-01-01&lang=en`);
  assert.match(english.text, 'no longer asked');
  assert.not.match(english.text, '<span lang="en">');
});

test('impact counts only records confirmed since the day given, and never the version itself', async () => {
  const tomorrow = new Date(Date.now() + 36 * 3_600_000).toISOString().slice(0, 10);
  const later = await policy.get(`/api/forms/${FORM}/versions/2.0.0/impact?since=${tomorrow}`);
  assert.equal([later.status, later.body.records, later.body.incomplete.percent], [200, 0, 0]);
  const itself = await policy.get(`/api/forms/${FORM}/versions/1.0.0/impact?since=2020-01-01`);
  assert.equal([itself.status, itself.body.records], [200, 0]);
});

test('form-engine impact reads the configured store and says the same, in words or as JSON', async () => {
  // The MongoDB leg points the command at the test server's database, as security-accounts does.
  const mongo = process.env.MONGODB_URL ? new URL(process.env.MONGODB_URL) : undefined;
  if (mongo) mongo.pathname = `/${server.mongodbDatabase}`;
  const env = { ...process.env, FORMS_DIR: formsDir, DATA_DIR: server.dataDir, MONGODB_URL: mongo?.href ?? '' };
  // Not spawnSync: this process serves the API the command is compared with.
  const run = (...args: string[]) => new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['server/cli/form-engine.js', 'impact', ...args], { cwd: fileURLToPath(new URL('../..', import.meta.url)), env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
  const text = await run(FORM, '2.0.0', '--since', '2020-01-01');
  assert.is(text.status, 0, text.stderr);
  assert.match(text.stdout, 'Impact of steering-check 2.0.0 on 3 confirmed records of other versions confirmed since 2020-01-01 (3 of 1.0.0)');
  assert.match(text.stdout, 'Would have been incomplete: 2 of 3 records (66.7%)');
  assert.match(text.stdout, "  Health and care: 'Their medicines: Dose' missing in 1 record (33.3%)");
  assert.match(text.stdout, 'Answers: 22; kept 17; dropped 5 (22.7%); carried by prefill 8 (36.4%)');
  const json = await run(FORM, '2.0.0', '--since', '2020-01-01', '--format', 'json');
  assert.equal(JSON.parse(json.stdout), (await policy.get(`/api/forms/${FORM}/versions/2.0.0/impact?since=2020-01-01`)).body);
  const wrong = await run(FORM, '3.0.0', '--since', '2020-01-01');
  assert.equal([wrong.status, wrong.stderr.split('\n')[0]], [2, 'form-engine: form "steering-check" has no version "3.0.0" (versions: 1.0.0, 2.0.0)']);
});

test('the OpenAPI document describes both operations and their parameters', async () => {
  const doc = (await server.anonymous().get('/api/openapi.json')).body;
  assert.equal(doc.paths['/forms/{form}/diff'].get.parameters.map((p: { name: string }) => p.name), ['form', 'from', 'to']);
  const impact = doc.paths['/forms/{form}/versions/{version}/impact'].get;
  assert.equal(impact.parameters.map((p: { name: string; required: boolean }) => [p.name, p.required]), [['form', true], ['version', true], ['since', true]]);
  assert.ok(impact.responses['403']);
});

test.run();
