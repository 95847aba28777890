/**
 * The components' words in every language the service speaks, bundled into the one script so an
 * embedding page needs no second request: components.json, the engine's engine.json, the policy
 * team's editor.json and the definition checker's checker.json per language.
 * An element speaks the language of its own `lang` attribute or the nearest ancestor's (the page's
 * <html lang>), English when neither names a language we have.
 */
import { createTranslator, type Messages, type Translate } from '../engine/i18n/translator.ts';
import { rolesIn } from '../engine/i18n/role-titles.ts';
import languages from '../forms/locales/languages.json' with { type: 'json' };
import enComponents from '../forms/locales/en/components.json' with { type: 'json' };
import enEngine from '../forms/locales/en/engine.json' with { type: 'json' };
import cyComponents from '../forms/locales/cy/components.json' with { type: 'json' };
import cyEngine from '../forms/locales/cy/engine.json' with { type: 'json' };
import enEditor from '../forms/locales/en/editor.json' with { type: 'json' };
import cyEditor from '../forms/locales/cy/editor.json' with { type: 'json' };
import enChecker from '../forms/locales/en/checker.json' with { type: 'json' };
import cyChecker from '../forms/locales/cy/checker.json' with { type: 'json' };

export type { Translate };

// One line per language: forms/locales/README.md and test/forms/locales.test.ts check each is complete.
const BUNDLED: Record<string, Messages> = {
  en: { ...enComponents.messages, ...enEngine.messages, ...enEditor.messages, ...enChecker.messages } as Messages,
  cy: { ...cyComponents.messages, ...cyEngine.messages, ...cyEditor.messages, ...cyChecker.messages } as Messages,
};

export const DEFAULT_LANGUAGE = languages.default;

/** The language code we speak for a `lang` value ("cy", "cy-GB"), or the default language. */
export function supportedLanguage(lang: string | null | undefined): string {
  const code = (lang ?? '').trim().toLowerCase().split('-')[0] ?? '';
  return BUNDLED[code] ? code : DEFAULT_LANGUAGE;
}

/** The language an element speaks: its own lang attribute, else the nearest ancestor's. */
export function languageOf(element: Element): string {
  return supportedLanguage(element.closest('[lang]')?.getAttribute('lang'));
}

const translators = new Map<string, Translate>();

/** The words of `lang`, English for a key it lacks (tests check none is lacking). */
export function translatorFor(lang: string): Translate {
  const code = supportedLanguage(lang);
  let t = translators.get(code);
  if (!t) {
    t = createTranslator(code, BUNDLED[code]!, BUNDLED[DEFAULT_LANGUAGE]);
    translators.set(code, t);
  }
  return t;
}

/** Roles by their titles in the language of `t` ("prison staff or police staff"), from forms/roles.json and its translation. */
export const roleTitles = (codes: readonly string[], t: Translate): string => rolesIn(codes, t);
