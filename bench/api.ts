/**
 * Sustained save throughput of the API: PATCH a section at 50 connections with autocannon, each
 * connection editing its own record with the revision it last read (so every request is a real,
 * conflict-free save: engine decision, revision-checked store update with audit, view model reply).
 * A bare Express JSON route on the same machine in the same run is the yardstick; printed as a table
 * with the ratio. BENCH_SECONDS sets the duration of each run (default 10).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import express from 'express';
import { createApp } from '../server/app.ts';
import { configFromEnv } from '../server/config.ts';
import { loadFormsRegistry } from '../server/forms-registry.ts';
import { openStore } from '../server/store/index.ts';
import { ensureDemoAccounts } from '../server/auth/demo-accounts.ts';

const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const FORMS_DIR = fileURLToPath(new URL('../test/fixtures/server/forms', import.meta.url));

function listen(app: express.Express): Promise<{ server: Server; url: string }> {
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
  });
}

interface Row { name: string; requests: number; perSecond: number; p50: number; p99: number; errors: number }

async function run(name: string, options: autocannon.Options): Promise<Row> {
  const result = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options });
  return {
    name,
    requests: result.requests.total,
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

async function saveServer() {
  const dataDir = mkdtempSync(join(tmpdir(), 'per-bench-'));
  const config = { ...configFromEnv({ DATA_DIR: dataDir, FORMS_DIR, LOG_LEVEL: 'silent' }), host: '127.0.0.1', port: 0 };
  const forms = loadFormsRegistry(FORMS_DIR);
  const store = await openStore({ dataDir });
  await ensureDemoAccounts(store, forms.locations);
  const { server, url } = await listen(createApp({ store, forms, config }));
  const login = await fetch(`${url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'prison', password: 'demo' }) });
  const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
  const records: { id: string; revision: number }[] = [];
  for (let i = 0; i < CONNECTIONS; i++) {
    const res = await fetch(`${url}/api/records`, {
      method: 'POST', headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ form: 'escort-check', move: { id: `BENCH${i}`, type: 'court', from: 'WIN', to: 'WINCC', date: new Date().toISOString().slice(0, 10) }, person: { id: `P${i}`, name: 'Bench Person', dateOfBirth: '1990-01-01' } }),
    });
    const record = (await res.json()) as { id: string; revision: number };
    records.push({ id: record.id, revision: record.revision });
  }
  const close = async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { url, cookie, records, close };
}

interface SaveContext { record?: { id: string; revision: number }; height?: number }

async function main() {
  const bare = express();
  bare.use(express.json({ limit: '100kb' }));
  bare.patch('/records/:id/sections/:section', (req, res) => { res.json({ id: req.params.id, answers: req.body.answers }); });
  const bareServer = await listen(bare);
  const bareRow = await run('bare Express JSON route', {
    url: `${bareServer.url}/records/r1/sections/risk`, method: 'PATCH',
    headers: { 'content-type': 'application/json' }, body: JSON.stringify({ answers: { heightCm: 170 }, revision: 1 }),
  });
  bareServer.server.closeAllConnections();
  bareServer.server.close();

  const api = await saveServer();
  let next = 0;
  const saveRow = await run('PATCH section save (SQLite)', {
    url: api.url,
    headers: { 'content-type': 'application/json', cookie: api.cookie },
    requests: [{
      method: 'PATCH',
      setupRequest: (request, context) => {
        const ctx = context as SaveContext;
        ctx.record ??= api.records[next++ % api.records.length]!;
        ctx.height = ctx.height === 180 ? 181 : 180;
        return { ...request, path: `/api/records/${ctx.record.id}/sections/risk`, body: JSON.stringify({ answers: { heightCm: ctx.height }, revision: ctx.record.revision }) };
      },
      onResponse: (status, body, context) => {
        if (status === 200) (context as SaveContext).record!.revision = (JSON.parse(body) as { record: { revision: number } }).record.revision;
      },
    }],
  });
  await api.close();

  const rows = [bareRow, saveRow];
  console.log(`\nAPI save throughput: ${CONNECTIONS} connections, ${SECONDS}s each, node ${process.version}\n`);
  const times = (value: number, base: number) => `${(value / Math.max(base, 1)).toFixed(1)}×`;
  console.log('| run | requests | req/s | p50 ms | p99 ms | errors | req/s vs bare | p50 vs bare | p99 vs bare |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of rows) {
    const ratio = row.perSecond / bareRow.perSecond;
    console.log(`| ${row.name} | ${row.requests} | ${row.perSecond.toFixed(0)} | ${row.p50} | ${row.p99} | ${row.errors} | ${(ratio * 100).toFixed(1)}% | ${times(row.p50, bareRow.p50)} | ${times(row.p99, bareRow.p99)} |`);
  }
}

await main();
