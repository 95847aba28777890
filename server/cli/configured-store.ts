import { configFromEnv } from '../config.ts';
import { openStore } from '../store/index.ts';
import type { Store } from '../store/types.ts';

/** Runs `work` against the store the server is configured with (MONGODB_URL, else DATA_DIR) and closes it again. */
export async function withConfiguredStore<T>(work: (store: Store) => Promise<T>, env: Record<string, string | undefined> = process.env): Promise<T> {
  const config = configFromEnv(env);
  const store = await openStore({ dataDir: config.dataDir, mongodbUrl: config.mongodbUrl });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
