/**
 * `npm start` as an operator meets it: it serves on PORT with its data under DATA_DIR, and a wrong
 * setting stops it with one line naming the problem, not a stack trace.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Client } from './support/client.ts';
import { failedStart, startMain } from './support/main-process.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'per-start-'));
test.after(() => rmSync(dataDir, { recursive: true, force: true }));

test('it starts on the given port with the embedded store under DATA_DIR and demo accounts', async () => {
  const server = await startMain({ DATA_DIR: dataDir });
  try {
    const client = new Client(server.url);
    assert.is((await client.post('/api/session', { username: 'prison', password: 'demo' })).status, 201);
    assert.ok(readdirSync(dataDir).length > 0, 'the store lives in DATA_DIR');
  } finally {
    await server.kill();
  }
});

test('in production it creates no demo account', async () => {
  const prodDir = mkdtempSync(join(tmpdir(), 'per-start-prod-'));
  const server = await startMain({ DATA_DIR: prodDir, NODE_ENV: 'production' });
  try {
    assert.is((await new Client(server.url).post('/api/session', { username: 'prison', password: 'demo' })).status, 401);
  } finally {
    await server.kill();
    rmSync(prodDir, { recursive: true, force: true });
  }
});

const refusals: [string, Record<string, string>, RegExp][] = [
  ['a PORT that is not a number', { PORT: 'eighty' }, /PORT must be a whole number/],
  ['a FORMS_DIR that does not exist', { FORMS_DIR: join(dataDir, 'no-forms-here') }, /no-forms-here/],
  ['an OIDC issuer without an audience', { OIDC_ISSUER: 'https://issuer.example.test' }, /OIDC_AUDIENCE must be set/],
];
for (const [name, env, message] of refusals) {
  test(`${name} stops it with a message naming the problem`, async () => {
    const { code, output } = await failedStart({ DATA_DIR: dataDir, ...env });
    assert.is(code, 1);
    assert.match(output, message);
    assert.match(output, /could not start/);
    assert.not.match(output, /\n\s+at .+:\d+:\d+/, 'no stack trace');
  });
}

test.run();
