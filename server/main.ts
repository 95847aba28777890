/**
 * `npm start`: reads the environment, opens the store (SQLite under DATA_DIR, or MongoDB when
 * MONGODB_URL is set), imports the forms in FORMS_DIR into the store's registry (definitions/store-registry.ts), creates the demo accounts outside
 * production, and serves the API and the web pages on PORT.
 */
import { pino } from 'pino';
import { configFromEnv } from './config.ts';
import { openStore } from './store/index.ts';
import { openFormsRegistry } from './definitions/store-registry.ts';
import { definitionCache, describeCacheStats } from './definitions/definition-cache.ts';
import { ensureDemoAccounts } from './auth/demo-accounts.ts';
import { createApp } from './app.ts';
import { refreshStaleFacts } from './reports/keep-facts.ts';
import { loadCustodyCheck } from './records/custody-check.ts';

/** How long a definition checked on the preview page is kept for its validator to be rebuilt. */
const PREVIEW_KEEP_DAYS = 7;
const logger = pino({ level: process.env.LOG_LEVEL || 'info' });

try {
  const config = configFromEnv();
  const store = await openStore({ dataDir: config.dataDir, mongodbUrl: config.mongodbUrl });
  const definitions = definitionCache(config.definitionCacheDir, { onUnwritten: (error) => logger.warn(`could not write to the definition cache: ${error.message}`) });
  const forms = await openFormsRegistry(store, config.formsDir, logger, definitions);
  logger.info({ definitionCache: { dir: definitions.dir, ...definitions.stats() } }, describeCacheStats(definitions.stats()));
  if (!config.production) await ensureDemoAccounts(store, forms.locations);
  // Records made before reports existed, or changed just before a crash, get their report facts now.
  const refreshed = await refreshStaleFacts(store, forms, config.formsDir);
  if (refreshed > 0) logger.info({ records: refreshed }, 'report facts brought up to date');
  if (config.production && !config.oidc) logger.warn('production without OIDC_ISSUER: only local accounts can sign in');
  const custodyCheck = await loadCustodyCheck(config.custodyCheckModule);
  if (config.custodyCheckModule) logger.info({ module: config.custodyCheckModule }, 'custody check loaded');
  const app = createApp({ store, forms, config, logger, custodyCheck });
  const server = app.listen(config.port, config.host ?? '0.0.0.0', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const host = typeof address === 'object' && address ? address.address : config.host;
    logger.info({ port, host, store: config.mongodbUrl ? 'mongodb' : 'sqlite', oidc: config.oidc?.issuer ?? false, forms: forms.list().map((f) => f.name) }, `listening on port ${port}`);
  });
  server.on('error', (error) => {
    logger.fatal(`could not listen on port ${config.port}: ${error.message}`);
    process.exit(1);
  });
  // Housekeeping only: an idle session or expired print link is refused when used whether or not it was
  // swept, and a preview page left open for a week checks its definition again.
  const sweep = setInterval(() => {
    const before = new Date(Date.now() - config.sessionIdleMinutes * 60_000).toISOString();
    store.deleteIdleSessions(before).catch((error: unknown) => logger.warn({ err: error }, 'could not remove idle sessions'));
    const previewsBefore = new Date(Date.now() - PREVIEW_KEEP_DAYS * 86_400_000).toISOString();
    store.deletePreviewsBefore(previewsBefore).catch((error: unknown) => logger.warn({ err: error }, 'could not remove old previews'));
    store.deletePrintLinksBefore(new Date().toISOString()).catch((error: unknown) => logger.warn({ err: error }, 'could not remove expired print links'));
  }, 10 * 60_000);
  sweep.unref();
  const stop = () => {
    clearInterval(sweep);
    server.close(() => void store.close().then(() => process.exit(0)));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
} catch (error) {
  // The reason, not a stack trace: start-up problems are configuration or data, fixed by the operator.
  logger.fatal(`could not start: ${(error as Error).message}`);
  process.exit(1);
}
