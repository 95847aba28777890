import { html } from 'lit';

/** Where the record's print page is, and what a click does first (a bearer-token page asks for a single-use link). */
export interface PrintLink {
  href: string;
  open(event: Event): void;
}

/** A GOV.UK secondary button that opens the print page in a new tab. */
export function renderPrintButton(link: PrintLink) {
  return html`<a class="govuk-button govuk-button--secondary" role="button" draggable="false" href=${link.href} target="_blank" rel="noopener"
    @click=${(e: Event) => link.open(e)}>Print the record<span class="govuk-visually-hidden"> (opens in new tab)</span></a>`;
}
