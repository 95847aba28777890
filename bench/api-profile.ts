/**
 * Where a save's time goes on the event loop: the bench's save server runs in a child process whose V8
 * CPU profiler (the one `node --cpu-prof` starts) records only while autocannon sends saves at 50
 * connections (PROFILE_SECONDS, default 10; PROFILE_PREFER, default return=minimal; '' for the full
 * answer). Prints the server's CPU time per save, the functions with the most self time and the files
 * they are in, as shares of the busy (not idle) samples, and keeps the .cpuprofile (open it in Chrome DevTools' Performance panel).
 *
 *   node --import tsx bench/api-profile.ts
 */
import { spawn } from 'node:child_process';
import { Session } from 'node:inspector/promises';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { CONNECTIONS, saveRequests, saveServer } from './api-save-server.ts';

const SECONDS = Number(process.env.PROFILE_SECONDS ?? 10);
const PREFER = process.env.PROFILE_PREFER ?? 'return=minimal';
const TOP = Number(process.env.PROFILE_TOP ?? 20);
const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface ProfileNode { id: number; callFrame: { functionName: string; url: string }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; startTime: number; endTime: number }
type ServerInfo = { url: string; cookie: string; records: { id: string; revision: number }[] };

/** The child: serves, profiles between 'start' and 'stop', then hands the profile back and exits. */
async function serve(): Promise<void> {
  const api = await saveServer(false);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  let cpuAtStart = process.cpuUsage();
  process.on('message', async (message) => {
    if (message === 'start') {
      await session.post('Profiler.start');
      cpuAtStart = process.cpuUsage();
      process.send!('started');
    } else if (message === 'stop') {
      const cpu = process.cpuUsage(cpuAtStart);
      const { profile } = await session.post('Profiler.stop');
      await api.close();
      process.send!({ profile, cpuMicroseconds: cpu.user + cpu.system }, () => process.exit(0));
    }
  });
  process.send!({ url: api.url, cookie: api.cookie, records: api.records } satisfies ServerInfo);
}

/** Where a frame lives, short: a path under the repository, a package name, or node's own. */
function placeOf(url: string): string {
  if (!url) return '(native or V8)';
  if (url.startsWith('node:')) return url;
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  return inPackage ? `${inPackage[1]} (package)` : relative(ROOT, path);
}

function summarise(profile: Profile): void {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map(profile.nodes.flatMap((n) => (n.children ?? []).map((child) => [child, n] as const)));
  // Line numbers are of the code tsx runs, not of the source files: functions are named by name and file.
  const nameOf = ({ functionName, url }: ProfileNode['callFrame']) => `${functionName || '(anonymous)'} ${placeOf(url)}`;
  const hits = new Map<number, number>();
  for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
  const perFunction = new Map<string, number>();
  const perPlace = new Map<string, number>();
  let busy = 0;
  let idle = 0;
  for (const [id, count] of hits) {
    const node = byNode.get(id)!;
    const { functionName, url } = node.callFrame;
    if (functionName === '(idle)') {
      idle += count;
      continue;
    }
    busy += count;
    const place = placeOf(url);
    // A native function (a SQLite statement's run or get, a socket write) is named with its caller.
    const caller = parentOf.get(id);
    const name = url || !caller?.callFrame.url ? nameOf(node.callFrame) : `${nameOf(node.callFrame)} ← ${nameOf(caller.callFrame)}`;
    perFunction.set(name, (perFunction.get(name) ?? 0) + count);
    perPlace.set(place, (perPlace.get(place) ?? 0) + count);
  }
  const share = (n: number) => `${((n / Math.max(busy, 1)) * 100).toFixed(1)}%`;
  const seconds = (profile.endTime - profile.startTime) / 1e6;
  const ofAll = (n: number) => `${((n / Math.max(busy + idle, 1)) * 100).toFixed(1)}%`;
  console.log(`\n${seconds.toFixed(1)} s profiled, ${busy + idle} samples: busy ${ofAll(busy)}, idle ${ofAll(idle)}\n`);
  console.log('| function (self time) | share of busy samples |\n|---|---:|');
  for (const [name, count] of [...perFunction].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`| ${name} | ${share(count)} |`);
  console.log('\n| file or package (self time) | share of busy samples |\n|---|---:|');
  for (const [place, count] of [...perPlace].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`| ${place} | ${share(count)} |`);
  console.log('\n| repository function (with what it calls, up to the next middleware) | share of busy samples |\n|---|---:|');
  for (const [name, count] of ownTimes(profile, hits).slice(0, TOP)) console.log(`| ${name} | ${share(count)} |`);
}

/**
 * Each function of the repository with everything it calls synchronously, except the next middleware
 * (Express's `next` runs the rest of the chain inside the caller): a middleware's own cost per request.
 * A function's time counts once where it calls itself. Time after an `await` is its own stack, so an
 * async function shows the part up to its first await, and its continuations as anonymous functions.
 */
function ownTimes(profile: Profile, hits: Map<number, number>): [string, number][] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  // Express's `next`, and the step the API's one-layer middleware (server/http/in-order.ts) calls next.
  const isNext = (n: ProfileNode) => (n.callFrame.functionName === 'next' && /node_modules\/router\//.test(n.callFrame.url))
    || (n.callFrame.functionName === 'callStep' && n.callFrame.url.endsWith('/server/http/in-order.ts'));
  const own = (n: ProfileNode): number => (n.children ?? []).map((c) => byNode.get(c)!).filter((c) => !isNext(c)).reduce((sum, c) => sum + own(c), hits.get(n.id) ?? 0);
  const totals = new Map<string, number>();
  const walk = (n: ProfileNode, open: Set<string>) => {
    const { functionName, url } = n.callFrame;
    const key = `${functionName || '(anonymous)'} ${placeOf(url)}`;
    const counts = url.startsWith('file://') && !url.includes('/node_modules/') && !open.has(key);
    if (counts) {
      totals.set(key, (totals.get(key) ?? 0) + own(n));
      open.add(key);
    }
    for (const child of n.children ?? []) walk(byNode.get(child)!, open);
    if (counts) open.delete(key);
  };
  walk(profile.nodes[0]!, new Set());
  return [...totals].sort((a, b) => b[1] - a[1]);
}

async function main(): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--serve'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const next = () => new Promise<unknown>((resolve) => child.once('message', resolve));
  const info = (await next()) as ServerInfo;
  child.send('start');
  await next();
  const result = await autocannon({
    url: info.url, connections: CONNECTIONS, duration: SECONDS,
    headers: { 'content-type': 'application/json', cookie: info.cookie, ...(PREFER ? { prefer: PREFER } : {}) },
    requests: saveRequests(info.records.map((r) => ({ ...r, height: 180 }))),
  });
  child.send('stop');
  const { profile, cpuMicroseconds } = (await next()) as { profile: Profile; cpuMicroseconds: number };
  const file = join(mkdtempSync(join(tmpdir(), 'per-profile-')), 'save.cpuprofile');
  writeFileSync(file, JSON.stringify(profile));
  console.log(`saves with Prefer: ${PREFER || '(none)'}: ${result.requests.average.toFixed(0)} req/s, p99 ${result.latency.p99} ms, ${result.errors + result.non2xx} errors; profile kept in ${file}`);
  // CPU time rather than wall time: time other processes of a shared machine take is not counted.
  console.log(`server CPU time per save (all its threads, profiler on): ${(cpuMicroseconds / Math.max(result.requests.total, 1)).toFixed(0)} us`);
  summarise(profile);
}

await (process.argv.includes('--serve') ? serve() : main());
