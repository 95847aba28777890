/**
 * UserLanguageStore (server/store/user-languages.ts), the same for every adapter: each store test file
 * registers it beside the main contract.
 */
import { randomUUID } from 'node:crypto';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { InvalidUpdateError, type Store } from '../../server/store/types.ts';

export function registerUserLanguageContract(adapter: string, open: () => Promise<Store>): void {
  const test = suite<{ store: Store }>(`${adapter} user languages`, { store: undefined as unknown as Store });
  test.before(async (context) => { context.store = await open(); });
  test.after(async (context) => { await context.store.close(); });

  test('a user who never chose has no language; a choice reads back; a later choice replaces it', async ({ store }) => {
    const username = `user-${randomUUID()}`;
    assert.is(await store.userLanguage(username), null);
    await store.setUserLanguage(username, 'cy');
    assert.is(await store.userLanguage(username), 'cy');
    await store.setUserLanguage(username, 'en');
    assert.is(await store.userLanguage(username), 'en');
  });

  test("one user's choice is not another's", async ({ store }) => {
    const [a, b] = [`user-${randomUUID()}`, `user-${randomUUID()}`];
    await store.setUserLanguage(a, 'cy');
    assert.is(await store.userLanguage(b), null);
  });

  test('a choice survives closing and reopening the store', async (context) => {
    const username = `user-${randomUUID()}`;
    await context.store.setUserLanguage(username, 'cy');
    await context.store.close();
    context.store = await open();
    assert.is(await context.store.userLanguage(username), 'cy');
  });

  test('operator objects in place of a username or language are refused, storing nothing', async ({ store }) => {
    const username = `user-${randomUUID()}`;
    for (const action of [
      () => store.userLanguage({ $gt: '' } as unknown as string),
      () => store.setUserLanguage({ $ne: null } as unknown as string, 'cy'),
      () => store.setUserLanguage(username, { $gt: '' } as unknown as string),
    ]) {
      try {
        await action();
        assert.unreachable('accepted');
      } catch (error) {
        assert.instance(error, InvalidUpdateError);
      }
    }
    assert.is(await store.userLanguage(username), null);
  });

  test.run();
}
