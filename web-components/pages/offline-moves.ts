import { LitElement, html } from 'lit';
import { ApiClient } from '../api-client.ts';
import { languageOf, translatorFor } from '../i18n.ts';
import { registerOfflineShell } from '../offline/register.ts';
import { keepTodaysRecords } from '../offline/todays-moves.ts';

/**
 * On the Moves page, with a signal: keeps today's records this user could add entries to on the
 * device (offline/todays-moves.ts), then says how many, as a GOV.UK inset. Shows nothing when none.
 */
export class OfflineMovesElement extends LitElement {
  static properties = { api: { type: String }, recordIds: { type: String, attribute: 'record-ids' }, kept: { state: true } };

  api = '/api';
  /** Today's records listed on the page, space-separated. */
  recordIds = '';
  kept = 0;

  createRenderRoot(): HTMLElement {
    return this;
  }

  connectedCallback(): void {
    super.connectedCallback();
    if (!navigator.onLine) return;
    void registerOfflineShell();
    const ids = this.recordIds.split(/\s+/).filter(Boolean);
    // Without storage, a key or a signal the page works as before; it only keeps nothing ahead.
    keepTodaysRecords(new ApiClient(this.api), ids).then((kept) => { this.kept = kept; }, () => undefined);
  }

  render() {
    if (!this.kept) return html``;
    const t = translatorFor(languageOf(this));
    return html`<div class="govuk-inset-text" data-offline-moves>${t('components.offline.movesKept', { count: this.kept })}</div>`;
  }
}
