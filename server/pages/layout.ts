import type { Principal } from '../auth/principal.ts';
import type { Translate } from '../../engine/i18n/translator.ts';
import { rolesIn } from '../../engine/i18n/role-titles.ts';
import { menuFor } from './menu.ts';
import { messageHtml, type PageLanguage } from './page-language.ts';
import { translator as translatorIn } from '../i18n/service-locales.ts';

/** What follows a page's own title in the browser tab (GOV.UK: "Page – Service – GOV.UK"), in the page's language. */
export const titleSuffix = (t: Translate): string => t('pages.layout.titleSuffix');

/**
 * The HTML shell of every server page: GOV.UK template markup, the GOV.UK stylesheet and the component
 * bundle, both from this origin. No inline script or style, so the strict CSP holds. Every word comes
 * from the page's language (pageLanguage(req, res)); the header offers the others.
 */
export interface PageOptions {
  /** The page's own title, already in the page's language. */
  title: string;
  /** Trusted markup of the page's main content (built with `escapeHtml` for any value). */
  main: string;
  language: PageLanguage;
  /** The signed-in user: the header names them, offers sign-out, and the menu shows what they may open. */
  signedIn?: boolean | Principal;
  /** The page shows an error summary: the title starts "Error: ". */
  error?: boolean;
  /** Further stylesheets from this origin, after GOV.UK's and the components'. */
  stylesheets?: string[];
}

export function renderPage({ title, main, language, signedIn = false, error = false, stylesheets = [] }: PageOptions): string {
  const principal = typeof signedIn === 'object' ? signedIn : undefined;
  const { t } = language;
  const fullTitle = `${error ? t('pages.layout.errorTitle', { title }) : title} – ${titleSuffix(t)}`;
  return `<!DOCTYPE html>
<html lang="${escapeHtml(language.code)}" class="govuk-template">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(fullTitle)}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
  <link rel="icon" href="/assets/images/favicon.ico" sizes="48x48">
  <link rel="stylesheet" href="/components/govuk-frontend.min.css">
  <link rel="stylesheet" href="/components/form-engine.css">
${stylesheets.map((href) => `  <link rel="stylesheet" href="${escapeHtml(href)}">\n`).join('')}  <script type="module" src="/components/form-engine.js"></script>
</head>
<body class="govuk-template__body govuk-frontend-supported">
  <a href="#main-content" class="govuk-skip-link">${escapeHtml(t('pages.layout.skipLink'))}</a>
  <header class="govuk-generic-header">
    <div class="govuk-generic-header__container govuk-width-container">
      <div class="govuk-generic-header__logo"><a href="/records" class="govuk-generic-header__homepage-link">${escapeHtml(t('pages.layout.organisation'))}</a></div>
    </div>
  </header>
  <section aria-label="${escapeHtml(t('pages.layout.serviceInformation'))}" class="govuk-service-navigation">
    <div class="govuk-width-container"><div class="govuk-service-navigation__container">
      <span class="govuk-service-navigation__service-name"><a href="/records" class="govuk-service-navigation__link">${escapeHtml(t('pages.layout.serviceName'))}</a></span>
      ${signedIn ? renderMenu(t, principal) : ''}
    </div></div>
  </section>
  <div class="govuk-width-container">
${renderLanguageSwitch(language)}
    <main class="govuk-main-wrapper" id="main-content">
${main}
    </main>
  </div>
  <footer class="govuk-footer">
    <div class="govuk-width-container"><div class="govuk-footer__meta"><div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
      <p class="govuk-body-s">${escapeHtml(t('pages.layout.footer'))}</p>
    </div></div></div>
  </footer>
</body>
</html>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * The GOV.UK language switch: "English | Cymraeg", the current language not a link. Each link is in
 * its own language (lang, hreflang), and says so to a screen reader in that language (the key
 * language.switch.to.<code> in that language's common.json).
 */
function renderLanguageSwitch({ t, links }: PageLanguage): string {
  const items = links.map((link) => (link.current
    ? `<span aria-current="true">${escapeHtml(link.name)}</span>`
    : `<a class="govuk-link" href="${escapeHtml(link.href)}" lang="${escapeHtml(link.code)}" hreflang="${escapeHtml(link.code)}" rel="alternate"><span class="govuk-visually-hidden">${escapeHtml(translatorIn(link.code)(`language.switch.to.${link.code}`))}</span><span aria-hidden="true">${escapeHtml(link.name)}</span></a>`));
  return `    <nav class="govuk-!-margin-top-3" aria-label="${escapeHtml(t('language.switch.label'))}"><p class="govuk-body-s govuk-!-margin-0">${items.join(' | ')}</p></nav>`;
}

/** The service menu (only what the user may open) and, for a known user, who is signed in and sign-out. */
function renderMenu(t: Translate, principal?: Principal): string {
  const items = menuFor(principal);
  const links = items.map((item) => `<li class="govuk-service-navigation__item"><a class="govuk-service-navigation__link" href="${escapeHtml(item.href)}">${escapeHtml(t(item.labelKey))}</a></li>`);
  const user = principal
    ? `<li class="govuk-service-navigation__item"><span class="govuk-body-s govuk-!-margin-0">${messageHtml(t, 'pages.layout.signedInAs', { username: `<strong>${escapeHtml(principal.name ?? principal.username)}</strong>` }, { roles: rolesIn(principal.roles, t, 'and') })}</span></li>
        <li class="govuk-service-navigation__item"><sign-out api="/api"></sign-out></li>`
    : '';
  return `<nav aria-label="${escapeHtml(t('pages.layout.menu'))}" class="govuk-service-navigation__wrapper"><ul class="govuk-service-navigation__list">
        ${links.join('\n        ')}
        ${user}
      </ul></nav>`;
}
