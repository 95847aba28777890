import { html, nothing } from 'lit';
import type { ViewModel } from '../../engine/types.ts';
import type { FormRecordElement } from '../form-record.ts';
import { renderErrorSummary } from './error-summary.ts';
import { nowIso } from '../format.ts';

export type EntryKind = 'handover' | 'event' | 'redFlag';

interface Field {
  name: string;
  label: string;
  error: string;
  long?: boolean;
}

/** Fields entered as text; every one is needed. Values live on the host so nothing typed is lost on a refused save. */
function textFields(host: FormRecordElement, fields: Field[]) {
  return fields.map((field) => {
    const id = host.idFor(`/entry/${field.name}`);
    const error = host.entryErrors[field.name];
    const errorId = `${id}-error`;
    const onInput = (e: Event) => { host.entry[field.name] = (e.target as HTMLInputElement).value; };
    return html`<div class=${error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      <label class="govuk-label" for=${id}>${field.label}</label>
      ${error ? html`<p id=${errorId} class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${error}</p>` : nothing}
      ${field.long
        ? html`<textarea class="govuk-textarea${error ? ' govuk-textarea--error' : ''}" id=${id} name=${field.name} rows="3"
            aria-describedby=${error ? errorId : nothing} .value=${String(host.entry[field.name] ?? '')} @input=${onInput}></textarea>`
        : html`<input class="govuk-input${error ? ' govuk-input--error' : ''}" id=${id} name=${field.name} type="text"
            aria-describedby=${error ? errorId : nothing} .value=${String(host.entry[field.name] ?? '')} @input=${onInput}>`}
    </div>`;
  });
}

function submit(host: FormRecordElement, kind: EntryKind, fields: Field[], build: () => Record<string, unknown>, extraChecks: () => Record<string, string> = () => ({})) {
  return (event: Event) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    for (const f of fields) if (!String(host.entry[f.name] ?? '').trim()) errors[f.name] = f.error;
    Object.assign(errors, extraChecks());
    host.entryErrors = errors;
    if (Object.keys(errors).length) {
      host.focusSoon('.govuk-error-summary');
      host.requestUpdate();
      return;
    }
    void host.addEntry(kind, build());
  };
}

function summaryOf(host: FormRecordElement) {
  const entries = Object.entries(host.entryErrors);
  return entries.length ? renderErrorSummary(entries.map(([name, message]) => ({ message, href: `#${host.idFor(`/entry/${name}`)}` }))) : nothing;
}

function page(host: FormRecordElement, title: string, body: unknown, onSubmit: (e: Event) => void) {
  return html`<a href="#" class="govuk-back-link" @click=${(e: Event) => { e.preventDefault(); host.go('locked'); }}>Back to the record</a>
    ${summaryOf(host)}
    <h1 class="govuk-heading-l" tabindex="-1">${title}</h1>
    <form novalidate @submit=${onSubmit}>${body}
      <div class="govuk-button-group"><button type="submit" class="govuk-button" ?disabled=${host.busy}>Save</button>
      <a href="#" class="govuk-link" @click=${(e: Event) => { e.preventDefault(); host.go('locked'); }}>Cancel</a></div>
    </form>`;
}

const handoverFields: Field[] = [
  { name: 'dispatchingName', label: 'Dispatching officer’s name', error: 'Enter the dispatching officer’s name' },
  { name: 'dispatchingId', label: 'Dispatching officer’s identifier', error: 'Enter the dispatching officer’s identifier' },
  { name: 'receivingName', label: 'Receiving officer’s name', error: 'Enter the receiving officer’s name' },
  { name: 'receivingId', label: 'Receiving officer’s identifier', error: 'Enter the receiving officer’s identifier' },
  { name: 'receivingOrganisation', label: 'Receiving organisation', error: 'Enter the receiving organisation' },
];

