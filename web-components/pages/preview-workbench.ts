import { LitElement, html, nothing } from 'lit';
import { ensureGovukStyles } from '../styles.ts';
import { languageOf, translatorFor } from '../i18n.ts';

/**
 * The preview page: choose a form in forms/ or paste a definition, and see it in <form-preview>.
 * `forms` is the JSON list the server embeds as an attribute: [{ name, title, versions }].
 */
export class PreviewWorkbenchElement extends LitElement {
  static properties = { forms: { type: Array }, check: { type: String }, src: { state: true }, pasted: { state: true }, pasteError: { state: true } };

  forms: { name: string; title: string; versions: string[] }[] = [];
  check = '';
  src = '';
  pasted?: unknown;
  pasteError = '';

  createRenderRoot(): HTMLElement {
    return this;
  }

  connectedCallback(): void {
    super.connectedCallback();
    ensureGovukStyles();
  }

  private choose(event: Event): void {
    event.preventDefault();
    const value = ((event.target as HTMLFormElement).elements.namedItem('definition') as HTMLSelectElement).value;
    this.pasted = undefined;
    this.src = value ? `/preview/forms/${value}.json` : '';
  }

  private paste(event: Event): void {
    event.preventDefault();
    const text = ((event.target as HTMLFormElement).elements.namedItem('pasted') as HTMLTextAreaElement).value;
    try {
      this.pasted = JSON.parse(text);
      this.pasteError = '';
      this.src = '';
    } catch (error) {
      this.pasteError = translatorFor(languageOf(this))('components.workbench.notJson', { message: (error as Error).message });
    }
  }

  render() {
    const t = translatorFor(languageOf(this));
    return html`<h1 class="govuk-heading-l">${t('components.workbench.title')}</h1>
      <form novalidate @submit=${(e: Event) => this.choose(e)}>
        <div class="govuk-form-group">
          <label class="govuk-label" for="definition">${t('components.workbench.choose')}</label>
          <select class="govuk-select" id="definition" name="definition">
            ${this.forms.flatMap((f) => f.versions.map((v) => html`<option value=${`${f.name}/${v}`}>${f.title} ${v}</option>`))}
          </select>
        </div>
        <button type="submit" class="govuk-button govuk-button--secondary">${t('components.workbench.previewForm')}</button>
      </form>
      <form novalidate @submit=${(e: Event) => this.paste(e)}>
        <div class=${this.pasteError ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
          <label class="govuk-label" for="pasted">${t('components.workbench.paste')}</label>
          ${this.pasteError ? html`<p id="pasted-error" class="govuk-error-message"><span class="govuk-visually-hidden">${t('components.error.prefix')}</span> ${this.pasteError}</p>` : nothing}
          <textarea class="govuk-textarea${this.pasteError ? ' govuk-textarea--error' : ''}" id="pasted" name="pasted" rows="8" spellcheck="false"
            aria-describedby=${this.pasteError ? 'pasted-error' : nothing}></textarea>
        </div>
        <button type="submit" class="govuk-button govuk-button--secondary">${t('components.workbench.previewPasted')}</button>
      </form>
      ${this.src ? html`<form-preview .src=${this.src} check=${this.check}></form-preview>` : nothing}
      ${this.pasted !== undefined ? html`<form-preview .definition=${this.pasted} check=${this.check}></form-preview>` : nothing}`;
  }
}
