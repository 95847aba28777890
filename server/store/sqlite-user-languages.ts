/** The SQLite side of UserLanguageStore: one row per user who chose a language. */
import type Database from 'better-sqlite3';
import { assertText } from './paths.ts';
import type { UserLanguageStore } from './user-languages.ts';

export function sqliteUserLanguages(db: Database.Database): UserLanguageStore {
  db.exec('CREATE TABLE IF NOT EXISTS user_languages (username TEXT PRIMARY KEY, language TEXT NOT NULL)');
  const select = db.prepare<[string], { language: string }>('SELECT language FROM user_languages WHERE username = ?');
  const upsert = db.prepare(`INSERT INTO user_languages (username, language) VALUES (?, ?)
    ON CONFLICT (username) DO UPDATE SET language = excluded.language`);
  return {
    async userLanguage(username) {
      assertText(username, 'username');
      return select.get(username)?.language ?? null;
    },
    async setUserLanguage(username, language) {
      assertText(username, 'username');
      assertText(language, 'language');
      upsert.run(username, language);
    },
  };
}
