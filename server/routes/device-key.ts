/**
 * GET /api/session/device-key: the signed-in user's key for what their browser keeps to work offline
 * (docs/offline.md). Answered no-store like every API answer; the browser holds it for the life of its
 * tab only, never beside the data it encrypts.
 */
import { randomBytes } from 'node:crypto';
import { Router } from 'express';
import type { AppContext } from '../app-context.ts';
import { principalOf } from '../auth/principal.ts';

export function deviceKeyRoutes({ store }: AppContext): Router {
  const router = Router();
  router.get('/session/device-key', async (_req, res) => {
    const key = await store.deviceKey(principalOf(res).username, randomBytes(32).toString('base64'));
    res.json({ key, algorithm: 'AES-GCM', bits: 256 });
  });
  return router;
}
