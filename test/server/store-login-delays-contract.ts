/**
 * LoginDelayStore (server/store/login-delays.ts), the same for every adapter: each store test file
 * registers it beside the main contract.
 */
import { randomUUID } from 'node:crypto';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { InvalidUpdateError, type Store } from '../../server/store/types.ts';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 9, minute)).toISOString();

export function registerLoginDelayContract(adapter: string, open: () => Promise<Store>): void {
  const test = suite<{ store: Store }>(`${adapter} login delays`, { store: undefined as unknown as Store });
  test.before(async (context) => { context.store = await open(); });
  test.after(async (context) => { await context.store.close(); });

  test('an account never delayed may try now; a delay reads back; clearing forgets it', async ({ store }) => {
    const username = `user-${randomUUID()}`;
    assert.is(await store.loginNotBefore(username), null);
    await store.delayLogins(username, at(5));
    assert.is(await store.loginNotBefore(username), at(5));
    await store.clearLoginDelay(username);
    assert.is(await store.loginNotBefore(username), null);
  });

  test('a shorter delay never shortens a later one; a longer one extends it', async ({ store }) => {
    const username = `user-${randomUUID()}`;
    await store.delayLogins(username, at(30));
    await store.delayLogins(username, at(2));
    assert.is(await store.loginNotBefore(username), at(30));
    await store.delayLogins(username, at(45));
    assert.is(await store.loginNotBefore(username), at(45));
  });

  test('racing delays keep the latest of them', async ({ store }) => {
    const username = `user-${randomUUID()}`;
    const minutes = Array.from({ length: 40 }, (_, i) => (i * 17) % 40);
    await Promise.all(minutes.map((minute) => store.delayLogins(username, at(minute))));
    assert.is(await store.loginNotBefore(username), at(39));
  });

  test('a delay survives closing and reopening the store', async (context) => {
    const username = `user-${randomUUID()}`;
    await context.store.delayLogins(username, at(20));
    await context.store.close();
    context.store = await open();
    assert.is(await context.store.loginNotBefore(username), at(20));
  });

  test('operator objects in place of a username or time are refused', async ({ store }) => {
    for (const action of [
      () => store.loginNotBefore({ $gt: '' } as unknown as string),
      () => store.delayLogins({ $ne: null } as unknown as string, at(1)),
      () => store.delayLogins('someone', { $gt: '' } as unknown as string),
      () => store.clearLoginDelay({ $exists: true } as unknown as string),
    ]) {
      try {
        await action();
        assert.unreachable('accepted');
      } catch (error) {
        assert.instance(error, InvalidUpdateError);
      }
    }
  });

  test.run();
}
