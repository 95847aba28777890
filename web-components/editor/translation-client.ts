/** The translations API (server/routes/translations.ts) as the Welsh page uses it, and the words of that page. */
import { ApiClient } from '../api-client.ts';
import type { TranslationRow, TranslationView } from '../../engine/i18n/translation-view.ts';
import { createTranslator, type Translate } from '../../engine/i18n/translator.ts';
import { DEFAULT_LANGUAGE } from '../i18n.ts';
import enWords from '../../forms/locales/en/translations.json' with { type: 'json' };
import cyWords from '../../forms/locales/cy/translations.json' with { type: 'json' };

export type { TranslationRow };

/** What the API answers: the engine's view of the translation, with whose it is and its changes. */
export interface TranslationPage extends TranslationView {
  form: string;
  version: string;
  draft?: string;
  language: string;
  revision: number;
  source: 'saved' | 'inherited' | 'none';
  review: string | null;
  history: { at: string; user: string; revision: number; changes: { pointer: string }[] }[];
}

export interface SaveBody {
  revision: number;
  review?: string;
  strings: { pointer: string; text: string; en?: string }[];
}

const WORDS: Record<string, Record<string, unknown>> = { en: enWords.messages, cy: cyWords.messages };

/** The Welsh page's words (forms/locales/<lang>/translations.json) in `lang`, English for what it lacks. */
export function translationWords(lang: string): Translate {
  return createTranslator(lang, (WORDS[lang] ?? WORDS[DEFAULT_LANGUAGE]!) as never, WORDS[DEFAULT_LANGUAGE] as never);
}

const enc = encodeURIComponent;

/** Where a translation lives: a draft's (by id) or a published version's. */
export function translationPath(target: { draftId?: string; form?: string; version?: string }, language: string): string {
  return target.draftId ? `/drafts/${enc(target.draftId)}/translations/${enc(language)}` : `/forms/${enc(target.form ?? '')}/versions/${enc(target.version ?? '')}/translations/${enc(language)}`;
}

export class TranslationClient {
  constructor(private readonly api: ApiClient, private readonly path: string) {}
  read = () => this.api.request<TranslationPage>('GET', this.path);
  save = (body: SaveBody) => this.api.request<TranslationPage>('PUT', this.path, body);
}