/** Handover; on forms with a red flag page the receiving officer acknowledges every red flag by name. */
export function renderHandoverForm(host: FormRecordElement, view: ViewModel) {
  const flags = view.form.redFlagPage ? view.redFlags : [];
  const ackId = host.idFor('/entry/acknowledge');
  const ackError = host.entryErrors.acknowledge;
  const body = html`${textFields(host, handoverFields)}
    ${flags.length
      ? html`<div class=${ackError ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
        <fieldset class="govuk-fieldset" aria-describedby=${ackError ? `${ackId}-error` : nothing}>
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">Red flag warnings</legend>
          <div class="govuk-hint">The receiving officer must read and acknowledge each one.</div>
          ${ackError ? html`<p id=${`${ackId}-error`} class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${ackError}</p>` : nothing}
          <div class="govuk-checkboxes">
            ${flags.map((flag, index) => {
              const id = index === 0 ? ackId : `${ackId}-${index}`;
              return html`<div class="govuk-checkboxes__item">
                <input class="govuk-checkboxes__input" id=${id} type="checkbox" .checked=${Boolean(host.entry[`ack:${flag.id}`])}
                  @change=${(e: Event) => { host.entry[`ack:${flag.id}`] = (e.target as HTMLInputElement).checked; }}>
                <label class="govuk-label govuk-checkboxes__label" for=${id}>I have read: ${flag.risk}</label></div>`;
            })}
          </div></fieldset></div>`
      : nothing}`;
  return page(host, 'Record a handover', body, submit(host, 'handover', handoverFields, () => {
    const at = nowIso();
    const name = String(host.entry.receivingName).trim();
    return {
      dispatchingOfficer: { name: String(host.entry.dispatchingName).trim(), identifier: String(host.entry.dispatchingId).trim() },
      receivingOfficer: { name, identifier: String(host.entry.receivingId).trim() },
      receivingOrganisation: String(host.entry.receivingOrganisation).trim(),
      at,
      acknowledgements: flags.map((flag) => ({ entryId: flag.id, name, at })),
    };
  }, (): Record<string, string> => (flags.every((f) => host.entry[`ack:${f.id}`]) ? {} : { acknowledge: 'Acknowledge every red flag warning' })));
}

const eventFields: Field[] = [
  { name: 'where', label: 'Where', error: 'Enter where it happened' },
  { name: 'what', label: 'What happened', error: 'Enter what happened', long: true },
];

export function renderEventForm(host: FormRecordElement, view: ViewModel) {
  const typeId = host.idFor('/entry/type');
  const typeError = host.entryErrors.type;
  const body = html`<div class=${typeError ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      <fieldset class="govuk-fieldset" aria-describedby=${typeError ? `${typeId}-error` : nothing}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Type of event</legend>
        ${typeError ? html`<p id=${`${typeId}-error`} class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${typeError}</p>` : nothing}
        <div class="govuk-radios">${view.form.eventTypes.map((t, i) => {
          const id = i === 0 ? typeId : `${typeId}-${i}`;
          return html`<div class="govuk-radios__item"><input class="govuk-radios__input" id=${id} name="type" type="radio" .value=${t.const}
            .checked=${host.entry.type === t.const} @change=${() => { host.entry.type = t.const; }}>
            <label class="govuk-label govuk-radios__label" for=${id}>${t.title}</label></div>`;
        })}</div>
      </fieldset></div>${textFields(host, eventFields)}`;
  return page(host, 'Add to the record of events', body, submit(host, 'event', eventFields, () => ({
    type: host.entry.type, at: nowIso(), where: String(host.entry.where).trim(), what: String(host.entry.what).trim(),
  }), (): Record<string, string> => (host.entry.type ? {} : { type: 'Select the type of event' })));
}

const redFlagFields: Field[] = [
  { name: 'risk', label: 'What is the risk?', error: 'Enter the risk', long: true },
  { name: 'identifiedBy', label: 'Who identified it?', error: 'Enter who identified the risk' },
];

export function renderRedFlagForm(host: FormRecordElement, _view: ViewModel) {
  return page(host, 'Add a red flag warning', textFields(host, redFlagFields), submit(host, 'redFlag', redFlagFields, () => ({
    risk: String(host.entry.risk).trim(), identifiedBy: String(host.entry.identifiedBy).trim(), at: nowIso(),
  })));
}
