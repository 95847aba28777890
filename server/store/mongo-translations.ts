/**
 * TranslationStore in MongoDB: one document per subject and language, its translation as JSON text (a
 * pointer is never a document key) and its events in the same document, so a save and its event are one
 * conditional updateOne filtered on the expected revision; the first save is an insert, which a
 * concurrent first save loses on the unique _id. No MongoDB server runs where this was written: it is
 * type-checked and read against the SQLite adapter, and runs the same contract test when MONGODB_URL is set.
 */
import { MongoServerError, type Db } from 'mongodb';
import type { Translation } from '../../engine/i18n/index.ts';
import { assertPlainData, assertText } from './paths.ts';
import type { StoredTranslation, TranslationEvent, TranslationStore } from './translations.ts';

interface Stored { _id: string; subject: string; language: string; revision: number; at: string; by: string; body: string; history: TranslationEvent[] }
const idOf = (subject: string, language: string) => `${subject}\n${language}`;
const withoutHistory = { projection: { history: 0 } } as const;

const fromDocument = (doc: Omit<Stored, '_id' | 'history'>): StoredTranslation => ({
  subject: doc.subject, language: doc.language, revision: doc.revision, at: doc.at, by: doc.by, translation: JSON.parse(doc.body) as Translation,
});

/** The collection of translations (the definitions store's registryStamp sums their revisions). */
export const TRANSLATIONS = 'translations';

export function mongoTranslations(db: Db): TranslationStore {
  const translations = db.collection<Stored>(TRANSLATIONS);
  return {
    async getTranslation(subject, language) {
      assertText(subject, 'subject');
      assertText(language, 'language');
      const found = await translations.findOne({ _id: idOf(subject, language) }, withoutHistory);
      return found ? fromDocument(found) : null;
    },
    async translationHistory(subject, language) {
      assertText(subject, 'subject');
      assertText(language, 'language');
      const found = await translations.findOne({ _id: idOf(subject, language) }, { projection: { history: 1 } });
      return found?.history ?? [];
    },
    async putTranslation(subject, translation, event, expectedRevision) {
      assertText(subject, 'subject');
      assertText(translation.language, 'language');
      assertPlainData(event, 'event');
      const { language } = translation;
      const revision = expectedRevision + 1;
      const fields = { subject, language, revision, at: event.at, by: event.user, body: JSON.stringify(translation) };
      const entry = { ...event, revision };
      if (expectedRevision === 0) {
        try {
          await translations.insertOne({ _id: idOf(subject, language), ...fields, history: [entry] });
        } catch (error) {
          if (error instanceof MongoServerError && error.code === 11000) return null;
          throw error;
        }
      } else {
        const result = await translations.updateOne({ _id: idOf(subject, language), revision: expectedRevision }, { $set: fields, $push: { history: entry } });
        if (result.matchedCount === 0) return null;
      }
      return fromDocument(fields);
    },
    async listTranslations() {
      return (await translations.find({}, withoutHistory).sort({ _id: 1 }).toArray()).map(fromDocument);
    },
  };
}
