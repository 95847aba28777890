import { html, nothing, type TemplateResult } from 'lit';
import { ApiError } from '../api-client.ts';
import { languageOf, type Translate } from '../i18n.ts';
import { PolicyElement } from './policy-element.ts';
import { translationPath, translationWords, TranslationClient, type TranslationPage, type TranslationRow } from './translation-client.ts';

interface Problem { href: string; message: string }

/**
 * The Welsh of one draft or published version, for policy teams: every string staff read, grouped by
 * section, with its English, a Welsh input, and missing or stale marked; saved whole at the revision
 * read, errors GOV.UK style (a summary linking to each input). A string whose English changed and whose
 * Welsh is left as it was stays marked stale: it is saved with the English it was translated from.
 */
export class TranslationEditorElement extends PolicyElement {
  static properties = {
    api: { type: String }, draftId: { type: String, attribute: 'draft-id' }, form: { type: String }, version: { type: String }, language: { type: String },
    page: { state: true }, problems: { state: true }, savedRevision: { state: true },
  };

  draftId = '';
  form = '';
  version = '';
  language = 'cy';
  page?: TranslationPage;
  problems: Problem[] = [];
  savedRevision = 0;
  private typed = new Map<string, string>();
  private review?: string;

  private get words(): Translate {
    return translationWords(languageOf(this));
  }

  private get translations(): TranslationClient {
    return new TranslationClient(this.client.api, translationPath({ draftId: this.draftId || undefined, form: this.form, version: this.version }, this.language));
  }

  protected start(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.page = await this.translations.read();
    } catch (error) {
      this.problems = [{ href: '#welsh-strings', message: (error as Error).message }];
    }
  }

  private textOf(row: TranslationRow): string {
    return this.typed.get(row.pointer) ?? row.text ?? '';
  }

  private async save(event: Event): Promise<void> {
    event.preventDefault();
    const page = this.page;
    if (!page) return;
    const strings = page.strings.map((row) => {
      const text = this.textOf(row);
      // Left as it was, a stale string keeps the English it was translated from: someone must still translate the new English.
      return row.state === 'stale' && text === (row.text ?? '') && row.translatedFrom ? { pointer: row.pointer, text, en: row.translatedFrom } : { pointer: row.pointer, text };
    });
    try {
      this.page = await this.translations.save({ revision: page.revision, ...(this.review ? { review: this.review } : {}), strings });
      this.typed.clear();
      this.problems = [];
      this.savedRevision = this.page.revision;
    } catch (error) {
      this.savedRevision = 0;
      this.problems = problemsOf(error);
    }
    await this.updateComplete;
    this.querySelector<HTMLElement>(this.problems.length > 0 ? '.govuk-error-summary' : '.govuk-notification-banner')?.focus();
  }

  render() {
    const w = this.words;
    const page = this.page;
    if (!page) return this.problems.length > 0 ? this.summary(w) : html`<p class="govuk-body">${w('translations.loading')}</p>`;
    const title = page.strings.find((r) => r.pointer === '/title')?.en ?? page.form;
    return html`<a class="govuk-back-link" href="/editor">${w('translations.back')}</a>
      ${this.summary(w)}
      ${this.savedRevision ? html`<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" tabindex="-1" aria-labelledby="welsh-saved-title">
        <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="welsh-saved-title">${w('translations.welsh')}</h2></div>
        <div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">${w(page.draft ? 'translations.savedDraft' : 'translations.saved', { revision: this.savedRevision })}</p></div></div>` : nothing}
      <span class="govuk-caption-l">${w(page.draft ? 'translations.draftCaption' : 'translations.versionCaption')}</span>
      <h1 class="govuk-heading-l">${titleIn(w('translations.title', { title: '\u0000', version: page.version }), title)}</h1>
      <p class="govuk-body">${w(page.draft ? 'translations.introDraft' : 'translations.intro')}</p>
      <p class="govuk-body govuk-!-font-weight-bold" id="welsh-counts">${w('translations.counts', page.counts)}</p>
      ${page.extra.length > 0 ? html`<div class="govuk-inset-text">${w('translations.extra', { pointers: page.extra.map((e) => e.pointer).join(', ') })}</div>` : nothing}
      <form novalidate id="welsh-strings" @submit=${(e: Event) => this.save(e)}>
        ${groups(page.strings).map(([heading, rows]) => html`<h2 class="govuk-heading-m">${heading ? html`<span lang="en">${heading}</span>` : w('translations.form')}</h2>${rows.map(([row, index]) => this.field(w, row, index))}`)}
        <div class="govuk-form-group">
          <label class="govuk-label govuk-label--s" for="welsh-review">${w('translations.review')}</label>
          <div class="govuk-hint" id="welsh-review-hint">${w('translations.reviewHint')}</div>
          <input class="govuk-input" id="welsh-review" type="text" aria-describedby="welsh-review-hint" .value=${this.review ?? page.review ?? ''} @input=${(e: Event) => { this.review = (e.target as HTMLInputElement).value; }}>
        </div>
        <button type="submit" class="govuk-button" data-module="govuk-button">${w('translations.save')}</button>
      </form>
      ${page.history.length > 0 ? html`<details class="govuk-details"><summary class="govuk-details__summary"><span class="govuk-details__summary-text">${w('translations.history')}</span></summary>
        <div class="govuk-details__text"><ul class="govuk-list">${[...page.history].reverse().map((h) => html`<li>${w('translations.historyEntry', { user: h.user, count: h.changes.length, at: new Date(h.at).toLocaleString(languageOf(this)), revision: h.revision })}</li>`)}</ul></div></details>` : nothing}`;
  }

  private summary(w: Translate): TemplateResult | typeof nothing {
    if (this.problems.length === 0) return nothing;
    return html`<div class="govuk-error-summary" data-module="govuk-error-summary" tabindex="-1"><div role="alert">
      <h2 class="govuk-error-summary__title">${w('translations.problem')}</h2>
      <div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list">${this.problems.map((p) => html`<li><a href=${p.href}>${p.message}</a></li>`)}</ul></div></div></div>`;
  }

  private field(w: Translate, row: TranslationRow, index: number): TemplateResult {
    const id = `welsh-${index}`;
    const error = this.problems.find((p) => p.href === `#${id}`);
    const input = (e: Event) => this.typed.set(row.pointer, (e.target as HTMLInputElement).value);
    const described = [`${id}-hint`, ...(error ? [`${id}-error`] : [])].join(' ');
    const attrs = { id, lang: this.language };
    return html`<div class="govuk-form-group ${error ? 'govuk-form-group--error' : ''}" data-pointer=${row.pointer}>
      <label class="govuk-label" for=${id}><span lang="en">${row.en}</span></label>
      <div class="govuk-hint" id=${`${id}-hint`}>${w(`translations.kind.${row.kind}`)}${row.place.length ? ` · ${[...row.place].reverse().join(' › ')}` : ''}
        ${row.state === 'missing' ? html` <strong class="govuk-tag govuk-tag--grey">${w('translations.missing')}</strong>` : nothing}
        ${row.state === 'stale' ? html` <strong class="govuk-tag govuk-tag--yellow">${w('translations.stale')}</strong> <span>${w('translations.translatedFrom', { en: row.translatedFrom ?? '' })}</span>` : nothing}</div>
      ${error ? html`<p class="govuk-error-message" id=${`${id}-error`}><span class="govuk-visually-hidden">${w('translations.problem')}:</span> ${error.message}</p>` : nothing}
      ${row.en.length > 100
        ? html`<textarea class="govuk-textarea ${error ? 'govuk-textarea--error' : ''}" id=${attrs.id} lang=${attrs.lang} rows="3" aria-describedby=${described} .value=${this.textOf(row)} @input=${input}></textarea>`
        : html`<input class="govuk-input ${error ? 'govuk-input--error' : ''}" id=${attrs.id} lang=${attrs.lang} type="text" spellcheck="true" aria-describedby=${described} .value=${this.textOf(row)} @input=${input}>`}
    </div>`;
  }
}

