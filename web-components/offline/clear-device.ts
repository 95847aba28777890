/**
 * Removes everything kept for working offline: the IndexedDB database (copies and outbox), the app
 * shell's caches and this tab's device key. Run on sign-out, before the session ends.
 */
import { forgetDeviceKey } from './crypto.ts';
import { deleteDeviceDb } from './device-db.ts';
import { SHELL_CACHE_PREFIX } from './shell-cache.ts';

export async function clearDevice(): Promise<void> {
  forgetDeviceKey();
  await deleteDeviceDb();
  if ('caches' in globalThis) {
    for (const name of await caches.keys()) if (name.startsWith(SHELL_CACHE_PREFIX)) await caches.delete(name);
  }
}
