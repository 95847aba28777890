/**
 * The one resolver of the language a request is answered in: ?lang= on the address, then the signed-in
 * user's stored choice, then the language cookie, then the request's Accept-Language, then the default.
 * Choices a person made (the address, their account, the switch's cookie) come before Accept-Language,
 * the browser's or client's general setting: someone who picked Cymraeg on a browser set to English
 * reads Welsh. Pages, the API and print all ask
 * `languageOf(res)`. A valid ?lang= is remembered: in the cookie for anyone, and for a signed-in user in
 * the store, so the choice follows them to another device. An unknown code is ignored.
 */
import cookieParser from 'cookie-parser';
import type { Request, RequestHandler, Response } from 'express';
import type { Translate } from '../../engine/i18n/translator.ts';
import type { Config } from '../config.ts';
import type { Store } from '../store/types.ts';
import type { Principal } from '../auth/principal.ts';
import { isLanguage, serviceLocales, translator } from './service-locales.ts';

export const LANGUAGE_COOKIE = 'per_lang';
/** The query parameter that chooses the language of any page or API answer. */
export const LANGUAGE_PARAMETER = 'lang';
/** A year: the choice is a preference, not a secret. */
const COOKIE_MAX_AGE_MS = 365 * 24 * 60 * 60 * 1000;

interface Choices {
  query?: string;
  /** A page's ?lang= is remembered; the API's only answers that one request in the language. */
  remember?: boolean;
  user?: string;
  cookie?: string;
  /** The first language of Accept-Language the service speaks. */
  accepted?: string;
}

/** Query, then user, then cookie, then Accept-Language, then the service's default language. */
export function resolveLanguage({ query, user, cookie, accepted }: Choices): string {
  return [query, user, cookie, accepted].find(isLanguage) ?? serviceLocales().defaultLanguage;
}

/**
 * Accept-Language's most wanted language the service speaks ("cy-GB" is cy), by express's negotiator.
 * The default language is offered first, so "*" (anything will do) is the default, as no header is.
 */
function acceptedLanguage(req: Request): string | undefined {
  if (!req.get('accept-language')) return undefined;
  const { defaultLanguage, languages } = serviceLocales();
  const offered = [defaultLanguage, ...languages.map((l) => l.code).filter((code) => code !== defaultLanguage)];
  const chosen = req.acceptsLanguages(...offered);
  return typeof chosen === 'string' ? chosen : undefined;
}

function choicesOf(res: Response): Choices {
  return (res.locals.languageChoices as Choices | undefined) ?? {};
}

function settle(res: Response, choices: Choices): void {
  res.locals.languageChoices = choices;
  res.locals.language = resolveLanguage(choices);
}

function rememberInCookie(config: Config, res: Response, code: string): void {
  res.cookie(LANGUAGE_COOKIE, code, { httpOnly: true, sameSite: 'lax', secure: config.production, path: '/', maxAge: COOKIE_MAX_AGE_MS });
}

/**
 * First on every request: reads ?lang= and the cookie. A page's valid ?lang= is remembered in the
 * cookie; on the API (components fetching text in the page's language) it answers only that request.
 */
export function chooseLanguage(config: Config): RequestHandler[] {
  return [cookieParser(), (req, res, next) => {
    const asked = req.query[LANGUAGE_PARAMETER];
    const query = isLanguage(asked) ? asked : undefined;
    const cookieValue = (req.cookies as Record<string, unknown> | undefined)?.[LANGUAGE_COOKIE];
    const cookie = isLanguage(cookieValue) ? cookieValue : undefined;
    const remember = !req.path.startsWith('/api/');
    if (remember && query && query !== cookie) rememberInCookie(config, res, query);
    settle(res, { query, cookie, remember, accepted: acceptedLanguage(req) });
    next();
  }];
}

/**
 * Once the caller is known: a ?lang= becomes their stored choice; otherwise their stored choice (made
 * on another device, perhaps) wins over this browser's cookie.
 */
export async function applyUserLanguage({ store, config }: { store: Store; config: Config }, res: Response, principal: Pick<Principal, 'username' | 'storedLanguage'>): Promise<void> {
  const choices = choicesOf(res);
  const stored = principal.storedLanguage !== undefined ? principal.storedLanguage : await store.userLanguage(principal.username);
  if (choices.query) {
    if (choices.remember && stored !== choices.query) await store.setUserLanguage(principal.username, choices.query);
    return;
  }
  if (!isLanguage(stored)) return;
  settle(res, { ...choices, user: stored });
  // The browser follows the user's choice too, so the sign-in page after signing out speaks it.
  if (choices.remember && stored !== choices.cookie) rememberInCookie(config, res, stored);
}

/** The API's step after authentication: a signed-in caller's stored choice applies to the refusals too. */
export function userLanguage(context: { store: Store; config: Config }): RequestHandler {
  return async (_req, res, next) => {
    const principal = res.locals.principal as Principal | undefined;
    if (principal) await applyUserLanguage(context, res, principal);
    next();
  };
}

/** The resolved language of this request (the default before chooseLanguage has run). */
export function languageOf(res: Response): string {
  return typeof res.locals.language === 'string' ? res.locals.language : serviceLocales().defaultLanguage;
}

/** Interface text in this request's language. */
export function translationOf(res: Response): Translate {
  return translator(languageOf(res));
}

/** The address of this page in another language: the same path and query, with lang= replaced. */
export function addressIn(req: Request, code: string): string {
  const url = new URL(req.originalUrl, 'http://page.invalid');
  url.searchParams.set(LANGUAGE_PARAMETER, code);
  return `${url.pathname}${url.search}`;
}

/**
 * Says which language the API's words (messages, refusals) are in. A route that serves a definition
 * sets its own: a version without a translation is served in English whatever was asked.
 */
export const contentLanguage: RequestHandler = (_req, res, next) => {
  res.set('content-language', languageOf(res));
  next();
};
