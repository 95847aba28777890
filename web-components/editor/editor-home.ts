import { html, nothing } from 'lit';
import { ROLES } from '../../engine/vocabulary/index.ts';
import type { DraftsClient, DraftSummary } from './drafts-client.ts';
import { PolicyElement } from './policy-element.ts';
import { languageOf } from '../i18n.ts';
import { blankDefinition } from './kinds.ts';
import { renderPilots, type PilotData } from './pilots.ts';

type FormList = { name: string; title: string; versions: string[] }[];

/**
 * The policy team's start page: their drafts, drafts others submitted for them to review, starting a
 * new form or a new version of a published one, and pilot rules (proposed by one person, approved by
 * another). Each draft opens in the editor (/editor/drafts/<id>), each review on /editor/review/<id>.
 */
export class EditorHomeElement extends PolicyElement {
  static properties = { api: { type: String }, user: { type: String }, drafts: { state: true }, forms: { state: true }, pilots: { state: true }, failure: { state: true } };

  user = '';
  drafts: DraftSummary[] = [];
  forms: FormList = [];
  pilots?: PilotData;
  failure = '';

  protected start(): void {
    void this.load();
  }

  async load(): Promise<void> {
    try {
      const [drafts, forms, rollout, locations, regions] = await Promise.all([
        this.client.list(), this.client.api.forms(), this.client.api.request<PilotData['rollout']>('GET', '/rollout'), this.client.api.locations(), this.client.api.regions(),
      ]);
      this.drafts = drafts;
      this.forms = forms;
      this.pilots = { rollout, locations, regions, forms };
    } catch (error) {
      this.failure = (error as Error).message;
    }
  }

  private async startDraft(event: Event, body: () => Parameters<DraftsClient['create']>[0] | undefined): Promise<void> {
    event.preventDefault();
    const request = body();
    if (!request) return;
    try {
      const created = await this.client.create(request);
      window.location.assign(`/editor/drafts/${encodeURIComponent(created.id)}`);
    } catch (error) {
      this.failure = (error as Error).message;
    }
  }

  private field(event: Event, name: string): string {
    return ((event.target as HTMLFormElement).elements.namedItem(name) as HTMLInputElement).value.trim();
  }

  render() {
    const { t } = this;
    const mine = this.drafts.filter((d) => d.state !== 'approved' && !(d.state === 'submitted' && d.submitted?.by !== this.user));
    const toReview = this.drafts.filter((d) => d.state === 'submitted' && d.submitted?.by !== this.user);
    return html`<h1 class="govuk-heading-l">${t('editor.home.title')}</h1>
      ${this.failure ? html`<div class="govuk-error-summary" role="alert" tabindex="-1"><h2 class="govuk-error-summary__title">${t('editor.problem')}</h2><div class="govuk-error-summary__body"><p class="govuk-body">${this.failure}</p></div></div>` : nothing}
      <h2 class="govuk-heading-m">${t('editor.home.waiting')}</h2>
      ${toReview.length ? html`<ul class="govuk-list">${toReview.map((d) => html`<li><a class="govuk-link" href=${`/editor/review/${encodeURIComponent(d.id)}`}>${t('editor.home.review', { name: d.name, version: d.version })}</a> ${t('editor.home.submittedBy', { who: d.submitted?.by ?? '' })}</li>`)}</ul>`
        : html`<p class="govuk-body">${t('editor.home.nothingWaiting')}</p>`}
      <h2 class="govuk-heading-m">${t('editor.home.drafts')}</h2>
      ${mine.length ? html`<ul class="govuk-list">${mine.map((d) => html`<li><a class="govuk-link" href=${`/editor/drafts/${encodeURIComponent(d.id)}`}>${d.name || t('editor.home.unnamed')} ${d.version}</a> (${t(`editor.state.${d.state}`)}${d.decided?.reason ? `: ${d.decided.reason}` : ''})</li>`)}</ul>`
        : html`<p class="govuk-body">${t('editor.home.noDrafts')}</p>`}
      <div class="govuk-grid-row">
        <form class="govuk-grid-column-one-half" novalidate @submit=${(e: Event) => this.startDraft(e, () => {
          const [form, version] = this.field(e, 'from').split('@');
          return form && version ? { from: { form, version } } : undefined;
        })}>
          <h2 class="govuk-heading-m">${t('editor.home.newVersion')}</h2>
          <div class="govuk-form-group"><label class="govuk-label" for="from">${t('editor.home.startFrom')}</label>
            <select class="govuk-select" id="from" name="from">${this.forms.flatMap((f) => f.versions.map((v) => html`<option value=${`${f.name}@${v}`}>${f.title} ${v}</option>`))}</select></div>
          <button type="submit" class="govuk-button">${t('editor.home.startVersion')}</button>
        </form>
        <form class="govuk-grid-column-one-half" novalidate @submit=${(e: Event) => this.startDraft(e, () => {
          const title = this.field(e, 'title');
          const name = this.field(e, 'name');
          const role = this.field(e, 'role');
          return title && name ? { definition: blankDefinition(name, title, { edit: [role], confirm: [role] }) } : undefined;
        })}>
          <h2 class="govuk-heading-m">${t('editor.home.newForm')}</h2>
          <div class="govuk-form-group"><label class="govuk-label" for="new-title">${t('editor.home.formTitle')}</label><input class="govuk-input" id="new-title" name="title" type="text"></div>
          <div class="govuk-form-group"><label class="govuk-label" for="new-name">${t('editor.home.formName')}</label>
            <div class="govuk-hint" id="new-name-hint">${t('editor.home.formNameHint')}</div>
            <input class="govuk-input govuk-input--width-20" id="new-name" name="name" type="text" spellcheck="false" aria-describedby="new-name-hint"></div>
          <div class="govuk-form-group"><label class="govuk-label" for="new-role">${t('editor.home.role')}</label>
            <div class="govuk-hint" id="new-role-hint">${t('editor.home.roleHint')}</div>
            <select class="govuk-select" id="new-role" name="role" aria-describedby="new-role-hint">${ROLES.map((r) => html`<option value=${r}>${r}</option>`)}</select></div>
          <button type="submit" class="govuk-button">${t('editor.home.startForm')}</button>
        </form>
      </div>
      ${this.pilots ? renderPilots(this.pilots, this.user, this.client, t, languageOf(this), (message) => { this.failure = message; }, () => void this.load()) : nothing}`;
  }
}
