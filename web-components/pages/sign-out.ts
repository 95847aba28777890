import { LitElement, html } from 'lit';
import { ApiClient } from '../api-client.ts';
import { languageOf, translatorFor } from '../i18n.ts';

/** The header's "Sign out": ends the session on the server, then opens the sign-in page. */
export class SignOutElement extends LitElement {
  static properties = { api: { type: String } };

  api = '/api';

  createRenderRoot(): HTMLElement {
    return this;
  }

  private async signOut(): Promise<void> {
    // Signed out either way: a session that already ended needs no ending.
    await new ApiClient(this.api).logout().catch(() => undefined);
    window.location.assign('/login');
  }

  render() {
    return html`<button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-0" @click=${() => void this.signOut()}>${translatorFor(languageOf(this))('components.signOut')}</button>`;
  }
}
