/**
 * An SQLite file made before reports existed (today's schema: no report tables) is migrated when the
 * server starts: nothing is lost, and every existing record gets its report facts, so the first
 * report already counts them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { sqliteFileName } from '../../server/store/sqlite.ts';
import { Client } from './support/client.ts';
import { startMain } from './support/main-process.ts';
import { completeRecord, createRecord } from './support/records.ts';
import { startServer, type TestServer } from './support/server.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'per-migrate-'));
test.after(() => rmSync(dataDir, { recursive: true, force: true }));

async function login(url: string, username: string): Promise<Client> {
  const client = new Client(url);
  const res = await client.post('/api/session', { username, password: 'demo' });
  assert.is(res.status, 201);
  return client;
}

test('records made before reports are counted after the server starts on the old file, and stay as they were', async () => {
  const before = await startServer({}, {}, { dataDir, mongodbDatabase: 'unused' } as TestServer);
  const [prison, healthcare] = await Promise.all([before.login('prison'), before.login('healthcare')]);
  const made = [];
  for (let i = 0; i < 5; i++) made.push(await completeRecord(prison, healthcare));
  for (const record of made.slice(0, 3)) assert.is((await prison.post(`/api/records/${record.id}/confirm`)).status, 200);
  const draft = await createRecord(prison);
  await before.close();

  // Back to the schema of a file made before reports: no report tables at all.
  const db = new Database(join(dataDir, sqliteFileName));
  const reportTables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND (name LIKE 'report%' OR name = 'activity')").all() as { name: string }[]).map((t) => t.name);
  assert.ok(reportTables.includes('report_facts'));
  for (const table of reportTables) db.exec(`DROP TABLE ${table}`);
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
  assert.ok(['audit', 'records', 'sessions', 'users'].every((t) => tables.includes(t)));
  assert.not.ok(tables.some((t) => t.startsWith('report') || t === 'activity'));
  db.close();

  const main = await startMain({ DATA_DIR: dataDir });
  try {
    const forum = await login(main.url, 'forum');
    const report = await forum.get('/api/reports/quality?form=escort-check&by=all');
    assert.is(report.status, 200, report.text);
    const row = report.body.rows[0];
    assert.equal([row.started, row.confirmed, row.cancelled], [6, 3, 0]);
    assert.equal(row.flagsRaised.alert, 6);
    const staff = await login(main.url, 'prison');
    const kept = await staff.get(`/api/records/${draft.id}`);
    assert.is(kept.status, 200);
    assert.equal(kept.body.answers, draft.answers);
    assert.is((await staff.get(`/api/records/${made[0]!.id}`)).body.state, 'confirmed');
  } finally {
    await main.kill();
  }
});

test.run();
