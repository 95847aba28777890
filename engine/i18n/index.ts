/** Translations of definitions and data files (browser-safe): see translation.ts for the format. */
export * from './translation.ts';
export { DEFINITION_TEXT, translatableStrings, checkTranslation, localiseDefinition, textsLeftInEnglish } from './definition-translation.ts';
export { DATA_TEXT, TRANSLATED_DATA, type TranslatedData } from './data-translation.ts';
export { entriesDataIn, roleTitleIn, ENTRIES_TRANSLATIONS, ROLES_TRANSLATIONS } from './repository-data.ts';
