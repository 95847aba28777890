import { html } from 'lit';
import type { ViewModel } from '../../engine/types.ts';
import type { FormRecordElement } from '../form-record.ts';
import { formatDate } from '../format.ts';

/** The form title, the person and the move: what every screen of a record starts with. */
export function renderRecordHeading(host: FormRecordElement, view: ViewModel) {
  const record = host.record!;
  return html`<span class="govuk-caption-l">${record.person.name}, ${record.person.id}</span>
    <h1 class="govuk-heading-l" tabindex="-1">${view.form.title}</h1>
    <p class="govuk-body">Move from ${host.locationNames.get(record.move.from) ?? record.move.from} to ${host.locationNames.get(record.move.to) ?? record.move.to} on ${formatDate(record.move.date)}.
      Version ${view.form.version}.</p>`;
}
