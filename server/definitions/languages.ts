/**
 * The registry in another language. Translations come from the forms folder (beside the files they
 * translate, read at start) and from the store, where policy teams write and correct them in the
 * browser (definitions/store-translations.ts decides which wins). A reviewer's correction needs no new
 * version: answers are codes, so no record changes meaning. Localised versions are cached by the English
 * version's content hash, per translation object: a changed translation is a new object, so a correction
 * is never served from an older cache entry.
 */
import { formFromPrecompiled } from '../../engine/form.ts';
import { DATA_TEXT, DEFAULT_LANGUAGE, localiseDefinition, localiseStrings, stringsOf, type Language, type Translation } from '../../engine/i18n/index.ts';
import type { Locations } from '../../engine/rollout.ts';
import type { MoveType } from '../cli/forms-set.ts';
import type { Translations } from '../cli/validate.ts';
import type { FormVersion } from '../forms-registry.ts';

export interface FilesTranslations {
  /** By "<name>@<version>". */
  definitions: Map<string, Translations>;
  /** By data file name: "move-types", "locations". */
  data: Partial<Record<string, Translations>>;
}

export const NO_TRANSLATIONS: FilesTranslations = { definitions: new Map(), data: {} };

/** Translations fixed at start, or a function giving those current now (the store's may change while the server runs). */
export type TranslationsNow = FilesTranslations | (() => FilesTranslations);

export interface LanguageRegistry {
  /** The version with its definition in `language`: English when `language` is the default (en) or the version has no translation in it. */
  localised(name: string, version: string, language: Language): FormVersion | undefined;
  /** The translation a version is served with in `language` (the store's over the file's): none for the default language. */
  translation(name: string, version: string, language: Language): Translation | undefined;
  /** The languages a version can be read in: always the default (en), then each translation it has. */
  languages(name: string, version: string): Language[];
  /** The types of move, titles in `language` (English when there is no translation). */
  moveTypesIn(language: Language): MoveType[];
  /** Regions and locations, names in `language` (English when there is no translation). */
  locationsIn(language: Language): Locations;
}

export function languageRegistry(
  get: (name: string, version: string) => FormVersion | undefined, locations: Locations, moveTypes: MoveType[], translationsNow: TranslationsNow,
): LanguageRegistry {
  const now = typeof translationsNow === 'function' ? translationsNow : () => translationsNow;
  const localisedVersions = new WeakMap<Translation, Map<string, FormVersion>>();
  const translationOf = (name: string, version: string, language: Language) => (language === DEFAULT_LANGUAGE ? undefined : now().definitions.get(`${name}@${version}`)?.[language]);
  const dataIn = <T>(name: 'move-types' | 'locations', data: T, language: Language): T => {
    const translation = language === DEFAULT_LANGUAGE ? undefined : now().data[name]?.[language];
    return translation ? localiseStrings(data, stringsOf(data, DATA_TEXT[name]), translation) : data;
  };
  const movesFile = { moveTypes };
  const inLanguage = new Map<string, { moveTypes: MoveType[]; locations: Locations }>();
  const dataFor = (language: Language) => {
    let found = inLanguage.get(language);
    if (!found) {
      found = { moveTypes: dataIn('move-types', movesFile, language).moveTypes, locations: dataIn('locations', locations, language) };
      inLanguage.set(language, found);
    }
    return found;
  };
  return {
    localised(name, version, language) {
      const english = get(name, version);
      const translation = translationOf(name, version, language);
      if (!english || !translation) return english;
      let byHash = localisedVersions.get(translation);
      if (!byHash) localisedVersions.set(translation, byHash = new Map());
      let found = byHash.get(english.hash);
      if (!found) {
        const definition = localiseDefinition(english.definition, translation);
        // Only words change, never a rule: the English validator checks the Welsh form's answers, no compiling.
        const compiled = formFromPrecompiled(definition, english.compiled.validate, english.compiled.sectionValidators);
        found = { ...english, title: compiled.model.title, definition, compiled };
        byHash.set(english.hash, found);
      }
      return found;
    },
    translation: translationOf,
    languages: (name, version) => [DEFAULT_LANGUAGE, ...(Object.keys(now().definitions.get(`${name}@${version}`) ?? {}) as Language[])],
    moveTypesIn: (language) => dataFor(language).moveTypes,
    locationsIn: (language) => dataFor(language).locations,
  };
}
