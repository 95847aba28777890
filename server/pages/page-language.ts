/**
 * What a page needs of the request's language: its code (for <html lang>), its text, and the addresses
 * of the same page in each language the service speaks (the header's switch).
 */
import type { Request, Response } from 'express';
import type { MessageParams, Translate } from '../../engine/i18n/translator.ts';
import { addressIn, languageOf, translationOf } from '../i18n/language.ts';
import { serviceLocales } from '../i18n/service-locales.ts';
import { escapeHtml } from './layout.ts';

export interface LanguageLink {
  code: string;
  /** The language's own name for itself ("Cymraeg"). */
  name: string;
  href: string;
  current: boolean;
}

export interface PageLanguage {
  code: string;
  t: Translate;
  links: LanguageLink[];
}

export function pageLanguage(req: Request, res: Response): PageLanguage {
  const code = languageOf(res);
  const links = serviceLocales().languages.map((language) => ({ ...language, href: addressIn(req, language.code), current: language.code === code }));
  return { code, t: translationOf(res), links };
}

/**
 * A message whose placeholders take markup (a link, <strong>): the words are escaped, then each
 * placeholder in `html` is filled with the trusted markup given (built with escapeHtml for any value).
 */
export function messageHtml(t: Translate, key: string, html: Readonly<Record<string, string>>, params: MessageParams = {}): string {
  const keep = Object.fromEntries(Object.keys(html).map((name) => [name, `{${name}}`]));
  return escapeHtml(t(key, { ...params, ...keep })).replace(/\{(\w+)\}/g, (whole, name: string) => html[name] ?? whole);
}
