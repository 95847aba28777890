import { html } from 'lit';
import type { Translate } from '../i18n.ts';
import { asWritten, type Written } from '../english-marked.ts';

export interface SummaryError {
  message: string;
  /** "#id" of the field to fix. */
  href?: string;
}

/**
 * GOV.UK error summary. Links move focus to the field itself (an anchor alone would only scroll).
 * `write` marks a form's words left in English in its messages (a message the form wrote, a question's title).
 */
export function renderErrorSummary(errors: SummaryError[], t: Translate, write: Written = asWritten) {
  return html`<div class="govuk-error-summary" data-module="govuk-error-summary" tabindex="-1">
    <div role="alert">
      <h2 class="govuk-error-summary__title">${t('components.errorSummary.title')}</h2>
      <div class="govuk-error-summary__body">
        <ul class="govuk-list govuk-error-summary__list">
          ${errors.map((e) => html`<li>${e.href ? html`<a href=${e.href} @click=${focusTarget}>${write(e.message)}</a>` : write(e.message)}</li>`)}
        </ul>
      </div>
    </div>
  </div>`;
}

function focusTarget(event: Event): void {
  const href = (event.currentTarget as HTMLAnchorElement).getAttribute('href') ?? '';
  const target = document.getElementById(href.slice(1));
  if (!target) return;
  event.preventDefault();
  // Show the question (its legend or label) above the field, as GOV.UK Frontend does.
  const legend = target.closest('fieldset')?.querySelector('legend');
  (legend ?? target).scrollIntoView();
  target.focus({ preventScroll: true });
}

