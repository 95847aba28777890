/**
 * What the escort sees about entries recorded without a signal: how many wait ("Offline: 3 entries
 * waiting to send"), then "Sent", and for an entry the server refused, what happened and what to do
 * (acknowledge the new red flag and resend; or note what was recorded on a record cancelled meanwhile
 * and remove it from the device). GOV.UK notification banners.
 */
import { html, nothing } from 'lit';
import { formatDateTime } from '../format.ts';
import type { OfflineMode } from '../record/offline-mode.ts';
import type { QueuedEntry } from '../offline/outbox.ts';

const KIND_NAMES = { handover: 'handover', event: 'event', redFlag: 'red flag' } as const;

const entries = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;

export interface OfflineStatusHost {
  offline: OfflineMode;
  idFor(pointer: string, part?: string): string;
  busy: boolean;
  /** Runs an action on a refused entry with the page's buttons busy meanwhile. */
  settle(work: () => Promise<void>): void;
}

export function renderOfflineStatus(host: OfflineStatusHost) {
  const { offline } = host;
  const waiting = offline.queued.filter((e) => !e.refused).length;
  const refused = offline.queued.filter((e) => e.refused);
  return html`${refused.map((entry) => renderRefused(host, entry))}
    ${waiting > 0 ? banner(host, 'waiting', 'Important', html`
      <p class="govuk-notification-banner__heading">${offline.unreachable ? 'Offline: ' : ''}${entries(waiting)} waiting to send</p>
      <p class="govuk-body">${waiting === 1 ? 'It is' : 'They are'} kept on this device and sent in the order recorded as soon as there is a signal. Keep this page open, or open it again while signed in.</p>`)
    : offline.justSent > 0 && refused.length === 0 ? banner(host, 'sent', 'Success', html`
      <p class="govuk-notification-banner__heading">Sent</p>
      <p class="govuk-body">${entries(offline.justSent)} recorded without a signal ${offline.justSent === 1 ? 'is' : 'are'} now on the record.</p>`, true)
    : offline.unreachable ? banner(host, 'offline', 'Important', html`
      <p class="govuk-notification-banner__heading">Offline: showing the copy kept on this device</p>
      <p class="govuk-body">You can still add events, red flags and handovers; they are sent when there is a signal.</p>`)
    : nothing}`;
}

function banner(host: OfflineStatusHost, name: string, title: string, content: unknown, success = false) {
  const id = host.idFor(`/offline/${name}`);
  return html`<div class="govuk-notification-banner ${success ? 'govuk-notification-banner--success' : ''}" role=${success ? 'alert' : 'region'} aria-labelledby=${id} data-offline=${name}>
    <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id=${id}>${title}</h2></div>
    <div class="govuk-notification-banner__content">${content}</div></div>`;
}

function renderRefused(host: OfflineStatusHost, entry: QueuedEntry) {
  const refused = entry.refused!;
  const kind = KIND_NAMES[entry.kind];
  const recordedAt = formatDateTime(String(entry.body.recordedAt));
  const receiver = (entry.body.receivingOfficer as { name?: string } | undefined)?.name ?? 'the receiving officer';
  let what;
  if (refused.reason === 'unacknowledgedRedFlags') {
    what = html`<p class="govuk-body">A red flag was added to the record before this handover, and the handover did not acknowledge it:</p>
      <ul class="govuk-list govuk-list--bullet">${(refused.redFlags ?? []).map((f) => html`<li>${f.risk}${f.at ? ` (${formatDateTime(f.at)})` : ''}</li>`)}</ul>
      <p class="govuk-body">Tell ${receiver} about ${refused.redFlags?.length === 1 ? 'it' : 'them'}, then acknowledge and resend the handover.</p>
      <button type="button" class="govuk-button" ?disabled=${host.busy} @click=${() => host.settle(() => host.offline.acknowledgeAndResend(entry, receiver))}>Acknowledge the new red flag and resend</button>`;
  } else if (refused.reason === 'recordCancelled') {
    const c = refused.cancelled;
    what = html`<p class="govuk-body">The record was cancelled${c ? ` on ${formatDateTime(c.at)} by ${c.by}` : ''}${c?.reason ? `: ${c.reason}` : ''}, so this ${kind} was not added to it.</p>
      <p class="govuk-body">Tell whoever is in charge of the move what you recorded:</p>${summary(entry)}
      <button type="button" class="govuk-button govuk-button--warning" ?disabled=${host.busy} @click=${() => host.settle(() => host.offline.discard(entry))}>I have passed it on: remove it from this device</button>`;
  } else {
    what = html`<p class="govuk-body">${refused.message}</p>${summary(entry)}
      <button type="button" class="govuk-button govuk-button--warning" ?disabled=${host.busy} @click=${() => host.settle(() => host.offline.discard(entry))}>Remove it from this device</button>`;
  }
  return banner(host, `refused-${entry.seq}`, 'Not sent', html`
    <p class="govuk-notification-banner__heading">The ${kind} recorded at ${recordedAt} could not be added to the record</p>${what}`);
}

/** What the entry held, in words, so nothing recorded is lost when it is removed. */
function summary(entry: QueuedEntry) {
  const b = entry.body as Record<string, unknown>;
  const rows = entry.kind === 'event' ? [['What happened', b.what], ['Where', b.where], ['When', formatDateTime(String(b.at))]]
    : entry.kind === 'redFlag' ? [['Risk', b.risk], ['Identified by', b.identifiedBy], ['When', formatDateTime(String(b.at))]]
    : [['Received by', (b.receivingOfficer as { name?: string })?.name], ['Organisation', b.receivingOrganisation], ['When', formatDateTime(String(b.at))]];
  return html`<dl class="govuk-summary-list">${rows.map(([k, v]) => html`<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${k}</dt><dd class="govuk-summary-list__value">${String(v ?? '')}</dd></div>`)}</dl>`;
}
