/**
 * TranslationStore in the embedded store: one row per subject and language with the translation as
 * JSON text, one row per change. Tables are created if missing, so an existing store file gains them on
 * start with nothing lost; a save and its event are one transaction.
 */
import type { Database } from 'better-sqlite3';
import type { Translation } from '../../engine/i18n/index.ts';
import { assertPlainData, assertText } from './paths.ts';
import type { StoredTranslation, TranslationEvent, TranslationStore } from './translations.ts';

const schema = `
CREATE TABLE IF NOT EXISTS translations (
  subject TEXT NOT NULL,
  language TEXT NOT NULL,
  revision INTEGER NOT NULL,
  at TEXT NOT NULL,
  by TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (subject, language)
);
CREATE TABLE IF NOT EXISTS translation_events (
  subject TEXT NOT NULL,
  language TEXT NOT NULL,
  revision INTEGER NOT NULL,
  doc TEXT NOT NULL,
  PRIMARY KEY (subject, language, revision)
);
`;

interface Row { subject: string; language: string; revision: number; at: string; by: string; body: string }

const fromRow = (row: Row): StoredTranslation => ({
  subject: row.subject, language: row.language, revision: row.revision, at: row.at, by: row.by, translation: JSON.parse(row.body) as Translation,
});

export function sqliteTranslations(db: Database): TranslationStore {
  db.exec(schema);
  const select = db.prepare<[string, string], Row>('SELECT * FROM translations WHERE subject = ? AND language = ?');
  const selectAll = db.prepare<[], Row>('SELECT * FROM translations ORDER BY subject, language');
  const selectEvents = db.prepare<[string, string], { doc: string }>('SELECT doc FROM translation_events WHERE subject = ? AND language = ? ORDER BY revision');
  const insert = db.prepare('INSERT INTO translations (subject, language, revision, at, by, body) VALUES (@subject, @language, @revision, @at, @by, @body)');
  const update = db.prepare('UPDATE translations SET revision = @revision, at = @at, by = @by, body = @body WHERE subject = @subject AND language = @language AND revision = @expected');
  const insertEvent = db.prepare('INSERT INTO translation_events (subject, language, revision, doc) VALUES (?, ?, ?, ?)');

  const put = db.transaction((subject: string, translation: Translation, event: Omit<TranslationEvent, 'revision'>, expected: number): StoredTranslation | null => {
    const row = { subject, language: translation.language, revision: expected + 1, at: event.at, by: event.user, body: JSON.stringify(translation), expected };
    if (expected === 0) {
      if (select.get(subject, translation.language)) return null;
      insert.run(row);
    } else if (update.run(row).changes === 0) {
      return null;
    }
    insertEvent.run(subject, translation.language, row.revision, JSON.stringify({ ...event, revision: row.revision }));
    return fromRow(row);
  });

  return {
    async getTranslation(subject, language) {
      assertText(subject, 'subject');
      assertText(language, 'language');
      const row = select.get(subject, language);
      return row ? fromRow(row) : null;
    },
    async translationHistory(subject, language) {
      assertText(subject, 'subject');
      assertText(language, 'language');
      return selectEvents.all(subject, language).map((row) => JSON.parse(row.doc) as TranslationEvent);
    },
    async putTranslation(subject, translation, event, expectedRevision) {
      assertText(subject, 'subject');
      assertText(translation.language, 'language');
      assertPlainData(event, 'event');
      return put.immediate(subject, translation, event, expectedRevision);
    },
    async listTranslations() {
      return selectAll.all().map(fromRow);
    },
  };
}
