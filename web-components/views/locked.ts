import { html, nothing } from 'lit';
import type { Acknowledgement, FormRecord, ViewModel } from '../../engine/types.ts';
import { renderRecordHeading, type RecordHeading } from './record-heading.ts';
import { renderSectionAnswers, summaryRow as row } from './summary-list.ts';
import { renderFlags, renderRedFlags } from './flags.ts';
import { renderPrintButton, type PrintLink } from './print-button.ts';
import type { EntryKind } from './entries.ts';
import { confirmedSentence, formatDateTime, stateLabel } from '../format.ts';

/** What the locked record needs: the stored record (its entries), the heading, and the actions' targets. */
export interface LockedContext {
  record: FormRecord;
  heading: RecordHeading;
  print: PrintLink;
  idFor(pointer: string, part?: string): string;
  openEntry(kind: EntryKind | 'cancel'): void;
}

/**
 * A confirmed, handed-over or cancelled record: red flag warnings first in their own block, then the
 * flags the answers raised (alerts first, each saying its level in words), the actions still allowed,
 * then every answer and entry.
 */
export function renderLocked(ctx: LockedContext, view: ViewModel) {
  const { record } = ctx;
  const can = view.affordances;
  return html`${renderRecordHeading(ctx.heading)}
    <p class="govuk-body"><strong class="govuk-tag ${record.cancelled ? 'govuk-tag--grey' : 'govuk-tag--green'}">${stateLabel(record.state)}</strong>
      ${record.confirmed ? ` ${confirmedSentence(record.confirmed)}` : nothing}</p>
    ${record.cancelled ? renderCancelled(record.cancelled) : nothing}

    ${view.form.redFlagPage ? renderRedFlags(ctx.idFor, view) : nothing}
    ${renderFlags(ctx.idFor, view.flags)}

    <div class="govuk-button-group">
      ${can.entries
        ? html`<button type="button" class="govuk-button" @click=${() => ctx.openEntry('handover')}>Record a handover</button>
          ${can.screens.includes('event') ? html`<button type="button" class="govuk-button govuk-button--secondary" @click=${() => ctx.openEntry('event')}>Add to the record of events</button>` : nothing}
          ${can.screens.includes('redFlag') ? html`<button type="button" class="govuk-button govuk-button--secondary" @click=${() => ctx.openEntry('redFlag')}>Add a red flag</button>` : nothing}`
        : nothing}
      ${renderPrintButton(ctx.print)}
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
        <table class="govuk-table form-table-stack"><thead class="govuk-table__head"><tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">When</th><th scope="col" class="govuk-table__header">Type</th>
          <th scope="col" class="govuk-table__header">Where</th><th scope="col" class="govuk-table__header">What happened</th></tr></thead>
          <tbody class="govuk-table__body">${record.events.map((e) => html`<tr class="govuk-table__row">
            <td class="govuk-table__cell" data-label="When">${formatDateTime(e.at)}</td>
            <td class="govuk-table__cell" data-label="Type">${view.form.eventTypes.find((t) => t.const === e.type)?.title ?? e.type}</td>
            <td class="govuk-table__cell" data-label="Where">${e.where}</td><td class="govuk-table__cell" data-label="What happened">${e.what}</td></tr>`)}</tbody></table>`
      : nothing}
    ${can.cancellable
      ? html`<h2 class="govuk-heading-m">Cancel this record</h2>
        <p class="govuk-body">Cancel it if the move is not going ahead. A cancelled record cannot be changed or handed over.</p>
        <button type="button" class="govuk-button govuk-button--warning" @click=${() => ctx.openEntry('cancel')}>Cancel this record</button>`
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
