/**
 * The record as a printable HTML page: GET /api/records/{id}/print for a browser with a session
 * cookie, and single-use print links for staff who call the API with a bearer token, which a
 * navigation to a new tab cannot carry. Also the stylesheet the page links.
 */
import { createHash, randomBytes } from 'node:crypto';
import { Router } from 'express';
import { buildViewModel, isLanguage, type FormRecord } from '../../engine/index.ts';
import { DEFAULT_LANGUAGE } from '../../engine/i18n/translation.ts';
import { textsLeftInEnglish } from '../../engine/i18n/definition-translation.ts';
import type { AppContext } from '../app-context.ts';
import { principalOf } from '../auth/principal.ts';
import { visibleRecord } from '../records/access.ts';
import { formOf } from '../records/view.ts';
import { validateBody } from '../schemas/validate.ts';
import { PRINT_CSS_PATH, printCss, renderPrint } from '../print/render.ts';
import { applyUserLanguage, languageOf } from '../i18n/language.ts';
import { translator } from '../i18n/service-locales.ts';
import { escapeHtml } from '../pages/layout.ts';

/** Where a print link's page is served, outside /api: it is opened by navigation, without a session. */
export const PRINT_LINK_PATH = '/print';
/** 32 random bytes in base64url: exactly 43 characters of the URL-safe alphabet. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * The record's print in `lang`: the definition's wording from its translation (English where it has
 * none), locations and move types likewise. Answers are codes, so the same record prints in each
 * reader's language.
 */
export function printPage({ forms }: Pick<AppContext, 'forms'>, record: FormRecord, lang: string): string {
  const t = translator(lang);
  const language = isLanguage(lang) ? lang : 'en';
  const form = forms.localised(record.form, record.version, language) ?? formOf(forms, record);
  const view = buildViewModel(form.compiled, record, { omitUnanswered: true, t });
  const { locations } = forms.locationsIn(language);
  const moveTypes = forms.moveTypesIn(language);
  return renderPrint(record, view, {
    location: (code) => locations.find((l) => l.code === code)?.name,
    moveType: (code) => moveTypes.find((m) => m.const === code)?.title,
    ...(language === DEFAULT_LANGUAGE ? {} : { inEnglish: textsLeftInEnglish(formOf(forms, record).definition, form.definition) }),
  }, t);
}

export function printRoutes(context: AppContext): Router {
  const { store, config } = context;
  const router = Router();
  router.get('/records/:id/print', async (req, res) => {
    const record = await visibleRecord(store, principalOf(res), String(req.params.id));
    res.type('html').set('cache-control', 'no-store').send(printPage(context, record, languageOf(res)));
  });
  // Only whoever may read the record gets a link to its print page; the link itself is the permission.
  router.post('/records/:id/print-links', validateBody('Empty'), async (req, res) => {
    const principal = principalOf(res);
    const record = await visibleRecord(store, principal, String(req.params.id));
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + config.printLinkSeconds * 1000).toISOString();
    await store.createPrintLink({ hash: hashOf(token), recordId: record.id, username: principal.username, expiresAt });
    res.status(201).set('cache-control', 'no-store').json({ url: `${PRINT_LINK_PATH}/${token}`, expiresAt });
  });
  return router;
}

function notFoundPage(lang: string): string {
  const t = translator(lang);
  const title = escapeHtml(t('print.linkNotFound.title'));
  return `<!doctype html><html lang="${escapeHtml(t('print.lang'))}"><head><meta charset="utf-8"><title>${title}</title></head>
<body><h1>${title}</h1><p>${escapeHtml(t('print.linkNotFound.body'))}</p></body></html>`;
}

/** GET /print/{token}: the print page once, for a link that is known, unused and not expired. */
export function printLinkPages(context: AppContext): Router {
  const { store } = context;
  const router = Router();
  router.get(`${PRINT_LINK_PATH}/:token`, async (req, res) => {
    const token = String(req.params.token);
    const link = TOKEN_PATTERN.test(token) ? await store.usePrintLink(hashOf(token), new Date().toISOString()) : null;
    const record = link ? await store.getRecord(link.recordId) : null;
    // The token is in the address: never cached, never sent on as a referrer.
    res.set('cache-control', 'no-store').set('referrer-policy', 'no-referrer');
    if (!link || !record) {
      res.status(404).type('html').send(notFoundPage(languageOf(res)));
      return;
    }
    // Whoever asked for the link reads it in their chosen language, unless this address says otherwise.
    await applyUserLanguage(context, res, { username: link.username });
    res.type('html').send(printPage(context, record, languageOf(res)));
  });
  return router;
}

/** The print stylesheet, served from this origin so the strict CSP allows it. */
export function printAssets(): Router {
  const router = Router();
  router.get(PRINT_CSS_PATH, (_req, res) => {
    res.type('css').set('cache-control', 'public, max-age=3600').send(printCss);
  });
  return router;
}
