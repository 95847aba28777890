// Runs every test file in its own process (servers, ports and stores stay isolated),
// then prints the closing line CI reads: "N passed, N failed".
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDist } from '../web-components/build.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const testDir = join(root, 'test');
const filter = process.argv[2];

function findTestFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'output' || name === 'fixtures' ? [] : findTestFiles(path);
    return name.endsWith('.test.ts') ? [path] : [];
  }).sort();
}

interface FileResult { file: string; passed: number; failed: number; exitCode: number }

function runFile(file: string): Promise<FileResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', file], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => { out += chunk; process.stdout.write(chunk); });
    child.stderr.on('data', (chunk) => { out += chunk; process.stderr.write(chunk); });
    child.on('close', (code) => {
      const total = sumOf(out, /Total:\s+(\d+)/g);
      const passed = sumOf(out, /Passed:\s+(\d+)/g);
      const exitCode = code ?? 1;
      // A file that crashed before uvu reported still counts as one failure.
      const failed = Math.max(total - passed, exitCode !== 0 && total === passed ? 1 : 0);
      resolve({ file: relative(root, file), passed, failed, exitCode });
    });
  });
}

function sumOf(text: string, pattern: RegExp): number {
  let sum = 0;
  for (const match of text.matchAll(pattern)) sum += Number(match[1]);
  return sum;
}

// The server serves dist/ as `npm run build` wrote it; build it once so tests see the current components.
await buildDist();
const files = findTestFiles(testDir).filter((f) => !filter || f.includes(filter));
const results: FileResult[] = [];
for (const file of files) {
  console.log(`\n# ${relative(root, file)}`);
  results.push(await runFile(file));
}
console.log('\n# Summary');
for (const r of results) console.log(`${r.failed ? 'FAIL' : 'ok  '} ${r.file}: ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || results.length === 0 ? 1 : 0);
