/** The SQLite side of DeviceKeyStore: one row per user; INSERT OR IGNORE keeps the first key stored. */
import type Database from 'better-sqlite3';
import { assertText } from './paths.ts';
import type { DeviceKeyStore } from './device-keys.ts';

export function sqliteDeviceKeys(db: Database.Database): DeviceKeyStore {
  db.exec('CREATE TABLE IF NOT EXISTS device_keys (username TEXT PRIMARY KEY, key TEXT NOT NULL)');
  const insert = db.prepare('INSERT OR IGNORE INTO device_keys (username, key) VALUES (?, ?)');
  const select = db.prepare<[string], { key: string }>('SELECT key FROM device_keys WHERE username = ?');
  return {
    async deviceKey(username, fresh) {
      assertText(username, 'username');
      assertText(fresh, 'key');
      insert.run(username, fresh);
      return select.get(username)!.key;
    },
  };
}
