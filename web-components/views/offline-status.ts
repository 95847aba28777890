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
import type { Translate } from '../i18n.ts';

export interface OfflineStatusHost {
  offline: OfflineMode;
  t: Translate;
  idFor(pointer: string, part?: string): string;
  busy: boolean;
  /** Runs an action on a refused entry with the page's buttons busy meanwhile. */
  settle(work: () => Promise<void>): void;
}

export function renderOfflineStatus(host: OfflineStatusHost) {
  const { offline, t } = host;
  const waiting = offline.queued.filter((e) => !e.refused).length;
  const refused = offline.queued.filter((e) => e.refused);
  return html`${refused.map((entry) => renderRefused(host, entry))}
    ${waiting > 0 ? banner(host, 'waiting', t('components.offline.important'), html`
      <p class="govuk-notification-banner__heading">${t(offline.unreachable ? 'components.offline.waitingOffline' : 'components.offline.waiting', { count: waiting })}</p>
      <p class="govuk-body">${t('components.offline.kept', { count: waiting })}</p>`)
    : offline.justSent > 0 && refused.length === 0 ? banner(host, 'sent', t('components.offline.success'), html`
      <p class="govuk-notification-banner__heading">${t('components.offline.sent')}</p>
      <p class="govuk-body">${t('components.offline.sentBody', { count: offline.justSent })}</p>`, true)
    : offline.unreachable ? banner(host, 'offline', t('components.offline.important'), html`
      <p class="govuk-notification-banner__heading">${t('components.offline.showingCopy')}</p>
      <p class="govuk-body">${t('components.offline.stillAdd')}</p>`)
    : nothing}`;
}

function banner(host: OfflineStatusHost, name: string, title: string, content: unknown, success = false) {
  const id = host.idFor(`/offline/${name}`);
  return html`<div class="govuk-notification-banner ${success ? 'govuk-notification-banner--success' : ''}" role=${success ? 'alert' : 'region'} aria-labelledby=${id} data-offline=${name}>
    <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id=${id}>${title}</h2></div>
    <div class="govuk-notification-banner__content">${content}</div></div>`;
}

function renderRefused(host: OfflineStatusHost, entry: QueuedEntry) {
  const { t } = host;
  const refused = entry.refused!;
  const kind = t(`components.offline.kind.${entry.kind}`);
  const at = (iso: string) => formatDateTime(iso, undefined, t);
  const receiver = (entry.body.receivingOfficer as { name?: string } | undefined)?.name ?? t('components.offline.theReceivingOfficer');
  let what;
  if (refused.reason === 'unacknowledgedRedFlags') {
    const count = refused.redFlags?.length ?? 0;
    what = html`<p class="govuk-body">${t('components.offline.flagAdded')}</p>
      <ul class="govuk-list govuk-list--bullet">${(refused.redFlags ?? []).map((f) => html`<li>${f.risk}${f.at ? ` (${at(f.at)})` : ''}</li>`)}</ul>
      <p class="govuk-body">${t('components.offline.tellReceiver', { receiver, count })}</p>
      <button type="button" class="govuk-button" ?disabled=${host.busy} @click=${() => host.settle(() => host.offline.acknowledgeAndResend(entry, receiver))}>${t('components.offline.acknowledgeAndResend')}</button>`;
  } else if (refused.reason === 'recordCancelled') {
    const c = refused.cancelled;
    const cancelled = c ? t('components.offline.cancelledOnBy', { at: at(c.at), by: c.by }) : t('components.offline.cancelled');
    what = html`<p class="govuk-body">${cancelled}${c?.reason ? `: ${c.reason}` : ''}. ${t('components.offline.notAdded', { kind })}</p>
      <p class="govuk-body">${t('components.offline.tellInCharge')}</p>${summary(entry, t)}
      <button type="button" class="govuk-button govuk-button--warning" ?disabled=${host.busy} @click=${() => host.settle(() => host.offline.discard(entry))}>${t('components.offline.passedOn')}</button>`;
  } else {
    what = html`<p class="govuk-body">${refused.message}</p>${summary(entry, t)}
      <button type="button" class="govuk-button govuk-button--warning" ?disabled=${host.busy} @click=${() => host.settle(() => host.offline.discard(entry))}>${t('components.offline.remove')}</button>`;
  }
  return banner(host, `refused-${entry.seq}`, t('components.offline.notSent'), html`
    <p class="govuk-notification-banner__heading">${t('components.offline.couldNotAdd', { kind, at: at(String(entry.body.recordedAt)) })}</p>${what}`);
}

/** What the entry held, in words, so nothing recorded is lost when it is removed. */
function summary(entry: QueuedEntry, t: Translate) {
  const b = entry.body as Record<string, unknown>;
  const when = formatDateTime(String(b.at), undefined, t);
  const rows = entry.kind === 'event' ? [['whatHappened', b.what], ['where', b.where], ['when', when]]
    : entry.kind === 'redFlag' ? [['risk', b.risk], ['identifiedBy', b.identifiedBy], ['when', when]]
    : [['receivedBy', (b.receivingOfficer as { name?: string })?.name], ['organisation', b.receivingOrganisation], ['when', when]];
  return html`<dl class="govuk-summary-list">${rows.map(([k, v]) => html`<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${t(`components.offline.field.${String(k)}`)}</dt><dd class="govuk-summary-list__value">${String(v ?? '')}</dd></div>`)}</dl>`;
}
