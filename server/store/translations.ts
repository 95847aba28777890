/**
 * Translations written by policy teams in the browser, kept in the store so every server instance
 * serves the same words and a correction needs no restart and no new version (answers are codes). A
 * translation belongs to a subject: a published version or a draft (translationSubject). Each change
 * bumps the revision (a writer who read an older one is refused) and is kept as an event: who, when,
 * and each string's old and new text. The strings are stored as JSON text, so a JSON pointer is never
 * a database key. Composed into `Store` (types.ts) through the definitions stores.
 */
import type { Translation } from '../../engine/i18n/index.ts';

/** Whose translation it is: "version:<form>@<version>" or "draft:<id>". */
export type TranslationSubject = string;
export const versionSubject = (name: string, version: string): TranslationSubject => `version:${name}@${version}`;
export const draftSubject = (id: string): TranslationSubject => `draft:${id}`;

/** One string's change: `old` absent when it was first translated, `new` absent when its translation was removed. */
export interface TranslationChange {
  pointer: string;
  old?: string;
  new?: string;
}

export interface TranslationEvent {
  at: string;
  user: string;
  /** The revision this change produced. */
  revision: number;
  changes: TranslationChange[];
}

export interface StoredTranslation {
  subject: TranslationSubject;
  language: string;
  /** 1 for the first save, then one more per change. */
  revision: number;
  translation: Translation;
  /** When and by whom the current revision was saved. */
  at: string;
  by: string;
}

export interface TranslationStore {
  getTranslation(subject: TranslationSubject, language: string): Promise<StoredTranslation | null>;
  /** Every change of the translation, oldest first. */
  translationHistory(subject: TranslationSubject, language: string): Promise<TranslationEvent[]>;
  /**
   * Stores `translation` as the next revision, with `event`, only if the current revision is still
   * `expectedRevision` (0: none yet); null (nothing stored) otherwise.
   */
  putTranslation(subject: TranslationSubject, translation: Translation, event: Omit<TranslationEvent, 'revision'>, expectedRevision: number): Promise<StoredTranslation | null>;
  /** Every stored translation of every subject. (Whether any changed is in the definitions store's registryStamp.) */
  listTranslations(): Promise<StoredTranslation[]>;
}
