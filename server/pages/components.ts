/**
 * Serves the browser files `npm run build` wrote to dist/ (the components bundle, the browser definition
 * checker, the validator runtime) and one precompiled validator module per form version. Nothing is
 * bundled here: the server never imports the bundler. When dist/ is missing it says so, at start and to
 * every request for it, instead of serving pages whose scripts 404.
 */
import express, { Router } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { BROWSER_CHECKER_FILE } from '../../engine/check/validators.ts';
import { browserValidatorModule, VALIDATOR_RUNTIME_FILE } from '../../engine/validator-runtime.ts';
import { COMPONENTS_FILE, DIST_DIR } from '../../web-components/dist.ts';
import type { FormsRegistry } from '../forms-registry.ts';

/** Validator modules live at /components/validators/<form>/<version>.js, two folders below the runtime. */
export const VALIDATOR_RUNTIME_URL = `../../${VALIDATOR_RUNTIME_FILE}`;
const BUILT_FILES = [COMPONENTS_FILE, BROWSER_CHECKER_FILE, VALIDATOR_RUNTIME_FILE];
export const NOT_BUILT = 'The web components are not built: run `npm run build` (npm install runs it), then start the server again';

export function missingDistFiles(dist: string = DIST_DIR): string[] {
  return BUILT_FILES.filter((file) => !existsSync(join(dist, file)));
}

export function componentRoutes(forms: FormsRegistry, logger: Logger, dist: string = DIST_DIR): Router {
  const router = Router();
  const missing = missingDistFiles(dist);
  if (missing.length > 0) logger.error(`${NOT_BUILT} (missing from ${dist}: ${missing.join(', ')})`);
  for (const file of BUILT_FILES) {
    router.get(`/components/${file}`, (_req, res, next) => {
      if (existsSync(join(dist, file))) next();
      else res.status(503).type('text/plain').send(NOT_BUILT);
    });
  }
  router.use('/components', express.static(dist, { index: false, fallthrough: true, cacheControl: false, setHeaders: (res) => res.set('cache-control', 'no-cache') }));

  const validators = new Map<string, string>();
  router.get('/components/validators/:form/:version.js', (req, res) => {
    const form = forms.get(req.params.form, req.params.version);
    if (!form) {
      res.status(404).type('text/plain').send('No such form version');
      return;
    }
    const key = `${form.name}@${form.version}`;
    if (!validators.has(key)) validators.set(key, browserValidatorModule(form.definition, VALIDATOR_RUNTIME_URL));
    res.type('text/javascript').set('cache-control', 'public, max-age=3600, immutable').send(validators.get(key)!);
  });
  return router;
}
