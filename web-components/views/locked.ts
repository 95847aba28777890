import { html, nothing } from 'lit';
import type { Acknowledgement, FlagLevel, RaisedFlag, ViewModel } from '../../engine/types.ts';
import type { FormRecordElement } from '../form-record.ts';
import { renderRecordHeading } from './record-heading.ts';
import { renderSectionAnswers, summaryRow as row } from './summary-list.ts';
import { flagClass, flagLevelLabel } from '../questions/parts.ts';
import { formatDateTime, stateLabel } from '../format.ts';

const LEVEL_ORDER: FlagLevel[] = ['alert', 'warning', 'attention', 'information'];

/**
 * A confirmed, handed-over or cancelled record: red flag warnings first in their own block, then the
 * flags the answers raised (alerts first, each saying its level in words), the actions still allowed,
 * then every answer and entry.
 */
export function renderLocked(host: FormRecordElement, view: ViewModel) {
  const record = host.record!;
  const cancelled = record.state === 'cancelled';
  const entries = !cancelled && view.canAddEntries === true;
  const cancellable = view.canCancel === true && record.state === 'confirmed';
  return html`${renderRecordHeading(host, view)}
    <p class="govuk-body"><strong class="govuk-tag ${cancelled ? 'govuk-tag--grey' : 'govuk-tag--green'}">${stateLabel(record.state)}</strong>
      ${record.confirmed ? ` ${record.state === 'confirmed' ? 'on' : 'Confirmed on'} ${formatDateTime(record.confirmed.at)} by ${record.confirmed.by}.` : nothing}</p>
    ${record.cancelled ? renderCancelled(record.cancelled) : nothing}

    ${view.form.redFlagPage ? renderRedFlags(host, view) : nothing}
    ${renderFlags(host, view.flags)}

    <div class="govuk-button-group">
      ${entries
        ? html`<button type="button" class="govuk-button" @click=${() => host.openEntry('handover')}>Record a handover</button>
          ${view.form.eventTypes.length ? html`<button type="button" class="govuk-button govuk-button--secondary" @click=${() => host.openEntry('event')}>Add to the record of events</button>` : nothing}
          ${view.form.redFlagPage ? html`<button type="button" class="govuk-button govuk-button--secondary" @click=${() => host.openEntry('redFlag')}>Add a red flag</button>` : nothing}`
        : nothing}
      <a class="govuk-link" href=${host.client.printUrl(record.id)} target="_blank" rel="noopener" @click=${(e: Event) => void host.print(e)}>Print the record (opens in new tab)</a>
    </div>

    ${view.sections.map((s) => html`<h2 class="govuk-heading-m">${s.title}</h2>${renderSectionAnswers(s)}`)}

    ${record.handovers.length
      ? html`<h2 class="govuk-heading-m">Handovers</h2>
        ${record.handovers.map((h) => html`<div class="govuk-summary-card"><div class="govuk-summary-card__title-wrapper">
          <h3 class="govuk-summary-card__title">Handed over on ${formatDateTime(h.at)}</h3></div>
          <div class="govuk-summary-card__content"><dl class="govuk-summary-list">
            ${row('From', `${h.dispatchingOfficer.name} (${h.dispatchingOfficer.identifier})`)}
            ${row('To', `${h.receivingOfficer.name} (${h.receivingOfficer.identifier}), ${h.receivingOrganisation}`)}
            ${h.acknowledgements.length
              ? html`<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Red flags acknowledged</dt>
                <dd class="govuk-summary-list__value">${acknowledgementGroups(h.acknowledgements).map((g) => html`<p class="govuk-body">By ${g.who}:</p>
                  <ul class="govuk-list govuk-list--bullet">${g.entryIds.map((id) => html`<li>${riskOf(view, id)}</li>`)}</ul>`)}</dd></div>`
              : nothing}
            ${row('Recorded by', h.recordedBy)}
          </dl></div></div>`)}`
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
      : nothing}
    ${cancellable
      ? html`<h2 class="govuk-heading-m">Cancel this record</h2>
        <p class="govuk-body">Cancel it if the move is not going ahead. A cancelled record cannot be changed or handed over.</p>
        <button type="button" class="govuk-button govuk-button--warning" @click=${() => host.openEntry('cancel')}>Cancel this record</button>`
      : nothing}`;
}

