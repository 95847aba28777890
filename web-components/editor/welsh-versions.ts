import { html, nothing } from 'lit';
import { languageOf } from '../i18n.ts';
import { PolicyElement } from './policy-element.ts';
import { translationWords } from './translation-client.ts';

type FormList = { name: string; title: string; versions: string[] }[];

/** On the policy team's start page: a link to the Welsh of every published version, newest first. */
export class WelshVersionsElement extends PolicyElement {
  static properties = { api: { type: String }, forms: { state: true } };

  forms: FormList = [];

  protected start(): void {
    void this.client.api.forms().then((forms) => { this.forms = forms; }, () => { this.forms = []; });
  }

  render() {
    if (this.forms.length === 0) return nothing;
    const w = translationWords(languageOf(this));
    const enc = encodeURIComponent;
    return html`<h2 class="govuk-heading-m">${w('translations.versionsHeading')}</h2>
      <ul class="govuk-list">${this.forms.flatMap((f) => [...f.versions].reverse().map((v) => html`<li><a class="govuk-link" href=${`/editor/welsh/${enc(f.name)}/${enc(v)}`}>${w('translations.linkVersion', { title: f.title, version: v })}</a></li>`))}</ul>`;
  }
}
