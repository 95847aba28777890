import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'server/cli/form-engine.js');

export const workedExample = (): Record<string, any> =>
  JSON.parse(readFileSync(join(root, 'docs/examples/escort-check/1.0.0.json'), 'utf8'));

/** A fresh temporary folder holding `files` (path -> JSON value, or text for a string). */
const created: string[] = [];
process.on('exit', () => created.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

export function tempFolder(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'form-engine-'));
  created.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}

/** Runs the real `form-engine` command in `cwd`. */
export function formEngine(cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string; lines: string[] } {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, lines: result.stdout.split('\n').filter(Boolean) };
}
