/**
 * The definition check behind the preview page, for those with the preview privilege: every problem `form-engine validate`
 * reports, and for a sound definition the URL of its precompiled validator. The checked definition is
 * kept in the store under the hash of its content, so any server can build the validator when the
 * browser asks for it; built modules are cached in memory only as a cache.
 */
import express, { Router, type RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { createHash } from 'node:crypto';
import { checkDefinition } from '../../engine/check/index.ts';
import { compileProblem } from '../../engine/check/problem.ts';
import { problemsIn } from '../../engine/check/words.ts';
import { browserValidatorModule } from '../../engine/validator-runtime.ts';
import type { AppContext } from '../app-context.ts';
import { mayDo } from '../../engine/vocabulary/roles.ts';
import { principalOf } from '../auth/principal.ts';
import { bodyGuard } from '../http/body-guard.ts';
import { forbidden, holdersOf, say, words } from '../http/errors.ts';
import { languageOf, translationOf } from '../i18n/language.ts';
import { VALIDATOR_RUNTIME_URL } from './components.ts';

/** Built validator modules kept in this process; oldest dropped first. Losing one only costs a rebuild. */
const MODULE_CACHE_SIZE = 20;
/** Definitions are larger than any record body: the largest real one is about 100 kB pretty-printed. */
const DEFINITION_LIMIT = '512kb';
const HASH = /^[0-9a-f]{32}$/;

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

/** Only the preview privilege checks definitions; the page session must already be known (res.locals). */
const requirePreview: RequestHandler = (_req, res, next) => {
  if (!mayDo(principalOf(res), 'preview')) throw forbidden(words('api.preview.refused', undefined, { who: holdersOf('preview') }));
  next();
};

export function previewRoutes({ store, config }: Pick<AppContext, 'store' | 'config'>, requireSession: RequestHandler): Router {
  const modules = new Map<string, Promise<string>>();
  const build = (hash: string, text: string): Promise<string> => {
    let code = modules.get(hash);
    if (!code) {
      if (modules.size >= MODULE_CACHE_SIZE) modules.delete(modules.keys().next().value!);
      code = Promise.resolve().then(() => browserValidatorModule(JSON.parse(text), VALIDATOR_RUNTIME_URL));
      code.catch(() => modules.delete(hash));
      modules.set(hash, code);
    }
    return code;
  };
  // Each check compiles a schema to code: a modest per-IP limit keeps one page from hogging a server.
  const checkLimit = rateLimit({
    windowMs: 60_000,
    limit: 60,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (_req, res) => res.status(429).set('content-language', languageOf(res)).json({ error: 'tooManyRequests', message: say(translationOf(res), words('api.preview.tooMany')) }),
  });

  const router = Router();
  router.post('/preview/check', checkLimit, requireSession, requirePreview, express.json({ limit: DEFINITION_LIMIT, strict: true }),
    // A definition is JSON Schema ("$defs", "$schema") kept as text, so only prototype keys and depth are refused.
    bodyGuard(config.maxBodyDepth, { operatorKeys: true }),
    async (req, res) => {
      const definition: unknown = req.body;
      const problems = checkDefinition(definition);
      if (problems.length > 0) {
        res.json({ problems: problemsIn(translationOf(res), problems) });
        return;
      }
      const text = JSON.stringify(definition);
      const hash = hashOf(text);
      try {
        await build(hash, text);
      } catch (error) {
        res.json({ problems: problemsIn(translationOf(res), [compileProblem(error)]) });
        return;
      }
      await store.putPreview(hash, text, new Date().toISOString());
      res.json({ problems: [], validator: `/components/validators/preview/${hash}.js` });
    });

  router.get('/components/validators/preview/:hash.js', async (req, res) => {
    const { hash } = req.params;
    const text = HASH.test(hash) ? await store.getPreview(hash) : null;
    if (text === null) {
      res.status(404).type('text/plain').send('Check the definition again: its validator is no longer kept');
      return;
    }
    res.type('text/javascript').set('cache-control', 'private, max-age=3600, immutable').send(await build(hash, text));
  });
  return router;
}
