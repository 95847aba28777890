/**
 * Builds the Express application: security headers, JSON bodies (size-limited, guarded, validated),
 * the caller's identity, the API routes, then the web pages. Holds no request state in memory: the
 * store keeps records, users and sessions; only compiled definitions are cached (they never change).
 */
import express, { type Express } from 'express';
import cookieParser from 'cookie-parser';
import { pino, type Logger } from 'pino';
import type { Store } from './store/types.ts';
import type { Config } from './config.ts';
import type { FormsRegistry } from './forms-registry.ts';
import type { AppContext } from './app-context.ts';
import type { CustodyCheck } from './records/custody-check.ts';
import { securityHeaders } from './http/security.ts';
import { requestLog, requestPath } from './http/request-log.ts';
import { bodyGuard } from './http/body-guard.ts';
import { jsonBodiesOnly } from './http/json-bodies-only.ts';
import { refuseCrossSite } from './http/cross-site.ts';
import { noStore } from './http/no-store.ts';
import { inOrder } from './http/in-order.ts';
import { errorHandler, HttpError, words } from './http/errors.ts';
import { authenticate, requireSignIn } from './auth/authenticate.ts';
import { chooseLanguage, contentLanguage, userLanguage } from './i18n/language.ts';
import { sessionRoutes } from './routes/session.ts';
import { formRoutes } from './routes/forms.ts';
import { referenceDataRoutes } from './routes/reference-data.ts';
import { recordRoutes } from './routes/records.ts';
import { sectionRoutes } from './routes/sections.ts';
import { lifecycleRoutes } from './routes/lifecycle.ts';
import { entryRoutes } from './routes/entries.ts';
import { deviceKeyRoutes } from './routes/device-key.ts';
import { printRoutes, printAssets, printLinkPages } from './routes/print.ts';
import { auditRoutes } from './routes/audit.ts';
import { prefillCrossingRoutes } from './routes/prefill-crossings.ts';
import { openApiRoutes } from './routes/openapi.ts';
import { moveRoutes } from './routes/moves.ts';
import { steeringRoutes } from './routes/steering.ts';
import { formSchemaRoutes } from './routes/form-schemas.ts';
import { mountPages } from './pages/index.ts';
import { keepReportFacts } from './reports/keep-facts.ts';
import { reportRoutes } from './routes/reports.ts';
import { pilotComparisonRoutes } from './routes/pilot-comparison.ts';
import { qualityCheckRoutes } from './routes/quality-checks.ts';
import { refreshForms } from './definitions/refresh.ts';
import { definitionBodies, exceptDefinitionBodies } from './definitions/bodies.ts';
import { draftRoutes } from './routes/drafts.ts';
import { rolloutRoutes } from './routes/rollout.ts';
import { translationRoutes } from './routes/translations.ts';
import { RECORD_PATHS, requireRecordsPrivilege } from './records/records-privilege.ts';

export interface AppOptions {
  store: Store;
  forms: FormsRegistry;
  config: Config;
  logger?: Logger;
  custodyCheck?: CustodyCheck;
}

export function createApp({ store, forms, config, logger = pino({ level: config.logLevel }), custodyCheck }: AppOptions): Express {
  const context: AppContext = { store: keepReportFacts(store, forms, config.formsDir, logger), forms, config, logger, custodyCheck };
  const app = express();
  app.set('trust proxy', config.trustProxy);
  app.set('query parser', 'simple');
  // Express would hash every answer for an ETag; answers of personal data are no-store, so nobody could
  // send it back. The one route a cache revalidates (a translated definition) sets its own.
  app.set('etag', false);
  // Every request, in this order (one router layer: server/http/in-order.ts). The language comes before
  // the cross-site check, so even that refusal is said in the caller's.
  app.use(inOrder(securityHeaders(), requestLog(logger), chooseLanguage(config), refuseCrossSite, refreshForms(forms)));

  const api = express.Router();
  api.use(inOrder(
    noStore,
    jsonBodiesOnly,
    definitionBodies(config),
    express.json({ limit: config.bodyLimit, strict: true }),
    exceptDefinitionBodies(bodyGuard(config.maxBodyDepth)),
    cookieParser(),
    authenticate(store, config),
    userLanguage(context),
    contentLanguage,
    requireSignIn,
  ));
  api.use(RECORD_PATHS, requireRecordsPrivilege);
  // Every request walks these in order until one matches: the routes staff call most come first (no two share a path).
  const apiRoutes = [
    sectionRoutes, recordRoutes, sessionRoutes, formRoutes, referenceDataRoutes, lifecycleRoutes, entryRoutes,
    printRoutes, auditRoutes, prefillCrossingRoutes,
    draftRoutes, rolloutRoutes, translationRoutes,
    steeringRoutes,
    reportRoutes, pilotComparisonRoutes, qualityCheckRoutes,
    formSchemaRoutes,
    openApiRoutes,
    moveRoutes,
    deviceKeyRoutes,
  ];
  for (const routes of apiRoutes) {
    api.use(routes(context));
  }
  api.use((req) => {
    throw new HttpError(404, 'notFound', words('api.route.none', { method: req.method, path: requestPath(req) }));
  });
  app.use('/api', api);
  app.use(printAssets());
  app.use(printLinkPages(context));

  mountPages(app, context);
  app.use(errorHandler(logger));
  return app;
}
