/** The MongoDB side of DeviceKeyStore: one document per user; $setOnInsert keeps the first key stored. */
import type { Db, Document } from 'mongodb';
import { assertText } from './paths.ts';
import type { DeviceKeyStore } from './device-keys.ts';

export function mongoDeviceKeys(db: Db): DeviceKeyStore {
  const keys = db.collection<Document & { _id: string }>('deviceKeys');
  return {
    async deviceKey(username, fresh) {
      assertText(username, 'username');
      assertText(fresh, 'key');
      // Upsert on the _id: of two racing first calls one inserts, the other matches and changes nothing.
      const found = await keys.findOneAndUpdate({ _id: username }, { $setOnInsert: { key: fresh } }, { upsert: true, returnDocument: 'after' });
      return String(found!.key);
    },
  };
}
