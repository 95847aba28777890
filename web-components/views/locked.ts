import { html, nothing } from 'lit';
import type { ViewModel } from '../../engine/types.ts';
import type { FormRecordElement } from '../form-record.ts';
import { renderRecordHeading } from './record-heading.ts';
import { renderSectionAnswers } from './summary-list.ts';
import { mayAddEntries } from '../engine-bridge.ts';
import { flagClass } from '../questions/parts.ts';
import { formatDateTime, stateLabel } from '../format.ts';

/** A confirmed record: flags and red flags first, the actions still allowed, then every answer. */
export function renderLocked(host: FormRecordElement, view: ViewModel) {
  const record = host.record!;
  const entries = record.state !== 'cancelled' && mayAddEntries(host.form!, host.session?.roles ?? []);
  return html`${renderRecordHeading(host, view)}
    <p class="govuk-body"><strong class="govuk-tag govuk-tag--green">${stateLabel(record.state)}</strong>
      ${record.confirmed ? html` on ${formatDateTime(record.confirmed.at)} by ${record.confirmed.by}` : nothing}</p>

    <h2 class="govuk-heading-m">Flags</h2>
    ${view.flags.length
      ? html`<ul class="govuk-list">${view.flags.map((f) => html`<li><strong class="govuk-tag ${flagClass(f.level)}">${f.label}</strong></li>`)}</ul>`
      : html`<p class="govuk-body">No flags raised.</p>`}
    ${view.form.redFlagPage
      ? html`<h2 class="govuk-heading-m">Red flag warnings</h2>
        ${view.redFlags.length
          ? html`<ul class="govuk-list govuk-list--bullet">${view.redFlags.map((f) => html`<li>${f.risk}${f.identifiedBy ? html` (identified by ${f.identifiedBy}${f.at ? `, ${formatDateTime(f.at)}` : ''})` : nothing}</li>`)}</ul>`
          : html`<p class="govuk-body">No red flags.</p>`}`
      : nothing}

    <div class="govuk-button-group">
      ${entries
        ? html`<button type="button" class="govuk-button" @click=${() => host.openEntry('handover')}>Record a handover</button>
          ${view.form.eventTypes.length ? html`<button type="button" class="govuk-button govuk-button--secondary" @click=${() => host.openEntry('event')}>Add to the record of events</button>` : nothing}
          ${view.form.redFlagPage ? html`<button type="button" class="govuk-button govuk-button--warning" @click=${() => host.openEntry('redFlag')}>Add a red flag</button>` : nothing}`
        : nothing}
      <a class="govuk-link" href=${host.client.printUrl(record.id)} target="_blank" rel="noopener">Print the record (opens in new tab)</a>
    </div>

    ${view.sections.map((s) => html`<h2 class="govuk-heading-m">${s.title}</h2>${renderSectionAnswers(s)}`)}

    ${record.handovers.length
      ? html`<h2 class="govuk-heading-m">Handovers</h2>
        <table class="govuk-table"><thead class="govuk-table__head"><tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">When</th><th scope="col" class="govuk-table__header">From</th>
          <th scope="col" class="govuk-table__header">To</th><th scope="col" class="govuk-table__header">Organisation</th></tr></thead>
          <tbody class="govuk-table__body">${record.handovers.map((h) => html`<tr class="govuk-table__row">
            <td class="govuk-table__cell">${formatDateTime(h.at)}</td>
            <td class="govuk-table__cell">${h.dispatchingOfficer.name} (${h.dispatchingOfficer.identifier})</td>
            <td class="govuk-table__cell">${h.receivingOfficer.name} (${h.receivingOfficer.identifier})</td>
            <td class="govuk-table__cell">${h.receivingOrganisation}</td></tr>`)}</tbody></table>`
      : nothing}
    ${record.events.length
      ? html`<h2 class="govuk-heading-m">Record of events</h2>
        <table class="govuk-table"><thead class="govuk-table__head"><tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">When</th><th scope="col" class="govuk-table__header">Type</th>
          <th scope="col" class="govuk-table__header">Where</th><th scope="col" class="govuk-table__header">What happened</th></tr></thead>
          <tbody class="govuk-table__body">${record.events.map((e) => html`<tr class="govuk-table__row">
            <td class="govuk-table__cell">${formatDateTime(e.at)}</td>
            <td class="govuk-table__cell">${view.form.eventTypes.find((t) => t.const === e.type)?.title ?? e.type}</td>
            <td class="govuk-table__cell">${e.where}</td><td class="govuk-table__cell">${e.what}</td></tr>`)}</tbody></table>`
      : nothing}`;
}
