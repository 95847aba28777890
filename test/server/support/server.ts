/**
 * A real API server for tests: the embedded store in a temp dir (or, with MONGODB_URL set, a fresh
 * MongoDB database dropped at the end: the MongoDB leg), the fixture forms, listening on 127.0.0.1
 * with a random port. Users are created in the store like an administrator would.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { MongoClient } from 'mongodb';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Logger } from 'pino';
import { fileURLToPath } from 'node:url';
import { createApp } from '../../../server/app.ts';
import { configFromEnv, type Config } from '../../../server/config.ts';
import type { FormsRegistry } from '../../../server/forms-registry.ts';
import { openFormsRegistry } from '../../../server/definitions/store-registry.ts';
import { openStore } from '../../../server/store/index.ts';
import { ensureDemoAccounts } from '../../../server/auth/demo-accounts.ts';
import { hashPassword } from '../../../server/auth/passwords.ts';
import type { Store } from '../../../server/store/types.ts';
import type { CustodyCheck } from '../../../server/records/custody-check.ts';
import type { Role } from '../../../engine/types.ts';
import { Client } from './client.ts';

/**
 * Test moves are dated on fixed days (rollout rules pick versions by date), which the default window
 * of plausible move dates would refuse as time passes. The window itself is tested in
 * security-plausible.test.ts, with dates relative to today.
 */
export const FIXED_DATES_WINDOW = { MOVE_DATE_PAST_DAYS: '3650', MOVE_DATE_FUTURE_DAYS: '3650' };

export const FIXTURE_FORMS = fileURLToPath(new URL('../../fixtures/server/forms', import.meta.url));

export interface TestServer {
  url: string;
  store: Store;
  forms: FormsRegistry;
  config: Config;
  dataDir: string;
  mongodbDatabase: string;
  /** A client signed in as `username` (password "demo" unless given). */
  login(username: string, password?: string): Promise<Client>;
  anonymous(): Client;
  addUser(username: string, roles: Role[], locations: string[], password?: string): Promise<void>;
  close(): Promise<void>;
}

/** `shareDataOf`: a second server on the same store (same data directory or MongoDB database), as in a cluster. */
/** `logger` in the overrides replaces the silent one, for tests of what the server logs; `custodyCheck` plugs in a deployment's. */
/** `wrapStore`: what the app is given instead of the store itself (a real store wrapped, e.g. to count its calls); `store` stays the store. */
export async function startServer(overrides: Partial<Config> & { logger?: Logger; custodyCheck?: CustodyCheck; wrapStore?: (store: Store) => Store } = {}, env: Record<string, string> = {}, shareDataOf?: TestServer): Promise<TestServer> {
  const dataDir = shareDataOf?.dataDir ?? mkdtempSync(join(tmpdir(), 'per-api-'));
  const { logger, custodyCheck, wrapStore, ...settings } = overrides;
  const config: Config = { ...configFromEnv({ DATA_DIR: dataDir, FORMS_DIR: FIXTURE_FORMS, LOG_LEVEL: 'silent', ...FIXED_DATES_WINDOW, ...env }), host: '127.0.0.1', port: 0, ...settings };
  const mongodbUrl = process.env.MONGODB_URL || undefined;
  const mongodbDatabase = shareDataOf?.mongodbDatabase ?? `per-api-${randomUUID().slice(0, 8)}`;
  const store = await openStore({ dataDir, mongodbUrl, mongodbDatabase });
  const forms = await openFormsRegistry(store, config.formsDir);
  if (!config.production) await ensureDemoAccounts(store, forms.locations);
  const app = createApp({ store: wrapStore ? wrapStore(store) : store, forms, config, ...(logger ? { logger } : {}), ...(custodyCheck ? { custodyCheck } : {}) });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let passwordHash: string | undefined;
  return {
    url, store, forms, config, dataDir, mongodbDatabase,
    anonymous: () => new Client(url),
    async login(username, password = 'demo') {
      const client = new Client(url);
      const res = await client.post('/api/session', { username, password });
      if (res.status !== 201) throw new Error(`login as ${username} answered ${res.status}: ${JSON.stringify(res.body)}`);
      return client;
    },
    async addUser(username, roles, locations, password = 'demo') {
      const hash = password === 'demo' ? (passwordHash ??= await hashPassword('demo')) : await hashPassword(password);
      await store.putUser({ username, passwordHash: hash, roles, locations, failedAttempts: 0 });
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await store.close();
      if (shareDataOf) return; // the first server owns the data
      rmSync(dataDir, { recursive: true, force: true });
      if (mongodbUrl) {
        const client = await MongoClient.connect(mongodbUrl);
        await client.db(mongodbDatabase).dropDatabase();
        await client.close();
      }
    },
  };
}
