import { html } from 'lit';
import { formatDate } from '../format.ts';

/** Who and which move a record is for, with the form: what every screen of a record starts with. */
export interface RecordHeading {
  personName: string;
  personId: string;
  /** Location names, or codes when a name is not known. */
  from: string;
  to: string;
  date: string;
  formTitle: string;
  version: string;
}

export function renderRecordHeading(heading: RecordHeading, title = heading.formTitle) {
  return html`<span class="govuk-caption-l">${heading.personName}, ${heading.personId}</span>
    <h1 class="govuk-heading-l" tabindex="-1">${title}</h1>
    <p class="govuk-body">Move from ${heading.from} to ${heading.to} on ${formatDate(heading.date)}.
      ${heading.formTitle}, version ${heading.version}.</p>`;
}
