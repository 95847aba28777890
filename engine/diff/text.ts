/**
 * The diff's words come from forms/locales/<lang>/diff.json, so a steering group reads the changes in its
 * own language. Every function that builds a sentence takes a `Translate`; English is the default, so
 * the CLI and the API without a language read as before.
 */
import diffEnglish from '../../forms/locales/en/diff.json' with { type: 'json' };
import engineEnglish from '../../forms/locales/en/engine.json' with { type: 'json' };
import { createTranslator, type Messages, type Translate } from '../i18n/translator.ts';

export type { Translate };
export { textIfAny } from '../i18n/optional-text.ts';

export const DIFF_ENGLISH: Translate = createTranslator('en', { ...engineEnglish.messages, ...diffEnglish.messages } as Messages);
