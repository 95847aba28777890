import { Router } from 'express';
import { readFileSync } from 'node:fs';
import type { AppContext } from '../app-context.ts';
import { openApiDocument } from '../schemas/openapi.ts';
import { withFormVersionSchemas } from '../schemas/form-version-schemas.ts';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** The API description is public: it holds no data, and integrators read it before they have accounts. */
export function openApiRoutes({ forms }: AppContext): Router {
  const document = withFormVersionSchemas(openApiDocument(version), forms);
  const router = Router();
  router.get('/openapi.json', (_req, res) => {
    res.json(document);
  });
  return router;
}
