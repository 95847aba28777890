/**
 * A locked account can be unlocked: `form-engine accounts unlock <username>` clears the lock and the
 * failed-attempt count in the configured store, and demo accounts start unlocked at every start outside
 * production. A real account stays locked across a restart until an administrator unlocks it.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startServer, type TestServer } from './support/server.ts';
import { formEngine, storeEnv as storeEnvOf } from './support/store-cli.ts';
import { permanentLockAfter, type LockoutPolicy } from '../../server/auth/lockout.ts';

let server: TestServer;
/** Locked for good at the tenth failure, without delays: this file is about unlocking (the delays: security-lockout.test.ts). */
const LOCK_AT_TEN: LockoutPolicy = { freeFailures: 10, firstDelayMs: 0, failuresPerLock: 10, lockMs: 0, locksBeforePermanent: 1 };

test.before(async () => { server = await startServer({ lockout: LOCK_AT_TEN }); });
test.after(async () => { await server.close(); });

const storeEnv = () => storeEnvOf(server);

async function lockOut(username: string): Promise<void> {
  for (let i = 0; i < permanentLockAfter(server.config.lockout); i++) await server.anonymous().post('/api/session', { username, password: 'wrong' });
  const refused = await server.anonymous().post('/api/session', { username, password: 'demo' });
  assert.is(refused.status, 403);
  assert.is(refused.body.error, 'accountLocked');
}

test('accounts unlock clears the lock and the count; the account signs in again', async () => {
  await server.addUser('locked-out', ['prison'], ['WIN']);
  await lockOut('locked-out');
  const run = await formEngine(['accounts', 'unlock', 'locked-out'], storeEnv());
  assert.is(run.code, 0, run.err);
  assert.match(run.out, /^unlocked locked-out \(locked at \d{4}-\d\d-\d\dT[^;]+; 10 failed sign-in attempts cleared\)/);
  const user = (await server.store.getUser('locked-out'))!;
  assert.is(user.lockedAt, undefined);
  assert.is(user.failedAttempts, 0);
  assert.equal(user.roles, ['prison'], 'nothing else changed');
  assert.is((await server.anonymous().post('/api/session', { username: 'locked-out', password: 'demo' })).status, 201);
});

test('accounts unlock of an account that is not locked says so and clears the count', async () => {
  await server.addUser('mistyped', ['prison'], ['WIN']);
  await server.anonymous().post('/api/session', { username: 'mistyped', password: 'wrong' });
  const run = await formEngine(['accounts', 'unlock', 'mistyped'], storeEnv());
  assert.is(run.code, 0, run.err);
  assert.match(run.out, /mistyped was not locked; 1 failed sign-in attempt cleared/);
  assert.is((await server.store.getUser('mistyped'))!.failedAttempts, 0);
});

test('accounts unlock of an unknown account fails naming it; wrong usage exits 2', async () => {
  const unknown = await formEngine(['accounts', 'unlock', 'nobody-here'], storeEnv());
  assert.is(unknown.code, 1);
  assert.match(unknown.err, /no account named "nobody-here"/);
  const noName = await formEngine(['accounts', 'unlock'], storeEnv());
  assert.is(noName.code, 2);
  assert.match(noName.err, /needs a username/);
  const wrongAction = await formEngine(['accounts', 'delete', 'x'], storeEnv());
  assert.is(wrongAction.code, 2);
  assert.match(wrongAction.err, /unknown accounts action "delete"/);
});

test('a demo account locked before a restart starts unlocked; a real account stays locked', async () => {
  await server.addUser('real-person', ['prison'], ['WIN']);
  await lockOut('real-person');
  await lockOut('healthcare');
  const restarted = await startServer({ lockout: LOCK_AT_TEN }, {}, server);
  try {
    assert.is((await restarted.anonymous().post('/api/session', { username: 'healthcare', password: 'demo' })).status, 201);
    assert.is((await restarted.store.getUser('healthcare'))!.failedAttempts, 0);
    assert.is((await restarted.anonymous().post('/api/session', { username: 'real-person', password: 'demo' })).status, 403);
  } finally {
    await restarted.close();
  }
});

test.run();
