import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { FormsRegistry } from './forms-registry.ts';
import type { Store } from './store/types.ts';

/** What every route needs: built once by createApp and handed to each route module. */
export interface AppContext {
  store: Store;
  forms: FormsRegistry;
  config: Config;
  logger: Logger;
}
