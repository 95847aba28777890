/** The MongoDB side of LoginDelayStore: one document per delayed account; $max keeps the later time. */
import type { Db, Document } from 'mongodb';
import { assertText } from './paths.ts';
import type { LoginDelayStore } from './login-delays.ts';

export function mongoLoginDelays(db: Db): LoginDelayStore {
  const delays = db.collection<Document & { _id: string }>('loginDelays');
  return {
    async loginNotBefore(username) {
      assertText(username, 'username');
      const found = await delays.findOne({ _id: username });
      return typeof found?.notBefore === 'string' ? found.notBefore : null;
    },
    async delayLogins(username, until) {
      assertText(username, 'username');
      assertText(until, 'until');
      // ISO times of one format order as strings, and $max compares strings: the later time stays.
      await delays.updateOne({ _id: username }, { $max: { notBefore: until } }, { upsert: true });
    },
    async clearLoginDelay(username) {
      assertText(username, 'username');
      await delays.deleteOne({ _id: username });
    },
  };
}
