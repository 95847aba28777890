import { html, nothing } from 'lit';
import type { Draft, Review } from './drafts-client.ts';
import { PolicyElement } from './policy-element.ts';
import { englishMarked } from '../english-marked.ts';
import { formatDate, formatDateTime } from '../../engine/display.ts';

/**
 * A submitted draft as its approver sees it: what the checker says about exactly this text (its hash),
 * the version it follows, the form itself in <form-preview>, and approve (which publishes it) or
 * reject with a reason. The server refuses the submitter, and a draft changed since it was reviewed.
 * A draft is the English document a translation is made from, so on a Welsh page the preview marks its
 * words lang="en" (form-preview's definition-lang default), as "What changed" marks its English titles.
 */
export class DraftReviewElement extends PolicyElement {
  static properties = { api: { type: String }, draftId: { type: String, attribute: 'draft-id' }, draft: { state: true }, review: { state: true }, outcome: { state: true }, failure: { state: true } };

  draftId = '';
  draft?: Draft;
  review?: Review;
  outcome = '';
  failure = '';

  protected start(): void {
    void Promise.all([this.client.get(this.draftId), this.client.review(this.draftId)]).then(([draft, review]) => {
      this.draft = draft;
      this.review = review;
    }, (error: unknown) => { this.failure = (error as Error).message; });
  }

  private async decide(approve: boolean, event?: Event): Promise<void> {
    event?.preventDefault();
    this.failure = '';
    try {
      if (approve) {
        const approved = await this.client.approve(this.draftId, this.review!.revision);
        this.outcome = this.t('editor.review.approved', { name: approved.published.name, version: approved.published.version });
      } else {
        const reason = ((event!.target as HTMLFormElement).elements.namedItem('reason') as HTMLTextAreaElement).value.trim();
        if (!reason) {
          this.failure = this.t('editor.review.enterReason');
          return;
        }
        await this.client.reject(this.draftId, reason);
        this.outcome = this.t('editor.review.rejected');
      }
    } catch (error) {
      this.failure = (error as Error).message;
    }
  }

  render() {
    const { t } = this;
    const failure = this.failure ? html`<div class="govuk-error-summary" role="alert"><h2 class="govuk-error-summary__title">${t('editor.problem')}</h2><div class="govuk-error-summary__body"><p class="govuk-body">${this.failure}</p></div></div>` : nothing;
    if (!this.draft || !this.review) return html`${failure}<p class="govuk-body" role="status">${t('editor.loading')}</p>`;
    if (this.outcome) return html`<div class="govuk-panel govuk-panel--confirmation"><h1 class="govuk-panel__title">${this.outcome}</h1></div><p class="govuk-body"><a class="govuk-link" href="/editor">${t('editor.review.back')}</a></p>`;
    const r = this.review;
    return html`${failure}<span class="govuk-caption-l">${t('editor.review.caption')}</span>
      <h1 class="govuk-heading-l">${r.name} ${r.version}</h1>
      <dl class="govuk-summary-list">
        <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${t('editor.review.submittedBy')}</dt><dd class="govuk-summary-list__value">${t('editor.review.submittedAt', { who: this.draft.submitted?.by ?? '', at: this.draft.submitted ? formatDateTime(this.draft.submitted.at, undefined, t) : '' })}</dd></div>
        <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${t('editor.review.follows')}</dt><dd class="govuk-summary-list__value">${r.previous ? `${r.name} ${r.previous.version}` : t('editor.review.newForm')}</dd></div>
        <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${t('editor.review.checker')}</dt><dd class="govuk-summary-list__value">${r.problems.length ? t('editor.review.problems', { count: r.problems.length }) : t('editor.review.noProblems')}</dd></div>
        <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${t('editor.review.hash')}</dt><dd class="govuk-summary-list__value"><code>${r.hash.slice(0, 16)}</code></dd></div>
        ${r.translations.map((w) => html`<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${t(`editor.review.translation.${w.language}`)}</dt>
          <dd class="govuk-summary-list__value" id=${`translation-${w.language}`}>${w.untranslated
            ? html`${t('editor.review.translation.incomplete', { count: w.untranslated, total: w.total })}
              <a class="govuk-link" href=${`/editor/drafts/${encodeURIComponent(this.draftId)}/welsh`}>${t('editor.review.translation.write')}</a>`
            : t('editor.review.translation.complete', { total: w.total })}</dd></div>`)}
      </dl>
      ${r.diff ? html`<h2 class="govuk-heading-m">${t('editor.review.changedSince', { version: r.diff.from })}</h2>
        ${r.diff.changes.length ? html`<ul class="govuk-list govuk-list--bullet">${r.diff.changes.map((sentence) => html`<li>${englishMarked(sentence, r.diff!.inEnglish)}</li>`)}</ul>` : html`<p class="govuk-body">${t('editor.review.nothingSeen')}</p>`}` : nothing}
      ${r.impact ? html`<h2 class="govuk-heading-m">${t('editor.review.impact', { since: formatDate(r.impact.since, t) })}</h2>
        <p class="govuk-body">${t('editor.review.impactText', { records: r.impact.records, incomplete: r.impact.incomplete.records, incompletePercent: r.impact.incomplete.percent,
          dropped: r.impact.answers.dropped, total: r.impact.answers.total, droppedPercent: r.impact.answers.droppedPercent, carried: r.impact.answers.carried, carriedPercent: r.impact.answers.carriedPercent })}</p>` : nothing}
      ${this.draft.state === 'submitted' ? html`<button type="button" class="govuk-button" @click=${() => void this.decide(true)}>${t('editor.review.approve')}</button>
        <form novalidate @submit=${(e: Event) => void this.decide(false, e)}>
          <div class="govuk-form-group"><label class="govuk-label" for="reason">${t('editor.review.why')}</label><textarea class="govuk-textarea" id="reason" name="reason" rows="2"></textarea></div>
          <button type="submit" class="govuk-button govuk-button--warning">${t('editor.review.reject')}</button>
        </form>` : html`<p class="govuk-body">${t('editor.review.nothingToDecide', { state: t(`editor.state.${this.draft.state}`) })}</p>`}
      <h2 class="govuk-heading-m">${t('editor.review.theForm')}</h2>
      <form-preview .definition=${this.draft.definition}></form-preview>`;
  }
}
