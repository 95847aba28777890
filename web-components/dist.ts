/**
 * Where the built browser files live: `npm run build` (run by `npm install` through `prepare`, and by
 * the test runner) writes them, the server only serves them. Kept apart from build.ts so the server
 * never imports the bundler.
 */
import { fileURLToPath } from 'node:url';

export const DIST_DIR = fileURLToPath(new URL('../dist/', import.meta.url));
export const COMPONENTS_FILE = 'form-engine.js';
/** The offline service worker, served at the site's root so its scope is the whole site. */
export const SERVICE_WORKER_FILE = 'offline-sw.js';
