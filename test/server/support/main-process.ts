/** Runs `server/main.ts` (what `npm start` runs) as a child process, the way an operator would. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { FIXED_DATES_WINDOW, FIXTURE_FORMS } from './server.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));

export interface MainProcess {
  child: ChildProcess;
  url: string;
  /** Everything it has printed so far (its log). */
  output(): string;
  /** Ends it with SIGKILL (no chance to clean up) and waits until it is gone. */
  kill(): Promise<void>;
}

function run(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    // MONGODB_URL is cleared unless given: these runs are about the process on its embedded store.
    env: { ...process.env, MONGODB_URL: '', PORT: '0', HOST: '127.0.0.1', FORMS_DIR: FIXTURE_FORMS, LOG_LEVEL: 'info', NODE_ENV: 'test', ...FIXED_DATES_WINDOW, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (chunk) => { out += chunk; });
  child.stderr!.on('data', (chunk) => { out += chunk; });
  return { child, output: () => out };
}

/** Starts the server and resolves once it listens. */
export async function startMain(env: Record<string, string>): Promise<MainProcess> {
  const { child, output } = run(env);
  const url = await new Promise<string>((resolve, reject) => {
    const poll = setInterval(() => {
      const port = /"port":(\d+)[^\n]*listening/.exec(output())?.[1];
      if (port) { clearInterval(poll); resolve(`http://127.0.0.1:${port}`); }
    }, 20);
    child.once('exit', (code) => { clearInterval(poll); reject(new Error(`server exited with ${code}: ${output()}`)); });
  });
  const kill = () => new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
  return { child, url, output, kill };
}

/** Starts the server expecting it to refuse; resolves with its exit code and everything it printed. */
export function failedStart(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const { child, output } = run(env);
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output: output() })));
}
