import { LitElement, html } from 'lit';
import { ApiClient } from '../api-client.ts';
import { clearDevice } from '../offline/clear-device.ts';

/**
 * The header's "Sign out": removes everything kept on this device for working offline (records,
 * entries not yet sent, the app shell's cache, the device key), ends the session, then opens sign-in.
 */
export class SignOutElement extends LitElement {
  static properties = { api: { type: String } };

  api = '/api';

  createRenderRoot(): HTMLElement {
    return this;
  }

  private async signOut(): Promise<void> {
    await clearDevice().catch(() => undefined);
    // Signed out either way: a session that already ended needs no ending.
    await new ApiClient(this.api).logout().catch(() => undefined);
    window.location.assign('/login');
  }

  render() {
    return html`<button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-0" @click=${() => void this.signOut()}>Sign out</button>`;
  }
}
