/**
 * The language each signed-in user chose (?lang= or the header's switch), kept in the store so the
 * choice follows them to another device and another server instance.
 */
export interface UserLanguageStore {
  /** The language code the user last chose, or null when they never chose one. */
  userLanguage(username: string): Promise<string | null>;
  /** Remembers the user's choice, replacing any earlier one. */
  setUserLanguage(username: string, language: string): Promise<void>;
}
