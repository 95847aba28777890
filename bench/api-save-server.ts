/**
 * The save bench's server: the real app on the embedded store in a temporary data directory, signed in
 * as prison staff, with twice as many records as connections to save, and the requests that save them
 * (bench:api runs them; bench/api-profile.ts runs them against a profiled process).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import type autocannon from 'autocannon';
import type express from 'express';
import { createApp } from '../server/app.ts';
import { configFromEnv } from '../server/config.ts';
import { openFormsRegistry } from '../server/definitions/store-registry.ts';
import { openStore } from '../server/store/index.ts';
import { ensureDemoAccounts } from '../server/auth/demo-accounts.ts';
import { countSaveWork } from './api-counts.ts';

export const CONNECTIONS = 50;
const FORMS_DIR = fileURLToPath(new URL('../test/fixtures/server/forms', import.meta.url));

export function listen(app: express.Express): Promise<{ server: Server; url: string }> {
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
  });
}

/** `counted`: wrap the forms and store to count what each save does (bench/api-counts.ts). */
export async function saveServer(counted = true) {
  const dataDir = mkdtempSync(join(tmpdir(), 'per-bench-'));
  const config = { ...configFromEnv({ DATA_DIR: dataDir, FORMS_DIR, LOG_LEVEL: 'silent' }), host: '127.0.0.1', port: 0 };
  const store = await openStore({ dataDir });
  const forms = await openFormsRegistry(store, FORMS_DIR);
  await ensureDemoAccounts(store, forms.locations);
  // Counting wraps the store and the forms before the app takes them.
  const work = counted ? countSaveWork(forms, store) : () => ({ whole: 0, section: 0, reads: 0, writes: 0 });
  const { server, url } = await listen(createApp({ store, forms, config }));
  const login = await fetch(`${url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'prison', password: 'demo' }) });
  const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
  const records: { id: string; revision: number }[] = [];
  for (let i = 0; i < CONNECTIONS * 2; i++) {
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
  return { url, cookie, records, store, work, close };
}

interface SaveContext { record?: BenchRecord }
export interface BenchRecord { id: string; revision: number; height: number }

/**
 * Every request a real save: autocannon resets its per-request context whenever its list of requests
 * wraps, so each record's revision and last height live on the record, and a record is lent to one
 * request at a time (twice as many records as connections, so one lost reply starves nobody).
 */
export function saveRequests(idle: BenchRecord[]): autocannon.Request[] {
  return [{
    method: 'PATCH',
    setupRequest: (request, context) => {
      const record = idle.shift() ?? idle[0]!;
      (context as SaveContext).record = record;
      record.height = record.height === 180 ? 181 : 180;
      return { ...request, path: `/api/records/${record.id}/sections/risk`, body: JSON.stringify({ answers: { heightCm: record.height }, revision: record.revision }) };
    },
    onResponse: (status, body, context) => {
      const record = (context as SaveContext).record!;
      if (status === 200) record.revision = (JSON.parse(body) as { record: { revision: number } }).record.revision;
      idle.push(record);
    },
  }];
}
