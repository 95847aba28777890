/**
 * /forms/{form}/diff?from=&to=&since=: what a new version changes and what it would have done to past
 * records, for a steering group (policy teams and regional forums; anyone else is told they cannot see it).
 */
import { Router, type RequestHandler } from 'express';
import { renderDiffMarkdown } from '../../engine/diff/index.ts';
import type { AppContext } from '../app-context.ts';
import { principalOf } from '../auth/principal.ts';
import { forbidden, HttpError, say } from '../http/errors.ts';
import { versionImpact } from '../steering/impact.ts';
import { parseSince, threeMonthsAgo, type Since } from '../steering/since.ts';
import { versionPair } from '../steering/versions.ts';
import { versionsDiff } from '../steering/versions-diff.ts';
import { DEFAULT_LANGUAGE } from '../../engine/i18n/translation.ts';
import { maySeeVersionChanges, REFUSAL } from '../steering/who-may-see.ts';
import { renderPage, escapeHtml } from './layout.ts';
import { pageLanguage } from './page-language.ts';
import { translationOf } from '../i18n/language.ts';
import { changesPage, type FieldError } from './steering-view.ts';

/** A 400 refusal as the field message the page shows beside that field. */
function asFieldError(error: unknown, field: FieldError['field']): FieldError {
  if (error instanceof HttpError && error.status === 400) return { field, message: error.message };
  throw error;
}

export function steeringPages({ store, forms }: Pick<AppContext, 'store' | 'forms'>, requireSession: RequestHandler): Router {
  const router = Router();
  router.get('/forms/:form/diff', requireSession, async (req, res) => {
    const language = pageLanguage(req, res);
    const { t } = language;
    if (!maySeeVersionChanges(principalOf(res))) {
      res.status(403).type('html').send(renderPage({
        title: t('pages.steering.refused.title'), language, signedIn: principalOf(res),
        main: `<h1 class="govuk-heading-l">${escapeHtml(t('pages.steering.refused.title'))}</h1><p class="govuk-body">${escapeHtml(say(t, REFUSAL))}.</p><p class="govuk-body"><a class="govuk-link" href="/records">${escapeHtml(t('pages.menu.findRecords'))}</a></p>`,
      }));
      return;
    }
    const name = String(req.params.form);
    if (!forms.list().some((f) => f.name === name)) {
      res.status(404).type('html').send(renderPage({ title: t('pages.steering.notFound.title'), language, signedIn: principalOf(res), main: `<h1 class="govuk-heading-l">${escapeHtml(t('pages.steering.notFound.title'))}</h1><p class="govuk-body">${escapeHtml(t('pages.steering.notFound.body'))}</p>` }));
      return;
    }
    // A wrong version is named beside its field, and the page falls back to the default for it.
    const errors: FieldError[] = [];
    const asked: { from?: unknown; to?: unknown } = { from: req.query.from, to: req.query.to };
    for (const field of ['from', 'to'] as const) {
      try {
        versionPair(forms, name, { [field]: asked[field] });
      } catch (error) {
        errors.push(asFieldError(error, field));
        delete asked[field];
      }
    }
    const { from, to, versions } = versionPair(forms, name, asked);
    const sinceText = typeof req.query.since === 'string' && req.query.since !== '' ? req.query.since : threeMonthsAgo();
    let since: Since | undefined;
    try {
      since = parseSince(sinceText, 'The date');
    } catch (error) {
      errors.push(asFieldError(error, 'since'));
    }
    const diff = versionsDiff(forms, from, to, t);
    // The impact tables name questions in the reader's language too (localised versions keep the English rules);
    // titles of versions without a translation stay English, marked lang="en".
    const lang = t('engine.language');
    const translated = (version: string) => forms.languages(name, version).includes(lang);
    const inLanguage = { get: (n: string, v: string) => forms.localised(n, v, lang) };
    const impact = since ? await versionImpact(store, inLanguage, forms.localised(to.name, to.version, lang) ?? to, since) : undefined;
    const impactTitlesLang = {
      ...(translated(to.version) ? {} : { missing: DEFAULT_LANGUAGE }),
      ...(impact && Object.keys(impact.versions).some(translated) ? {} : { dropped: DEFAULT_LANGUAGE }),
    };
    res.status(errors.length ? 400 : 200).type('html').send(renderPage({
      title: t('pages.steering.title', { title: diff.title }), language, signedIn: principalOf(res), error: errors.length > 0,
      main: changesPage({ form: name, title: diff.title, versions, from: from.version, to: to.version, since: sinceText, diff, impact, impactTitlesLang, errors, t }),
    }));
  });
  // The same changes as a Markdown file, for a steering group's papers.
  router.get('/forms/:form/diff.md', requireSession, (req, res) => {
    if (!maySeeVersionChanges(principalOf(res))) throw forbidden(REFUSAL);
    const { from, to, name } = versionPair(forms, String(req.params.form), req.query);
    const t = translationOf(res);
    res.type('text/markdown').attachment(`${name}-${from.version}-to-${to.version}.md`).send(renderDiffMarkdown(versionsDiff(forms, from, to, t), t));
  });
  return router;
}

