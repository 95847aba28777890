/**
 * Registers the offline service worker and puts the app shell of the page in its cache: the page's
 * own address (a record page holds no answers, only the record's id and who is signed in) and the
 * scripts, styles, fonts and validators it loaded from this site. Never an API answer: the record
 * itself is kept sealed in IndexedDB (copies.ts).
 */
import { SERVICE_WORKER_URL, SHELL_CACHE } from './shell-cache.ts';

const SHELL_PATHS = /^\/(components|assets)\//;

export async function registerOfflineShell(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  try {
    await navigator.serviceWorker.register(SERVICE_WORKER_URL, { type: 'module' });
  } catch {
    // Without a service worker (a private window, a policy) the page works online as before.
  }
}

/** Caches this page and what it loaded, for opening it again without a signal. */
export async function keepShell(): Promise<void> {
  if (!('caches' in globalThis)) return;
  const cache = await caches.open(SHELL_CACHE);
  await Promise.all([location.pathname, ...loadedShell()].map((path) => cache.add(path).catch(() => undefined)));
}

/** The scripts, styles, fonts and validators this page loaded from this site (the same on every page). */
export function loadedShell(): string[] {
  const loaded = performance.getEntriesByType('resource').map((e) => new URL(e.name))
    .filter((u) => u.origin === location.origin && SHELL_PATHS.test(u.pathname)).map((u) => u.pathname + u.search);
  return [...new Set(loaded)];
}
