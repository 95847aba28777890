/**
 * Lock-out as a weapon (ASVS 6.3.1): wrong passwords once locked any known account until an administrator
 * unlocked it, and the per-address limit counted successful sign-ins. Now failures earn growing delays
 * and temporary locks that end by themselves, the lock for good comes only after repeated temporary
 * locks, the per-address limit counts failures only, and each is logged as a security event.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { pino } from 'pino';
import { startServer, type TestServer } from './support/server.ts';
import { unlockAccount } from '../../server/cli/accounts.ts';
import { DEFAULT_LOCKOUT, type LockoutPolicy } from '../../server/auth/lockout.ts';

/** Two free failures, then a second's delay, every fourth failure a 1.5 s lock, for good after three locks. */
const FAST: LockoutPolicy = { freeFailures: 2, firstDelayMs: 1000, failuresPerLock: 4, lockMs: 1500, locksBeforePermanent: 3 };

const lines: Record<string, unknown>[] = [];
const logger = pino({ level: 'info' }, { write: (line: string) => { lines.push(JSON.parse(line) as Record<string, unknown>); } });
let server: TestServer;

test.before(async () => { server = await startServer({ lockout: FAST, logger, loginRateLimit: { windowMs: 60_000, max: 10_000 } }); });
test.after(async () => { await server.close(); });

const signIn = (username: string, password: string) => server.anonymous().post('/api/session', { username, password });

/** Tries `password` until the account is allowed to try again (answered anything but 429). */
async function whenAllowed(username: string, password: string) {
  for (const started = Date.now(); Date.now() - started < 5000;) {
    const res = await signIn(username, password);
    if (res.status !== 429) return res;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('still delayed after 5 s');
}
const wrongOnceAllowed = (username: string) => whenAllowed(username, 'wrong');
const signInWhenAllowed = (username: string) => whenAllowed(username, 'demo');

test('the default policy: a few free tries, then doubling delays from a second, a 15-minute lock at ten, locked for good after five locks', () => {
  assert.equal(DEFAULT_LOCKOUT, { freeFailures: 3, firstDelayMs: 1000, failuresPerLock: 10, lockMs: 900_000, locksBeforePermanent: 5 });
});

test('after the free tries a wrong password earns a delay; a try inside it is 429, not checked and not counted', async () => {
  await server.addUser('guessed', ['prison'], ['WIN']);
  for (let i = 0; i < 2; i++) assert.is((await signIn('guessed', 'wrong')).status, 401);
  const third = await signIn('guessed', 'wrong');
  assert.is(third.status, 401);
  assert.ok(third.headers.get('retry-after'), 'says to wait');
  const early = await signIn('guessed', 'demo');
  assert.is(early.status, 429, 'even the right password waits');
  assert.is(early.body.error, 'signInDelayed');
  assert.is((await server.store.getUser('guessed'))!.failedAttempts, 3, 'the early try was not counted');
  const ok = await signInWhenAllowed('guessed');
  assert.is(ok.status, 201, 'after the delay the right password signs in');
  assert.is((await server.store.getUser('guessed'))!.failedAttempts, 0);
  assert.is(await server.store.loginNotBefore('guessed'), null);
});

test('failures that once locked an account for good now lock it for a while only; it signs in again by itself', async () => {
  await server.addUser('victim', ['prison'], ['WIN']);
  let res;
  for (let i = 0; i < FAST.failuresPerLock; i++) res = await wrongOnceAllowed('victim');
  assert.match(res!.body.message, /locked for/);
  const locked = await signIn('victim', 'demo');
  assert.is(locked.status, 429);
  assert.ok(Number(locked.headers.get('retry-after')) >= 1);
  assert.is((await server.store.getUser('victim'))!.lockedAt, undefined, 'not locked for good');
  assert.is((await signInWhenAllowed('victim')).status, 201);
});

test('only repeated temporary locks lock the account for good; then an administrator unlocks it', async () => {
  await server.addUser('besieged', ['prison'], ['WIN']);
  const permanentAt = FAST.failuresPerLock * FAST.locksBeforePermanent;
  let last;
  for (let i = 0; i < permanentAt; i++) last = await wrongOnceAllowed('besieged');
  assert.is(last!.status, 403);
  assert.is(last!.body.error, 'accountLocked');
  await new Promise((resolve) => setTimeout(resolve, FAST.lockMs + 50));
  const still = await signIn('besieged', 'demo');
  assert.is(still.status, 403, 'a lock for good does not end by itself');
  assert.match(await unlockAccount(server.store, 'besieged'), /^unlocked besieged/);
  assert.is((await signIn('besieged', 'demo')).status, 201);
});

test('racing wrong passwords are all counted and still end in a lock', async () => {
  // A second server on the same store: no delay before the sixth failure (so every racer is checked
  // however late it arrives), then a minute-long lock that a slow machine cannot outlast.
  const slowLock = await startServer({ lockout: { ...FAST, freeFailures: 5, failuresPerLock: 6, lockMs: 60_000 }, logger }, {}, server);
  try {
    await slowLock.addUser('raced', ['prison'], ['WIN']);
    const started = Date.now();
    const racers = await Promise.all(Array.from({ length: 8 }, () => slowLock.anonymous().post('/api/session', { username: 'raced', password: 'wrong' })));
    const checked = racers.filter((r) => r.status !== 429).length;
    assert.ok(checked >= 6, `at least the six before the lock were checked: ${checked}`);
    assert.is((await slowLock.store.getUser('raced'))!.failedAttempts, checked, 'every checked failure counted, none lost in the race');
    const notBefore = Date.parse((await slowLock.store.loginNotBefore('raced'))!);
    assert.ok(notBefore >= started + 60_000, 'the lock earned by the sixth failure is not shortened by later ones');
    assert.is((await signIn('raced', 'demo')).status, 429, 'the right password waits, on either server');
  } finally {
    await slowLock.close();
  }
});

test('the per-address limit counts failures only: a busy office signs in all day', async () => {
  const limited = await startServer({ loginRateLimit: { windowMs: 60_000, max: 3 }, logger }, {});
  try {
    for (let i = 0; i < 6; i++) assert.is((await limited.anonymous().post('/api/session', { username: 'prison', password: 'demo' })).status, 201, `sign-in ${i + 1}`);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await limited.anonymous().post('/api/session', { username: `nobody${i}`, password: 'x' })).status);
    assert.equal(statuses, [401, 401, 401, 429]);
  } finally {
    await limited.close();
  }
});

test('failures, delays, locks and the address limit are logged as security events, without the password', async () => {
  const events = lines.filter((l) => typeof l.securityEvent === 'string');
  const kinds = new Set(events.map((l) => l.securityEvent));
  for (const kind of ['signInFailed', 'signInDelayed', 'accountLockedTemporarily', 'accountLocked', 'signInWhileLocked', 'signInRateLimited']) assert.ok(kinds.has(kind), `${kind} logged`);
  const failed = events.find((l) => l.securityEvent === 'signInFailed' && l.username === 'victim')!;
  assert.is(failed.ip, '127.0.0.1');
  assert.is(failed.level, 40, 'a warning');
  assert.not.ok(lines.some((l) => JSON.stringify(l).includes('"wrong"')), 'no password in any log line');
});

test.run();
