import { html, nothing } from 'lit';
import type { ViewModel } from '../../engine/types.ts';
import type { EntryContext } from './entry-context.ts';
import { renderErrorSummary } from './error-summary.ts';
import { entryFieldIn } from '../../engine/entry-fields.ts';

/** "Are you sure" before cancelling a record, with an optional reason kept on the record. */
export function renderCancel(host: EntryContext, view: ViewModel) {
  const t = host.t;
  // The reason's label, limit and message in the reader's language, as forms/entries.json declares them for the server too.
  const reason = entryFieldIn(t, 'cancel', 'reason');
  const back = view.affordances.home;
  const id = host.idFor('/entry/reason');
  const error = host.entryErrors.reason;
  const goBack = (e: Event) => { e.preventDefault(); host.go(back); };
  const submit = (e: Event) => {
    e.preventDefault();
    const given = String(host.entry.reason ?? '');
    host.entryErrors = given.length > reason.maxLength ? { reason: reason.tooLong } : {};
    if (host.entryErrors.reason) {
      host.focusSoon('.govuk-error-summary');
      host.requestUpdate();
      return;
    }
    void host.cancelRecord(given);
  };
  return html`<a href="#" class="govuk-back-link" @click=${goBack}>${t('components.nav.back')}</a>
    <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
    ${error ? renderErrorSummary([{ message: error, href: `#${id}` }], t) : nothing}
    <span class="govuk-caption-l">${host.heading.personName}, ${host.heading.personId}</span>
    <h1 class="govuk-heading-l" tabindex="-1">${t('components.cancel.title')}</h1>
    <div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span>
      <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">${t('components.warning')}</span>
        ${t('components.cancel.warning')}</strong></div>
    <form novalidate @submit=${submit}>
      <div class=${error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
        <label class="govuk-label govuk-label--s" for=${id}>${reason.label}</label>
        <div class="govuk-hint" id=${`${id}-hint`}>${t('components.cancel.hint')}</div>
        ${error ? html`<p id=${`${id}-error`} class="govuk-error-message"><span class="govuk-visually-hidden">${t('components.error.prefix')}</span> ${error}</p>` : nothing}
        <textarea class="govuk-textarea${error ? ' govuk-textarea--error' : ''}" id=${id} name="reason" rows="4"
          aria-describedby=${error ? `${id}-hint ${id}-error` : `${id}-hint`} .value=${String(host.entry.reason ?? '')}
          @input=${(e: Event) => { host.entry.reason = (e.target as HTMLTextAreaElement).value; }}></textarea>
      </div>
      <div class="govuk-button-group">
        <button type="submit" class="govuk-button govuk-button--warning" ?disabled=${host.busy}>${t('components.cancel.yes')}</button>
        <a href="#" class="govuk-link" @click=${goBack}>${t('components.cancel.no')}</a>
      </div>
    </form></div></div>`;
}
