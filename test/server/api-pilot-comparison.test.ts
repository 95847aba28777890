/**
 * GET /api/reports/pilots/{form}/{rule} over HTTP with records seeded through the API: the fixture
 * rollout pilots escort-check 1.1.0 in the north; the rest get 1.0.0. Exact figures, a hand-computed
 * interval, suppression, and who may ask.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startServer, type TestServer } from './support/server.ts';
import type { Client } from './support/client.ts';
import { completeRecord, createRecord, newMove } from './support/records.ts';

let server: TestServer;
let forumNorth: Client, forumSouth: Client, prison: Client;
const PERIOD = 'from=2026-12-01&to=2026-12-31';

test.before(async () => {
  server = await startServer();
  await server.addUser('healthcare-north', ['healthcare'], ['LEE']);
  await server.addUser('forum-north', ['forum'], []);
  const user = (await server.store.getUser('forum-north'))!;
  await server.store.putUser({ ...user, regions: ['north'] });
  const [prisonNorth, healthNorth, healthSouth] = await Promise.all(['prison2', 'healthcare-north', 'healthcare'].map((u) => server.login(u)));
  [forumNorth, forumSouth, prison] = await Promise.all(['forum-north', 'forum', 'prison'].map((u) => server.login(u)));
  // Pilot: 8 records sent from Leeds (north), all confirmed. Rest: 10 from Winchester, 5 confirmed.
  for (let i = 0; i < 8; i++) {
    const record = await completeRecord(prisonNorth, healthNorth, newMove('LEE', 'LDSPIC', '2026-12-10'));
    assert.is((await prisonNorth.post(`/api/records/${record.id}/confirm`)).status, 200);
  }
  for (let i = 0; i < 5; i++) {
    const record = await completeRecord(prison, healthSouth, newMove('WIN', 'WINCC', '2026-12-12'));
    assert.is((await prison.post(`/api/records/${record.id}/confirm`)).status, 200);
  }
  for (let i = 0; i < 5; i++) await createRecord(prison, newMove('WIN', 'WINCC', '2026-12-12'));
});
test.after(async () => { await server.close(); });

test('the pilot against the rest: 8 of 8 confirmed against 5 of 10, +50 points, 95% interval 8.2 to 76.3 (hand-computed)', async () => {
  const res = await forumNorth.get(`/api/reports/pilots/escort-check/0?${PERIOD}`);
  assert.is(res.status, 200, res.text);
  assert.is(res.headers.get('cache-control'), 'no-store');
  const { comparisons, version, defaultVersion, locations, period, notes } = res.body;
  assert.equal([version, defaultVersion, period], ['1.1.0', '1.0.0', { from: '2026-12-01', to: '2026-12-31' }]);
  assert.equal(locations.map((l: { code: string }) => l.code), ['LEE', 'LDSPIC']);
  assert.equal(comparisons.map((c: { against: string }) => c.against), ['rest'], 'a rule with no first day has no "before"');
  assert.match(notes[0], /no first day/);
  const [rest] = comparisons;
  assert.equal([rest.first.started, rest.second.started], [8, 10]);
  // Wilson 8/8 = (0.675592, 1), 5/10 = (0.236593, 0.763407);
  // low = 0.5 - sqrt((1 - 0.675592)² + (0.763407 - 0.5)²) = 0.082120; high = 0.5 + sqrt(0² + (0.5 - 0.236593)²) = 0.763407.
  const confirmed = rest.measures.find((m: { id: string }) => m.id === 'confirmed');
  assert.equal(confirmed, {
    id: 'confirmed', label: 'Records confirmed, of those started', unit: 'percent',
    first: { suppressed: false, value: 100, numerator: 8, denominator: 8 },
    second: { suppressed: false, value: 50, numerator: 5, denominator: 10 },
    difference: 50, interval: { low: 8.2, high: 76.3 }, verdict: 'higher', verdictText: 'Higher on the pilot than elsewhere',
  });
  const cancelled = rest.measures.find((m: { id: string }) => m.id === 'cancelled');
  assert.is(cancelled.verdictText, 'No detectable difference');
  const median = rest.measures.find((m: { id: string }) => m.id === 'medianMinutesToConfirm');
  assert.equal([median.first.denominator, median.second.denominator], [8, 5]);
  const handovers = rest.measures.find((m: { id: string }) => m.id === 'handoversAllRedFlagsAcknowledged');
  assert.equal(handovers.first, { suppressed: true, denominator: 'fewer than 5' }, 'no handovers: nothing to compare');
  assert.equal(rest.questions.onlyFirst, [], 'the fixture versions ask the same questions');
  assert.ok(rest.questions.shared > 0);
});

test('a period with fewer records than the minimum count shows no figures', async () => {
  const res = await forumNorth.get('/api/reports/pilots/escort-check/0?from=2026-12-11&to=2026-12-31');
  assert.is(res.status, 200, res.text);
  const [rest] = res.body.comparisons;
  assert.is(rest.first.started, 'fewer than 5');
  for (const measure of rest.measures) {
    assert.is(measure.verdict, 'suppressed', measure.id);
    assert.is(measure.first.value, undefined, `${measure.id}: no figure`);
    assert.is(measure.interval, undefined);
  }
});

test('who may ask: staff 403, a forum of another region 403 naming the rule, every request in the activity log', async () => {
  const staff = await prison.get(`/api/reports/pilots/escort-check/0?${PERIOD}`);
  assert.is(staff.status, 403);
  const south = await forumSouth.get(`/api/reports/pilots/escort-check/0?${PERIOD}`);
  assert.is(south.status, 403);
  assert.equal(south.body.fields.map((f: { field: string }) => f.field), ['rule']);
  const log = await server.store.listActivity({ limit: 50 });
  const asked = log.filter((e) => e.action === 'report.pilot').map((e) => [e.user, (e.details as { status: number }).status]);
  assert.ok(asked.some(([user, status]) => user === 'prison' && status === 403), JSON.stringify(asked));
  assert.ok(asked.some(([user, status]) => user === 'forum' && status === 403));
  assert.ok(asked.some(([user, status]) => user === 'forum-north' && status === 200));
});

test('bad parameters: 400 naming form, rule, from or to', async () => {
  const cases: [string, string][] = [
    ['/api/reports/pilots/nope/0?from=2026-12-01', 'form'],
    ['/api/reports/pilots/escort-check/7?from=2026-12-01', 'rule'],
    ['/api/reports/pilots/escort-check/x?from=2026-12-01', 'rule'],
    ['/api/reports/pilots/escort-check/0', 'from'],
    ['/api/reports/pilots/escort-check/0?from=2026-12-31&to=2026-12-01', 'from'],
    ['/api/reports/pilots/escort-check/0?from=2026-02-30', 'from'],
    ['/api/reports/pilots/escort-check/0?from=2026-12-01&by=month', 'by'],
  ];
  for (const [path, field] of cases) {
    const res = await forumNorth.get(path);
    assert.is(res.status, 400, `${path}: ${res.text}`);
    assert.equal(res.body.fields.map((f: { field: string }) => f.field), [field], path);
  }
});

test.run();
