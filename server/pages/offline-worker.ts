/**
 * Serves the offline service worker (built to dist/ with the components) at the site's root, so it
 * may serve the record pages. Under the same strict CSP as every page: a worker script from this origin.
 */
import { Router } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR, SERVICE_WORKER_FILE } from '../../web-components/dist.ts';

export function offlineWorkerRoutes(dist: string = DIST_DIR): Router {
  const router = Router();
  router.get(`/${SERVICE_WORKER_FILE}`, (_req, res) => {
    const file = join(dist, SERVICE_WORKER_FILE);
    if (!existsSync(file)) return void res.status(404).type('text/plain').send('Not built: run `npm run build`');
    // Checked on every visit, so a new version of the worker takes over at once.
    res.set('cache-control', 'no-cache').type('text/javascript').sendFile(file);
  });
  return router;
}
