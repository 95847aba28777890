/**
 * Outside production the server (with its demo accounts, password "demo") listens on 127.0.0.1 unless
 * HOST says otherwise; production keeps every interface unless HOST is set.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { configFromEnv } from '../../server/config.ts';
import { startMain } from './support/main-process.ts';

test('HOST defaults to 127.0.0.1 outside production', () => {
  assert.is(configFromEnv({}).host, '127.0.0.1');
  assert.is(configFromEnv({ NODE_ENV: 'development' }).host, '127.0.0.1');
});

test('production listens on every interface unless HOST is set', () => {
  assert.is(configFromEnv({ NODE_ENV: 'production' }).host, undefined);
  assert.is(configFromEnv({ NODE_ENV: 'production', HOST: '127.0.0.1' }).host, '127.0.0.1');
  assert.is(configFromEnv({ HOST: '0.0.0.0' }).host, '0.0.0.0');
});

test('npm start without HOST answers on 127.0.0.1 and not on another loopback address', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'per-host-'));
  const server = await startMain({ DATA_DIR: dataDir, HOST: '' });
  try {
    assert.is((await fetch(`${server.url}/api/openapi.json`)).status, 200);
    const elsewhere = server.url.replace('127.0.0.1', '127.0.0.2');
    const reached = await fetch(`${elsewhere}/api/openapi.json`).then(() => true, () => false);
    assert.is(reached, false, 'only 127.0.0.1 is listened on');
  } finally {
    await server.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test.run();