/** The page's heading with the form's English title marked as English (the rest is in the page's language). */
function titleIn(heading: string, title: string): TemplateResult {
  const [before, after] = heading.split('\u0000');
  return html`${before}<span lang="en">${title}</span>${after ?? ''}`;
}

/** Rows by top-level section, in document order; the form's own strings (no section) under a heading of undefined. */
function groups(rows: TranslationRow[]): [string | undefined, [TranslationRow, number][]][] {
  const found = new Map<string, [string | undefined, [TranslationRow, number][]]>();
  rows.forEach((row, index) => {
    const section = row.place.at(-1) ?? '';
    if (!found.has(section)) found.set(section, [section ? rows.find((r) => r.place[0] === section && r.kind === 'sectionTitle')?.en ?? section : undefined, []]);
    found.get(section)![1].push([row, index]);
  });
  return [...found.values()];
}

/** The refusal's fields as links to their inputs: /strings/<n>/... is the n-th string, /review the review. */
function problemsOf(error: unknown): Problem[] {
  const fields = error instanceof ApiError ? (error.body as { fields?: { field: string; message: string }[] } | undefined)?.fields : undefined;
  if (!fields?.length) return [{ href: '#welsh-strings', message: (error as Error).message }];
  return fields.map(({ field, message }) => {
    const index = /^\/strings\/(\d+)/.exec(field)?.[1];
    return { href: index !== undefined ? `#welsh-${index}` : field === '/review' ? '#welsh-review' : '#welsh-strings', message };
  });
}