function renderCancelled(cancelled: { at: string; by: string; reason?: string }) {
  return html`<div class="govuk-notification-banner" role="region" aria-label="Cancelled">
    <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title">Important</h2></div>
    <div class="govuk-notification-banner__content">
      <p class="govuk-notification-banner__heading">This record was cancelled on ${formatDateTime(cancelled.at)} by ${cancelled.by}.</p>
      ${cancelled.reason ? html`<p class="govuk-body">Reason: ${cancelled.reason}</p>` : nothing}
      <p class="govuk-body">It can be read and printed, but not changed.</p>
    </div></div>`;
}

/** Red flag warnings: what the answers raised as alerts and what staff added since, each with who and when. */
function renderRedFlags(host: FormRecordElement, view: ViewModel) {
  const headingId = host.idFor('/red-flags');
  return html`<div class="govuk-summary-card" role="region" aria-labelledby=${headingId}>
    <div class="govuk-summary-card__title-wrapper">
      <h2 class="govuk-summary-card__title" id=${headingId}>Red flag warnings (${view.redFlags.length})</h2></div>
    <div class="govuk-summary-card__content">
      ${view.redFlags.length
        ? html`${view.state === 'cancelled' ? nothing : html`<div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span>
            <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span>
              The receiving officer must read and acknowledge each one at handover.</strong></div>`}
          <ul class="govuk-list govuk-list--spaced">${view.redFlags.map((f) => html`<li><strong>${f.risk}</strong><br>
            <span class="govuk-body-s">${f.source === 'entry'
              ? `Identified by ${f.identifiedBy ?? 'unknown'}${f.at ? `, ${formatDateTime(f.at)}` : ''}`
              : 'Raised by the answers'}</span></li>`)}</ul>`
        : html`<p class="govuk-body">No red flag warnings.</p>`}
    </div></div>`;
}

/** Flags raised by the answers, grouped by level, most serious first; the level is written, not only coloured. */
function renderFlags(host: FormRecordElement, flags: RaisedFlag[]) {
  const headingId = host.idFor('/flags');
  const groups = LEVEL_ORDER.map((level) => ({ level, labels: flags.filter((f) => f.level === level).map((f) => f.label) })).filter((g) => g.labels.length);
  return html`<div class="govuk-summary-card" role="region" aria-labelledby=${headingId}>
    <div class="govuk-summary-card__title-wrapper"><h2 class="govuk-summary-card__title" id=${headingId}>Flags</h2></div>
    <div class="govuk-summary-card__content">
      ${groups.length
        ? html`<dl class="govuk-summary-list">${groups.map((g) => html`<div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key"><strong class="govuk-tag ${flagClass(g.level)}">${flagLevelLabel(g.level)}</strong></dt>
            <dd class="govuk-summary-list__value"><ul class="govuk-list">${g.labels.map((label) => html`<li>${label}</li>`)}</ul></dd></div>`)}</dl>`
        : html`<p class="govuk-body">No flags raised.</p>`}
    </div></div>`;
}

/** Acknowledgements by the same person, role and time together, so each reads once. */
function acknowledgementGroups(acknowledgements: Acknowledgement[]): { who: string; entryIds: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const a of acknowledgements) {
    const who = `${a.name}${a.role ? `, ${a.role}` : ''}, ${formatDateTime(a.at)}`;
    groups.set(who, [...(groups.get(who) ?? []), a.entryId]);
  }
  return [...groups].map(([who, entryIds]) => ({ who, entryIds }));
}

function riskOf(view: ViewModel, entryId: string): string {
  return view.redFlags.find((f) => f.id === entryId)?.risk ?? entryId;
}
