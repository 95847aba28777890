import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { FormsRegistry } from './forms-registry.ts';
import type { Store } from './store/types.ts';
import type { CustodyCheck } from './records/custody-check.ts';

/** What every route needs: built once by createApp and handed to each route module. */
export interface AppContext {
  store: Store;
  forms: FormsRegistry;
  config: Config;
  logger: Logger;
  /** The deployment's custody check before prefilling across locations; absent: allow (records/custody-check.ts). */
  custodyCheck?: CustodyCheck;
}
