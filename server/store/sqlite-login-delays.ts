/** The SQLite side of LoginDelayStore: one row per delayed account; ISO times compare as text. */
import type Database from 'better-sqlite3';
import { assertText } from './paths.ts';
import type { LoginDelayStore } from './login-delays.ts';

export function sqliteLoginDelays(db: Database.Database): LoginDelayStore {
  db.exec('CREATE TABLE IF NOT EXISTS login_delays (username TEXT PRIMARY KEY, not_before TEXT NOT NULL)');
  const select = db.prepare<[string], { not_before: string }>('SELECT not_before FROM login_delays WHERE username = ?');
  const upsert = db.prepare(`INSERT INTO login_delays (username, not_before) VALUES (?, ?)
    ON CONFLICT (username) DO UPDATE SET not_before = MAX(not_before, excluded.not_before)`);
  const remove = db.prepare('DELETE FROM login_delays WHERE username = ?');
  return {
    async loginNotBefore(username) {
      assertText(username, 'username');
      return select.get(username)?.not_before ?? null;
    },
    async delayLogins(username, until) {
      assertText(username, 'username');
      assertText(until, 'until');
      upsert.run(username, until);
    },
    async clearLoginDelay(username) {
      assertText(username, 'username');
      remove.run(username);
    },
  };
}
