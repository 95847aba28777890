/** The cache of the app shell (clear-device.ts removes every cache whose name starts with the prefix). */
export const SHELL_CACHE_PREFIX = 'per-offline-shell';
export const SHELL_CACHE = `${SHELL_CACHE_PREFIX}-v1`;
/** Where the service worker is served; its scope is the whole site. */
export const SERVICE_WORKER_URL = '/offline-sw.js';
