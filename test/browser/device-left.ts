import type { Page } from 'playwright-core';

/** What the browser still holds for working offline: IndexedDB databases, caches and the device key. */
export const leftOnDevice = (page: Page) => page.evaluate(async () => ({
  databases: (await indexedDB.databases()).map((d) => d.name),
  caches: await caches.keys(),
  key: sessionStorage.getItem('per-offline-key'),
}));
