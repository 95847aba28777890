// Runs `form-engine` as an operator would, pointed at a test server's store.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestServer } from './server.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** The configured store of the test server, as an operator would point the command at it. */
export function storeEnv(server: TestServer): Record<string, string> {
  const mongodbUrl = process.env.MONGODB_URL;
  if (!mongodbUrl) return { DATA_DIR: server.dataDir, MONGODB_URL: '' };
  const url = new URL(mongodbUrl);
  url.pathname = `/${server.mongodbDatabase}`;
  return { MONGODB_URL: url.href };
}

export function formEngine(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, ['server/cli/form-engine.js', ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk) => { out += chunk; });
  child.stderr.on('data', (chunk) => { err += chunk; });
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, out, err })));
}
