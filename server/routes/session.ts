/** POST /api/session logs in, GET says who is signed in, DELETE logs out. */
import { Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { AppContext } from '../app-context.ts';
import { principalOf } from '../auth/principal.ts';
import { logIn, logOut } from '../auth/sessions.ts';
import { validateBody } from '../schemas/validate.ts';
import { say, words } from '../http/errors.ts';
import { languageOf, translationOf } from '../i18n/language.ts';

export function sessionRoutes(context: AppContext): Router {
  const { store, config, logger } = context;
  const router = Router();
  // Per-IP limit held in this process's memory: a guard against floods only, counting failures only (a
  // busy office behind one address signs in all day). Guessing one account's password is stopped by the
  // store-kept lock-out (auth/lockout.ts), which every server instance shares.
  const loginLimit = rateLimit({
    windowMs: config.loginRateLimit.windowMs,
    limit: config.loginRateLimit.max,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    skipSuccessfulRequests: true,
    handler: (req, res) => {
      logger.warn({ securityEvent: 'signInRateLimited', ip: req.ip }, 'sign-in refused: too many failed attempts from this address');
      res.status(429).set('content-language', languageOf(res)).json({ error: 'tooManyRequests', message: say(translationOf(res), words('api.signIn.tooMany')) });
    },
  });

  router.post('/session', loginLimit, validateBody('Login'), async (req, res) => {
    const { username, password } = req.body as { username: string; password: string };
    const principal = await logIn(context, req, res, username, password);
    res.status(201).json({ username: principal.username, ...(principal.name ? { name: principal.name } : {}), roles: principal.roles, locations: principal.locations, ...(principal.regions?.length ? { regions: principal.regions } : {}) });
  });

  router.get('/session', (_req, res) => {
    const { username, name, roles, locations, regions } = principalOf(res);
    // The window of move dates the API accepts, so the staff pages refuse exactly what it would.
    res.json({ username, ...(name ? { name } : {}), roles, locations, ...(regions?.length ? { regions } : {}), moveDateWindow: config.moveDateWindow });
  });

  router.delete('/session', async (_req, res) => {
    await logOut(store, config, res, principalOf(res));
    res.status(204).end();
  });
  return router;
}
