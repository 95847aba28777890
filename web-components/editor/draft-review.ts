import { html, nothing } from 'lit';
import type { Draft, Review } from './drafts-client.ts';
import { PolicyElement } from './policy-element.ts';

/**
 * A submitted draft as its approver sees it: what the checker says about exactly this text (its hash),
 * the version it follows, the form itself in <form-preview>, and approve (which publishes it) or
 * reject with a reason. The server refuses the submitter, and a draft changed since it was reviewed.
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
        this.outcome = `Approved and published: ${approved.published.name} ${approved.published.version}`;
      } else {
        const reason = ((event!.target as HTMLFormElement).elements.namedItem('reason') as HTMLTextAreaElement).value.trim();
        if (!reason) {
          this.failure = 'Enter why the draft is rejected';
          return;
        }
        await this.client.reject(this.draftId, reason);
        this.outcome = 'Rejected: the author can change it and submit it again';
      }
    } catch (error) {
      this.failure = (error as Error).message;
    }
  }

  render() {
    const failure = this.failure ? html`<div class="govuk-error-summary" role="alert"><h2 class="govuk-error-summary__title">There is a problem</h2><div class="govuk-error-summary__body"><p class="govuk-body">${this.failure}</p></div></div>` : nothing;
    if (!this.draft || !this.review) return html`${failure}<p class="govuk-body" role="status">Loading the draft…</p>`;
    if (this.outcome) return html`<div class="govuk-panel govuk-panel--confirmation"><h1 class="govuk-panel__title">${this.outcome}</h1></div><p class="govuk-body"><a class="govuk-link" href="/editor">Back to forms</a></p>`;
    const r = this.review;
    return html`${failure}<span class="govuk-caption-l">Review</span>
      <h1 class="govuk-heading-l">${r.name} ${r.version}</h1>
      <dl class="govuk-summary-list">
        <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Submitted by</dt><dd class="govuk-summary-list__value">${this.draft.submitted?.by} at ${this.draft.submitted?.at}</dd></div>
        <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Follows</dt><dd class="govuk-summary-list__value">${r.previous ? `${r.name} ${r.previous.version}` : 'Nothing: a new form, which becomes the version used everywhere until a pilot says otherwise'}</dd></div>
        <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Checker</dt><dd class="govuk-summary-list__value">${r.problems.length ? `${r.problems.length} problems` : 'No problems'}</dd></div>
        <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Content hash</dt><dd class="govuk-summary-list__value"><code>${r.hash.slice(0, 16)}</code></dd></div>
      </dl>
      ${r.diff ? html`<h2 class="govuk-heading-m">What changed since ${r.diff.from}</h2>
        ${r.diff.changes.length ? html`<ul class="govuk-list govuk-list--bullet">${r.diff.changes.map((sentence) => html`<li>${sentence}</li>`)}</ul>` : html`<p class="govuk-body">Nothing staff would see.</p>`}` : nothing}
      ${r.impact ? html`<h2 class="govuk-heading-m">Impact on records confirmed since ${r.impact.since}</h2>
        <p class="govuk-body">${r.impact.records} records re-checked: ${r.impact.incomplete.records} (${r.impact.incomplete.percent}%) would have been incomplete;
          ${r.impact.answers.dropped} of ${r.impact.answers.total} answers (${r.impact.answers.droppedPercent}%) would be dropped and ${r.impact.answers.carried} (${r.impact.answers.carriedPercent}%) carried by prefill.</p>` : nothing}
      ${this.draft.state === 'submitted' ? html`<button type="button" class="govuk-button" @click=${() => void this.decide(true)}>Approve and publish</button>
        <form novalidate @submit=${(e: Event) => void this.decide(false, e)}>
          <div class="govuk-form-group"><label class="govuk-label" for="reason">Or reject it: why?</label><textarea class="govuk-textarea" id="reason" name="reason" rows="2"></textarea></div>
          <button type="submit" class="govuk-button govuk-button--warning">Reject</button>
        </form>` : html`<p class="govuk-body">This draft is ${this.draft.state}: there is nothing to decide.</p>`}
      <h2 class="govuk-heading-m">The form</h2>
      <form-preview .definition=${this.draft.definition}></form-preview>`;
  }
}
