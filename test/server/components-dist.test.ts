/**
 * The server serves the browser files `npm run build` wrote to dist/ and never bundles at request time;
 * with dist/ missing it says so, in its log and to the browser, instead of serving pages whose scripts 404.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import express from 'express';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { componentRoutes, NOT_BUILT } from '../../server/pages/components.ts';
import { loadFormsRegistry } from '../../server/forms-registry.ts';
import { FIXTURE_FORMS } from './support/server.ts';

async function serve(dist?: string) {
  const lines: { msg: string; level: number }[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => { lines.push(JSON.parse(line)); } });
  const app = express().use(componentRoutes(loadFormsRegistry(FIXTURE_FORMS), logger, dist));
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => { const s = app.listen(0, '127.0.0.1', () => resolve(s)); });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, lines, close: () => new Promise((resolve) => server.close(resolve)) };
}

test('with dist/ missing, the log and every request for a bundle say to run the build', async () => {
  const empty = mkdtempSync(join(tmpdir(), 'per-dist-'));
  const s = await serve(empty);
  try {
    assert.ok(s.lines.some((l) => l.level >= 50 && l.msg.includes('npm run build')), JSON.stringify(s.lines));
    const response = await fetch(`${s.url}/components/form-engine.js`);
    assert.is(response.status, 503);
    assert.is(await response.text(), NOT_BUILT);
  } finally {
    await s.close();
    rmSync(empty, { recursive: true, force: true });
  }
});

test('the built bundles are served from dist/, and validator modules import the built runtime beside them', async () => {
  const s = await serve();
  try {
    assert.equal(s.lines, [], 'nothing to complain about once built');
    const bundle = await fetch(`${s.url}/components/form-engine.js`);
    assert.is(bundle.status, 200);
    assert.match(bundle.headers.get('content-type') ?? '', /javascript/);
    const [form] = loadFormsRegistry(FIXTURE_FORMS).list();
    const validator = await (await fetch(`${s.url}/components/validators/${form!.name}/${form!.versions[0]}.js`)).text();
    const imports = [...validator.matchAll(/from "([^"]+)"/g)].map((m) => m[1]);
    assert.ok(imports.length > 0 && imports.every((path) => path === '../../form-engine-validator-runtime.js'), imports.join(', '));
    assert.is((await fetch(new URL('../../form-engine-validator-runtime.js', `${s.url}/components/validators/x/y.js`))).status, 200);
  } finally {
    await s.close();
  }
});

test.run();
