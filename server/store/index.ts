/**
 * Opens the store the deployment asks for: MongoDB when a connection URL is configured (several
 * servers share it), otherwise the embedded SQLite file under the data directory.
 */
import { openMongoStore } from './mongo.ts';
import { openSqliteStore } from './sqlite.ts';
import type { Store } from './types.ts';

export interface StoreOptions {
  /** Directory of the embedded database (created if missing); used when no MongoDB URL is given. */
  dataDir: string;
  mongodbUrl?: string;
  /** MongoDB database name; defaults to the URL's, else "per". */
  mongodbDatabase?: string;
}

export function openStore(options: StoreOptions): Promise<Store> {
  return options.mongodbUrl ? openMongoStore(options.mongodbUrl, options.mongodbDatabase) : openSqliteStore(options.dataDir);
}
