/**
 * Start-up time to first request: `npm start`'s server (server/main.ts on a fresh data directory with
 * the project's forms/, then again on the same directory, as after a restart) from spawn until a sign-in
 * answers, against a bare Express process answering its first request, started the same way (node with
 * tsx) in the same run. The first start on a data directory checks and compiles every definition and
 * fills the definition cache; the restart reads them from it (docs/performance.md). Runs alternate;
 * medians are printed with the ratios, and the machine's load before and after. STARTUP_RUNS sets how many.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const RUNS = Number(process.env.STARTUP_RUNS ?? 3);
const root = fileURLToPath(new URL('..', import.meta.url));
const BARE = `import express from 'express';
const app = express(); app.use(express.json());
app.post('/api/session', (req, res) => { res.json({ ok: true }); });
app.listen(Number(process.env.PORT), '127.0.0.1');`;

/** A port nobody listens on now, from the system: other benches on this machine pick ports too. */
async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Milliseconds from spawn until POST /api/session answers 2xx (a sign-in of the demo account). */
async function timeToFirstRequest(args: string[], env: Record<string, string>): Promise<number> {
  const port = await freePort();
  const start = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: root, env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'error' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => { output += chunk; });
  child.stderr!.on('data', (chunk) => { output += chunk; });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${args.join(' ')} ended (code ${child.exitCode}) before answering: ${output.slice(-2000)}`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'prison', password: 'demo' }) });
        if (res.ok) return performance.now() - start;
      } catch { /* not listening yet */ }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    // The next run may start on the same data directory: it must not race this process's shutdown for the store.
    if (child.exitCode === null) {
      const exited = once(child, 'exit');
      child.kill();
      await exited;
    }
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function measureStartup(): Promise<void> {
  const loadBefore = loadavg();
  const [bare, fresh, restart]: number[][] = [[], [], []];
  for (let run = 0; run < RUNS; run++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'per-startup-'));
    const env = { DATA_DIR: dataDir, FORMS_DIR: join(root, 'forms') };
    bare.push(await timeToFirstRequest(['--input-type=module', '--eval', BARE], {}));
    fresh.push(await timeToFirstRequest(['server/main.ts'], env));
    restart.push(await timeToFirstRequest(['server/main.ts'], env));
    rmSync(dataDir, { recursive: true, force: true });
  }
  const base = median(bare);
  console.log(`\nStart-up to first request (median of ${RUNS}, ms)\n`);
  console.log('| process | ms | vs bare Express | vs fresh start |');
  console.log('|---|---:|---:|---:|');
  const rows = [['bare Express process', bare], ['server, fresh data directory (no definition cache)', fresh], ['server, restart on the same data (definition cache read)', restart]] as const;
  for (const [name, times] of rows) {
    console.log(`| ${name} | ${median(times).toFixed(0)} | ${(median(times) / base).toFixed(1)}× | ${(median(times) / median(fresh)).toFixed(2)}× |`);
  }
  const load = (l: number[]) => l.map((n) => n.toFixed(2)).join(' ');
  console.log(`\nload average (1, 5, 15 min) before: ${load(loadBefore)}; after: ${load(loadavg())}`);
}

await measureStartup();
