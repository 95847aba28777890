/**
 * The store contract for accounts and short-lived keys: users and their failed logins, sessions,
 * preview definitions and single-use print links. Registered on each adapter's contract suite by
 * registerStoreContract (store-contract.ts).
 */
import { randomUUID } from 'node:crypto';
import type { Test } from 'uvu';
import * as assert from 'uvu/assert';
import { InvalidUpdateError } from '../../server/store/types.ts';
import { assertRefused, at, type StoreContext } from './store-contract-support.ts';

export function registerAccountsContract(test: Test<StoreContext>): void {
  test('users: stored and read back; failed logins count atomically and lock at the limit', async ({ store }) => {
    const username = `user-${randomUUID()}`;
    const user = { username, passwordHash: '$argon2id$v=19$hash', roles: ['prison' as const], locations: ['LOC1'], failedAttempts: 0 };
    await store.putUser(user);
    assert.equal(await store.getUser(username), user);
    assert.is(await store.getUser(`nobody-${randomUUID()}`), null);
    const counts = await Promise.all([1, 2, 3, 4, 5].map((i) => store.recordFailedLogin(username, at(i), 3)));
    assert.equal([...counts].sort(), [1, 2, 3, 4, 5]);
    const locked = await store.getUser(username);
    assert.is(locked?.failedAttempts, 5);
    assert.is(locked?.lockedAt, at(counts.indexOf(3) + 1));
    await store.resetFailedLogins(username);
    const reset = await store.getUser(username);
    assert.is(reset?.failedAttempts, 0);
    assert.is(reset?.lockedAt, locked?.lockedAt, 'a reset count does not unlock');
    await store.putUser({ ...user, roles: ['prison', 'police'] });
    assert.equal(await store.getUser(username), { ...user, roles: ['prison', 'police'] });
    assert.is(await store.recordFailedLogin(`nobody-${randomUUID()}`, at(1), 3), 0);
  });

  test('sessions: created, read (with the user\'s stored language), touched, deleted, and idle ones swept', async ({ store }) => {
    const session = { id: randomUUID(), username: `someone-${randomUUID()}`, roles: ['police' as const], locations: ['LOC1'], createdAt: at(1), lastSeenAt: at(1) };
    await store.createSession(session);
    assert.equal(await store.getSession(session.id), { ...session, userLanguage: null });
    await store.setUserLanguage(session.username, 'cy');
    await store.touchSession(session.id, at(9));
    assert.equal(await store.getSession(session.id), { ...session, lastSeenAt: at(9), userLanguage: 'cy' });
    await store.deleteSession(session.id);
    assert.is(await store.getSession(session.id), null);
    const idle = { ...session, id: randomUUID(), lastSeenAt: '2000-01-01T00:00:00.000Z' };
    const active = { ...session, id: randomUUID(), lastSeenAt: '2999-01-01T00:00:00.000Z' };
    await store.createSession(idle);
    await store.createSession(active);
    assert.ok((await store.deleteIdleSessions('2001-01-01T00:00:00.000Z')) >= 1);
    assert.is(await store.getSession(idle.id), null);
    assert.equal(await store.getSession(active.id), { ...active, userLanguage: 'cy' });
  });

  test('previews: the definition text reads back by hash, a second put refreshes its time, old ones are pruned', async ({ store }) => {
    const text = JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', $defs: { 'a.b': { type: 'string' } }, title: 'Draft' });
    const kept = randomUUID().replace(/-/g, '');
    const old = randomUUID().replace(/-/g, '');
    await store.putPreview(kept, text, '2000-01-01T00:00:00.000Z');
    await store.putPreview(old, '{}', '2000-01-01T00:00:00.000Z');
    assert.is(await store.getPreview(kept), text);
    assert.is(await store.getPreview(randomUUID().replace(/-/g, '')), null);
    await store.putPreview(kept, text, '2999-01-01T00:00:00.000Z');
    assert.ok((await store.deletePreviewsBefore('2001-01-01T00:00:00.000Z')) >= 1);
    assert.is(await store.getPreview(old), null);
    assert.is(await store.getPreview(kept), text, 'the one put again is kept');
  });

  test('print links: used once, then refused; an expired or unknown one is refused; expired ones are swept', async ({ store }) => {
    const link = { hash: randomUUID().replace(/-/g, ''), recordId: randomUUID(), username: 'printer', expiresAt: at(10) };
    await store.createPrintLink(link);
    assert.is(await store.usePrintLink(link.hash, at(10)), null, 'refused at the very moment it expires');
    assert.equal(await store.usePrintLink(link.hash, at(9)), { ...link, usedAt: at(9) }, 'the first use gets the link');
    assert.is(await store.usePrintLink(link.hash, at(9)), null, 'a second use is refused');
    assert.is(await store.usePrintLink(randomUUID().replace(/-/g, ''), at(0)), null, 'an unknown hash is refused');

    const raced = { ...link, hash: randomUUID().replace(/-/g, '') };
    await store.createPrintLink(raced);
    const uses = await Promise.all(Array.from({ length: 20 }, () => store.usePrintLink(raced.hash, at(1))));
    assert.is(uses.filter((use) => use !== null).length, 1, 'twenty concurrent uses: exactly one gets it');

    const fresh = { ...link, hash: randomUUID().replace(/-/g, ''), expiresAt: '2999-01-01T00:00:00.000Z' };
    await store.createPrintLink(fresh);
    assert.ok((await store.deletePrintLinksBefore(at(11))) >= 2, 'both expired links are swept');
    assert.ok(await store.usePrintLink(fresh.hash, at(0)), 'one not yet expired is kept');
    await assertRefused(() => store.usePrintLink({ $ne: '' } as unknown as string, at(0)), InvalidUpdateError, 'an operator object as hash');
  });
}
