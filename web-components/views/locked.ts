import { html, nothing } from 'lit';
import type { Acknowledgement, FormRecord, ViewModel } from '../../engine/types.ts';
import { renderRecordHeading, type RecordHeading } from './record-heading.ts';
import { renderSectionAnswers, summaryRow as row } from './summary-list.ts';
import { renderFlags, renderRedFlags } from './flags.ts';
import { waitingTag } from './waiting-tag.ts';
import { renderPrintButton, type PrintLink } from './print-button.ts';
import type { EntryKind } from './entries.ts';
import { confirmedSentence, formatDateTime, stateLabel } from '../format.ts';
import type { Translate } from '../i18n.ts';
import type { Written } from '../english-marked.ts';

/** What the locked record needs: the stored record (its entries), the heading, and the actions' targets. */
export interface LockedContext {
  t: Translate;
  /** Every word of the form shown goes through it (why: QuestionContext.write). */
  write: Written;
  record: FormRecord;
  heading: RecordHeading;
  print: PrintLink;
  idFor(pointer: string, part?: string): string;
  openEntry(kind: EntryKind | 'cancel'): void;
  /** Ids of entries recorded on this device and not yet sent (docs/offline.md). */
  waiting?: ReadonlySet<string>;
}

/**
 * A confirmed, handed-over or cancelled record: red flag warnings first in their own block, then the
 * flags the answers raised (alerts first, each saying its level in words), the actions still allowed,
 * then every answer and entry.
 */
export function renderLocked(ctx: LockedContext, view: ViewModel) {
  const { record } = ctx;
  const can = view.affordances;
  const t = ctx.t;
  const at = (iso: string) => formatDateTime(iso, undefined, t);
  return html`${renderRecordHeading(ctx.heading, t, ctx.write)}
    <p class="govuk-body"><strong class="govuk-tag ${record.cancelled ? 'govuk-tag--grey' : 'govuk-tag--green'}">${stateLabel(record.state, t)}</strong>
      ${record.confirmed ? ` ${confirmedSentence(record.confirmed, t)}` : nothing}</p>
    ${record.cancelled ? renderCancelled(record.cancelled, t) : nothing}

    ${view.form.redFlagPage ? renderRedFlags(ctx.idFor, view, t, ctx.write, ctx.waiting) : nothing}
    ${renderFlags(ctx.idFor, view.flags, t, ctx.write)}

    <div class="govuk-button-group">
      ${can.entries
        ? html`<button type="button" class="govuk-button" @click=${() => ctx.openEntry('handover')}>${t('components.locked.handover')}</button>
          ${can.screens.includes('event') ? html`<button type="button" class="govuk-button govuk-button--secondary" @click=${() => ctx.openEntry('event')}>${t('components.locked.event')}</button>` : nothing}
          ${can.screens.includes('redFlag') ? html`<button type="button" class="govuk-button govuk-button--secondary" @click=${() => ctx.openEntry('redFlag')}>${t('components.locked.redFlag')}</button>` : nothing}`
        : nothing}
      ${renderPrintButton(ctx.print, t)}
    </div>

    ${view.sections.map((s) => html`<h2 class="govuk-heading-m">${ctx.write(s.title)}</h2>${renderSectionAnswers(s, t, ctx.write)}`)}

    ${record.handovers.length
      ? html`<h2 class="govuk-heading-m">${t('components.locked.handovers')}</h2>
        ${record.handovers.map((h) => html`<div class="govuk-summary-card"><div class="govuk-summary-card__title-wrapper">
          <h3 class="govuk-summary-card__title">${t('components.locked.handedOverOn', { at: at(h.at) })}${waitingTag(ctx.waiting, h.id, t)}</h3></div>
          <div class="govuk-summary-card__content"><dl class="govuk-summary-list">
            ${row(t, t('components.locked.from'), `${h.dispatchingOfficer.name} (${h.dispatchingOfficer.identifier})`)}
            ${row(t, t('components.locked.to'), `${h.receivingOfficer.name} (${h.receivingOfficer.identifier}), ${h.receivingOrganisation}`)}
            ${h.acknowledgements.length
              ? html`<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${t('components.locked.acknowledged')}</dt>
                <dd class="govuk-summary-list__value">${acknowledgementGroups(h.acknowledgements, t).map((g) => html`<p class="govuk-body">${t('components.locked.by', { who: g.who })}</p>
                  <ul class="govuk-list govuk-list--bullet">${g.entryIds.map((id) => html`<li>${ctx.write(riskOf(view, id))}</li>`)}</ul>`)}</dd></div>`
              : nothing}
            ${row(t, t('components.locked.recordedBy'), h.recordedBy)}
          </dl></div></div>`)}`
      : nothing}
    ${record.events.length
      ? html`<h2 class="govuk-heading-m">${t('components.locked.events')}</h2>
        <table class="govuk-table form-table-stack"><thead class="govuk-table__head"><tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">${t('components.locked.when')}</th><th scope="col" class="govuk-table__header">${t('components.locked.type')}</th>
          <th scope="col" class="govuk-table__header">${t('components.locked.where')}</th><th scope="col" class="govuk-table__header">${t('components.locked.what')}</th></tr></thead>
          <tbody class="govuk-table__body">${record.events.map((e) => html`<tr class="govuk-table__row">
            <td class="govuk-table__cell" data-label=${t('components.locked.when')}>${at(e.at)}${waitingTag(ctx.waiting, e.id, t)}</td>
            <td class="govuk-table__cell" data-label=${t('components.locked.type')}>${ctx.write(view.form.eventTypes.find((type) => type.const === e.type)?.title ?? e.type)}</td>
            <td class="govuk-table__cell" data-label=${t('components.locked.where')}>${e.where}</td><td class="govuk-table__cell" data-label=${t('components.locked.what')}>${e.what}</td></tr>`)}</tbody></table>`
      : nothing}
    ${can.cancellable
      ? html`<h2 class="govuk-heading-m">${t('components.locked.cancelHeading')}</h2>
        <p class="govuk-body">${t('components.locked.cancelText')}</p>
        <button type="button" class="govuk-button govuk-button--warning" @click=${() => ctx.openEntry('cancel')}>${t('components.cancel.button')}</button>`
      : nothing}`;
}

function renderCancelled(cancelled: { at: string; by: string; reason?: string }, t: Translate) {
  return html`<div class="govuk-notification-banner" role="region" aria-label=${t('components.cancelled.label')}>
    <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title">${t('components.banner.important')}</h2></div>
    <div class="govuk-notification-banner__content">
      <p class="govuk-notification-banner__heading">${t('components.cancelled.heading', { at: formatDateTime(cancelled.at, undefined, t), by: cancelled.by })}</p>
      ${cancelled.reason ? html`<p class="govuk-body">${t('components.cancelled.reason', { reason: cancelled.reason })}</p>` : nothing}
      <p class="govuk-body">${t('components.cancelled.readOnly')}</p>
    </div></div>`;
}

/** Acknowledgements by the same person, role and time together, so each reads once. */
function acknowledgementGroups(acknowledgements: Acknowledgement[], t: Translate): { who: string; entryIds: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const a of acknowledgements) {
    const who = `${a.name}${a.role ? `, ${a.role}` : ''}, ${formatDateTime(a.at, undefined, t)}`;
    groups.set(who, [...(groups.get(who) ?? []), a.entryId]);
  }
  return [...groups].map(([who, entryIds]) => ({ who, entryIds }));
}

function riskOf(view: ViewModel, entryId: string): string {
  return view.redFlags.find((f) => f.id === entryId)?.risk ?? entryId;
}
