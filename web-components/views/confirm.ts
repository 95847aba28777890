import { html, nothing } from 'lit';
import type { ViewModel } from '../../engine/types.ts';
import type { FormRecordElement } from '../form-record.ts';

/** What still stops confirmation; when nothing does, an "are you sure" step before the record locks. */
export function renderConfirm(host: FormRecordElement, view: ViewModel, sure: boolean) {
  const back = html`<a href="#" class="govuk-back-link" @click=${(e: Event) => { e.preventDefault(); host.go('tasks'); }}>Back to tasks</a>`;
  if (view.confirmBlockers.length > 0) {
    return html`${back}<h1 class="govuk-heading-l" tabindex="-1">The record cannot be confirmed yet</h1>
      <p class="govuk-body">Before it can be confirmed:</p>
      <ul class="govuk-list govuk-list--bullet">${view.confirmBlockers.map((b) => html`<li>${b}</li>`)}</ul>
      <button type="button" class="govuk-button" @click=${() => host.go('tasks')}>Return to tasks</button>`;
  }
  if (!sure) {
    return html`${back}<h1 class="govuk-heading-l" tabindex="-1">Confirm the record</h1>
      <p class="govuk-body">Every section is complete and every carried-over answer has been reviewed.</p>
      <button type="button" class="govuk-button" @click=${() => host.go('sure')}>Confirm the record</button>`;
  }
  return html`${back}<h1 class="govuk-heading-l" tabindex="-1">Are you sure you want to confirm the record?</h1>
    <div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span>
      <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span>
        Once confirmed, answers cannot be changed. Handovers, events and red flags can still be added.</strong></div>
    <div class="govuk-button-group">
      <button type="button" class="govuk-button" ?disabled=${host.busy} @click=${() => void host.confirmRecord()}>Yes, confirm the record</button>
      <a href="#" class="govuk-link" @click=${(e: Event) => { e.preventDefault(); host.go('tasks'); }}>No, go back</a>
    </div>${nothing}`;
}
