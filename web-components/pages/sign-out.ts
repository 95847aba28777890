import { LitElement, html } from 'lit';
import { ApiClient } from '../api-client.ts';
import { languageOf, translatorFor } from '../i18n.ts';
import { clearDevice } from '../offline/clear-device.ts';
import { outboxCount } from '../offline/device-db.ts';

/**
 * The header's "Sign out": removes everything kept on this device for working offline (records,
 * entries not yet sent, the app shell's cache, the device key), ends the session, then opens sign-in.
 * With entries recorded offline still waiting to send, it first says so and asks again, since signing
 * out removes them.
 */
export class SignOutElement extends LitElement {
  static properties = { api: { type: String }, waiting: { state: true } };

  api = '/api';
  /** Entries still waiting to send, once the user has been told about them. */
  waiting = 0;

  createRenderRoot(): HTMLElement {
    return this;
  }

  private async signOut(anyway: boolean): Promise<void> {
    const waiting = anyway ? 0 : await outboxCount().catch(() => 0);
    if (waiting > 0) {
      this.waiting = waiting;
      return;
    }
    await clearDevice().catch(() => undefined);
    // Signed out either way: a session that already ended needs no ending.
    await new ApiClient(this.api).logout().catch(() => undefined);
    window.location.assign('/login');
  }

  render() {
    const t = translatorFor(languageOf(this));
    if (!this.waiting) return html`<button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-0" @click=${() => void this.signOut(false)}>${t('components.signOut')}</button>`;
    const count = this.waiting;
    return html`<span class="govuk-body-s govuk-!-margin-0" role="alert"><strong>${t('components.signOut.waiting', { count })}</strong> ${t('components.signOut.removes', { count })}</span>
      <button type="button" class="govuk-button govuk-button--warning govuk-!-margin-0" @click=${() => void this.signOut(true)}>${t('components.signOut.anyway')}</button>`;
  }
}
