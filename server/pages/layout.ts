import type { Principal } from '../auth/principal.ts';
import { menuFor } from './menu.ts';

export const SERVICE_NAME = 'Person escort record';
/** What follows a page's own title in the browser tab (GOV.UK: "Page – Service – GOV.UK"). */
export const TITLE_SUFFIX = `${SERVICE_NAME} – GOV.UK`;

/**
 * The HTML shell of every server page: GOV.UK template markup, the GOV.UK stylesheet and the component
 * bundle, both from this origin. No inline script or style, so the strict CSP holds.
 */
export interface PageOptions {
  title: string;
  /** Trusted markup of the page's main content (built with `escapeHtml` for any value). */
  main: string;
  /** The signed-in user: the header names them, offers sign-out, and the menu shows what they may open. */
  signedIn?: boolean | Principal;
  /** The page shows an error summary: the title starts "Error: ". */
  error?: boolean;
  /** Further stylesheets from this origin, after GOV.UK's and the components'. */
  stylesheets?: string[];
}

export function renderPage({ title, main, signedIn = false, error = false, stylesheets = [] }: PageOptions): string {
  const principal = typeof signedIn === 'object' ? signedIn : undefined;
  return `<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
  <meta charset="utf-8">
  <title>${error ? 'Error: ' : ''}${escapeHtml(title)} – ${TITLE_SUFFIX}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
  <link rel="icon" href="/assets/images/favicon.ico" sizes="48x48">
  <link rel="stylesheet" href="/components/govuk-frontend.min.css">
  <link rel="stylesheet" href="/components/form-engine.css">
${stylesheets.map((href) => `  <link rel="stylesheet" href="${escapeHtml(href)}">\n`).join('')}  <script type="module" src="/components/form-engine.js"></script>
</head>
<body class="govuk-template__body govuk-frontend-supported">
  <a href="#main-content" class="govuk-skip-link">Skip to main content</a>
  <header class="govuk-generic-header">
    <div class="govuk-generic-header__container govuk-width-container">
      <div class="govuk-generic-header__logo"><a href="/records" class="govuk-generic-header__homepage-link">HM Prison and Probation Service</a></div>
    </div>
  </header>
  <section aria-label="Service information" class="govuk-service-navigation">
    <div class="govuk-width-container"><div class="govuk-service-navigation__container">
      <span class="govuk-service-navigation__service-name"><a href="/records" class="govuk-service-navigation__link">Person escort record</a></span>
      ${signedIn ? renderMenu(principal) : ''}
    </div></div>
  </section>
  <div class="govuk-width-container">
    <main class="govuk-main-wrapper" id="main-content">
${main}
    </main>
  </div>
  <footer class="govuk-footer">
    <div class="govuk-width-container"><div class="govuk-footer__meta"><div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
      <p class="govuk-body-s">Person escort record service</p>
    </div></div></div>
  </footer>
</body>
</html>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The service menu (only what the user may open) and, for a known user, who is signed in and sign-out. */
function renderMenu(principal?: Principal): string {
  const items = menuFor(principal);
  const links = items.map((item) => `<li class="govuk-service-navigation__item"><a class="govuk-service-navigation__link" href="${escapeHtml(item.href)}">${escapeHtml(item.label)}</a></li>`);
  const user = principal
    ? `<li class="govuk-service-navigation__item"><span class="govuk-body-s govuk-!-margin-0">Signed in as <strong>${escapeHtml(principal.name ?? principal.username)}</strong> (${escapeHtml(principal.roles.join(', '))})</span></li>
        <li class="govuk-service-navigation__item"><sign-out api="/api"></sign-out></li>`
    : '';
  return `<nav aria-label="Menu" class="govuk-service-navigation__wrapper"><ul class="govuk-service-navigation__list">
        ${links.join('\n        ')}
        ${user}
      </ul></nav>`;
}
