/**
 * The service worker behind <form-record offline>, served at /offline-sw.js. It serves the app shell
 * (the record pages this browser opened, their scripts, styles, fonts and validators) from the cache
 * when the network fails, and nothing else: it never caches an API answer, and the page itself chooses
 * what goes in the cache (register.ts). Network first, so a signal always gets the current page.
 */
/// <reference lib="webworker" />
import { SHELL_CACHE } from './shell-cache.ts';

declare const self: ServiceWorkerGlobalScope;

self.addEventListener('install', () => { void self.skipWaiting(); });
self.addEventListener('activate', (event) => { event.waitUntil(self.clients.claim()); });

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  event.respondWith(fetch(event.request).catch(async () => {
    const cached = await (await caches.open(SHELL_CACHE)).match(event.request, { ignoreSearch: event.request.mode === 'navigate' });
    return cached ?? Response.error();
  }));
});
