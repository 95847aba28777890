/**
 * The registry in another language. Translations are read from the forms folder at start, beside the
 * files they translate, like locations and move types: they are the deployment's data, not the store's,
 * because a reviewer's correction to the Welsh must not need a new version (answers are codes, so no
 * record changes meaning) and a published version, which never changes, stays exactly as published.
 * A version published through the editor has no file, so it is served in English until a translation
 * is added to the forms folder. Localised versions are cached by content hash and language: both are fixed.
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

export interface LanguageRegistry {
  /** The version with its definition in `language`: English when `language` is the default (en) or the version has no translation in it. */
  localised(name: string, version: string, language: Language): FormVersion | undefined;
  /** The languages a version can be read in: always the default (en), then each translation it has. */
  languages(name: string, version: string): Language[];
  /** A version's translation into `language` (none for the default language, or a version without one): the diff quotes its titles. */
  translation(name: string, version: string, language: Language): Translation | undefined;
  /** The types of move, titles in `language` (English when there is no translation). */
  moveTypesIn(language: Language): MoveType[];
  /** Regions and locations, names in `language` (English when there is no translation). */
  locationsIn(language: Language): Locations;
}

export function languageRegistry(
  get: (name: string, version: string) => FormVersion | undefined, locations: Locations, moveTypes: MoveType[], translations: FilesTranslations,
): LanguageRegistry {
  const localisedVersions = new Map<string, FormVersion>();
  const translationOf = (name: string, version: string, language: Language) => (language === DEFAULT_LANGUAGE ? undefined : translations.definitions.get(`${name}@${version}`)?.[language]);
  const dataIn = <T>(name: 'move-types' | 'locations', data: T, language: Language): T => {
    const translation = language === DEFAULT_LANGUAGE ? undefined : translations.data[name]?.[language];
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
      const key = `${english.hash}:${language}`;
      let found = localisedVersions.get(key);
      if (!found) {
        const definition = localiseDefinition(english.definition, translation);
        // Only words change, never a rule: the English validator checks the Welsh form's answers, no compiling.
        const compiled = formFromPrecompiled(definition, english.compiled.validate, english.compiled.sectionValidators);
        found = { ...english, title: compiled.model.title, definition, compiled };
        localisedVersions.set(key, found);
      }
      return found;
    },
    translation: translationOf,
    languages: (name, version) => [DEFAULT_LANGUAGE, ...(Object.keys(translations.definitions.get(`${name}@${version}`) ?? {}) as Language[])],
    moveTypesIn: (language) => dataFor(language).moveTypes,
    locationsIn: (language) => dataFor(language).locations,
  };
}
