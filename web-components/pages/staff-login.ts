import { LitElement, html, nothing } from 'lit';
import { ApiClient, ApiError } from '../api-client.ts';
import { renderErrorSummary } from '../views/error-summary.ts';
import { messageOf } from '../messages.ts';
import { ensureGovukStyles } from '../styles.ts';
import { markErrorTitle } from '../page-title.ts';
import { languageOf, translatorFor } from '../i18n.ts';

/**
 * Only a path on this site is followed, so a crafted link cannot send staff elsewhere: "//host" and
 * "/\host" parse as another host, so the path must resolve to this page's origin.
 */
export function sameSiteTarget(next: string): string {
  const here = window.location.origin;
  if (!/^\/(?![/\\])/.test(next)) return '/records';
  const url = new URL(next, here);
  return url.origin === here ? url.href : '/records';
}

/** Sign-in form of the server's own login page; goes to `next` once signed in. */
export class StaffLoginElement extends LitElement {
  static properties = { api: { type: String }, next: { type: String }, problem: { state: true }, errors: { state: true } };

  api = '/api';
  next = '/records';
  problem = '';
  errors: Record<string, string> = {};

  createRenderRoot(): HTMLElement {
    return this;
  }

  connectedCallback(): void {
    super.connectedCallback();
    ensureGovukStyles();
  }

  async submit(event: Event): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const username = (form.elements.namedItem('username') as HTMLInputElement).value.trim();
    const password = (form.elements.namedItem('password') as HTMLInputElement).value;
    const t = translatorFor(languageOf(this));
    this.errors = {
      ...(username ? {} : { username: t('components.login.usernameMissing') }),
      ...(password ? {} : { password: t('components.login.passwordMissing') }),
    };
    this.problem = '';
    if (Object.keys(this.errors).length === 0) {
      try {
        await new ApiClient(this.api, { lang: () => languageOf(this) }).login(username, password);
        window.location.assign(sameSiteTarget(this.next));
        return;
      } catch (error) {
        // A refused sign-in is a wrong username or password (the server says which words), not a lost session.
        this.problem = error instanceof ApiError && error.status === 401 ? error.message : messageOf(error, t);
      }
    }
    await this.updateComplete;
    markErrorTitle(this.querySelector('.govuk-error-summary') !== null);
    this.querySelector<HTMLElement>('.govuk-error-summary')?.focus();
  }

  render() {
    const t = translatorFor(languageOf(this));
    const summary = [
      ...(this.problem ? [{ message: this.problem, href: '#username' }] : []),
      ...Object.entries(this.errors).map(([name, message]) => ({ message, href: `#${name}` })),
    ];
    const field = (name: string, label: string, type: string, autocomplete: string) => html`
      <div class=${this.errors[name] ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
        <label class="govuk-label" for=${name}>${label}</label>
        ${this.errors[name] ? html`<p id=${`${name}-error`} class="govuk-error-message"><span class="govuk-visually-hidden">${t('components.error.prefix')}</span> ${this.errors[name]}</p>` : nothing}
        <input class="govuk-input govuk-!-width-one-half${this.errors[name] ? ' govuk-input--error' : ''}" id=${name} name=${name} type=${type}
          autocomplete=${autocomplete} spellcheck="false" aria-describedby=${this.errors[name] ? `${name}-error` : nothing}>
      </div>`;
    return html`${summary.length ? renderErrorSummary(summary, t) : nothing}
      <h1 class="govuk-heading-l">${t('components.login.title')}</h1>
      <form novalidate @submit=${(e: Event) => void this.submit(e)}>
        ${field('username', t('components.login.username'), 'text', 'username')}
        ${field('password', t('components.login.password'), 'password', 'current-password')}
        <button type="submit" class="govuk-button">${t('components.login.button')}</button>
      </form>`;
  }
}
