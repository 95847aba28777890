/**
 * Keeps ahead, on the Moves page, the records of today's moves that this user could add entries to
 * (confirmed or handed over, and a role the form's x-form.entryRoles names), exactly as the record
 * page keeps a record it opened (copies.ts: same sealed copy, same key, same 24 hours), so a record
 * never opened can still be read without a signal. Each record is asked of the server, which refuses
 * what this user may not see; nothing refused is kept. The record pages' shell (their HTML holds only
 * the record's id and who is signed in) and the form's validator go in the shell cache; the Moves
 * page itself never does, as it names people.
 */
import { acceptsEntries } from '../../engine/states.ts';
import { canAddEntries } from '../../engine/index.ts';
import type { ApiClient } from '../api-client.ts';
import { loadForm, validatorUrl } from '../engine-bridge.ts';
import { hasDeviceKey, holdDeviceKey } from './crypto.ts';
import { keepCopy } from './copies.ts';
import { loadedShell } from './register.ts';
import { SHELL_CACHE } from './shell-cache.ts';

/** How many of the records were kept on the device. */
export async function keepTodaysRecords(client: ApiClient, recordIds: readonly string[]): Promise<number> {
  if (recordIds.length === 0) return 0;
  const [session, locations] = await Promise.all([client.session(), client.locations().catch(() => [])]);
  const places = locations.map(({ code, name }) => ({ code, name }));
  let kept = 0;
  for (const id of recordIds) {
    const record = await client.record(id).catch(() => undefined);
    if (!record || !acceptsEntries(record.state)) continue;
    const form = await loadForm(client, record.form, record.version);
    if (!canAddEntries(form, session.roles)) continue;
    if (!(await hasDeviceKey())) holdDeviceKey((await client.request<{ key: string }>('GET', '/session/device-key')).key);
    // The page and its scripts first: a copy on the device promises the record opens without a signal.
    await keepShellOf(`/records/${encodeURIComponent(id)}`, validatorUrl(record.form, record.version));
    await keepCopy({ record, session, locations: places, definition: form.definition as unknown as Record<string, unknown>, inEnglish: form.inEnglish, savedAt: new Date().toISOString() });
    kept++;
  }
  return kept;
}

/** Asked after the form's validator loaded, so what the validator itself imported is in the list too. */
async function keepShellOf(page: string, validator: string): Promise<void> {
  if (!('caches' in globalThis)) return;
  const cache = await caches.open(SHELL_CACHE);
  const paths = [page, new URL(validator).pathname, ...loadedShell()];
  await Promise.all(paths.map((path) => cache.add(path).catch(() => undefined)));
}
