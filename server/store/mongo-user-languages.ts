/** The MongoDB side of UserLanguageStore: one document per user who chose a language, keyed by username. */
import type { Db, Document } from 'mongodb';
import { assertText } from './paths.ts';
import type { UserLanguageStore } from './user-languages.ts';

export function mongoUserLanguages(db: Db): UserLanguageStore {
  const languages = db.collection<Document & { _id: string }>('userLanguages');
  return {
    async userLanguage(username) {
      assertText(username, 'username');
      const found = await languages.findOne({ _id: username });
      return typeof found?.language === 'string' ? found.language : null;
    },
    async setUserLanguage(username, language) {
      assertText(username, 'username');
      assertText(language, 'language');
      await languages.updateOne({ _id: username }, { $set: { language } }, { upsert: true });
    },
  };
}
