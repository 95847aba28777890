import { html } from 'lit';
import type { Translate } from '../i18n.ts';

/** Where the record's print page is, and what a click does first (a bearer-token page asks for a single-use link). */
export interface PrintLink {
  href: string;
  open(event: Event): void;
}

/** A GOV.UK secondary button that opens the print page in a new tab. */
export function renderPrintButton(link: PrintLink, t: Translate) {
  return html`<a class="govuk-button govuk-button--secondary" role="button" draggable="false" href=${link.href} target="_blank" rel="noopener"
    @click=${(e: Event) => link.open(e)}>${t('components.print.button')}<span class="govuk-visually-hidden"> ${t('components.print.newTab')}</span></a>`;
}
