/**
 * Sealing what the browser keeps offline: AES-GCM with the user's device key, which the server gives
 * a signed-in user (GET /api/session/device-key) and this tab holds in sessionStorage only, never in
 * IndexedDB beside the data it opens. Closing the tab forgets the key: what stays on the device is
 * unreadable until the user signs in again (docs/offline.md explains the choice).
 */
export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

const KEY_SLOT = 'per-offline-key';
let imported: { raw: string; key: CryptoKey } | undefined;

/** Remembers the key the server gave, for this tab. */
export function holdDeviceKey(raw: string): void {
  sessionStorage.setItem(KEY_SLOT, raw);
}

export function forgetDeviceKey(): void {
  sessionStorage.removeItem(KEY_SLOT);
  imported = undefined;
}

async function deviceKey(): Promise<CryptoKey | undefined> {
  const raw = sessionStorage.getItem(KEY_SLOT);
  if (!raw) return undefined;
  if (imported?.raw !== raw) {
    const bytes = Uint8Array.from(atob(raw), (c) => c.charCodeAt(0));
    // Not extractable: script on the page can use the key but never read it back out.
    imported = { raw, key: await crypto.subtle.importKey('raw', bytes, 'AES-GCM', false, ['encrypt', 'decrypt']) };
  }
  return imported.key;
}

export async function hasDeviceKey(): Promise<boolean> {
  return (await deviceKey()) !== undefined;
}

export async function seal(value: unknown): Promise<Sealed> {
  const key = await deviceKey();
  if (!key) throw new Error('No device key in this tab: sign in with a signal first');
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(JSON.stringify(value)));
  return { iv, data };
}

/** The value sealed, or undefined when this tab has no key or another user's key sealed it. */
export async function open<T>(sealed: Sealed): Promise<T | undefined> {
  const key = await deviceKey();
  if (!key) return undefined;
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv }, key, sealed.data);
    return JSON.parse(new TextDecoder().decode(plain)) as T;
  } catch {
    return undefined;
  }
}
