import { html, nothing } from 'lit';
import type { ViewModel } from '../../engine/types.ts';
import type { EntryContext } from './entry-context.ts';
import { renderErrorSummary } from './error-summary.ts';
import { ApiError } from '../api-client.ts';
import { readWhen, renderWhen } from './entry-time.ts';
import { confirmedSentence } from '../format.ts';
import { entryInputId, renderEntryFields } from './entry-questions.ts';
import { entryFieldIn, type EntryKind as EntryData } from '../../engine/entry-fields.ts';
import type { Translate } from '../i18n.ts';

export type EntryKind = 'handover' | 'event' | 'redFlag';

interface Field {
  name: string;
  label: string;
  error: string;
  long?: boolean;
  /** The most characters the server accepts, and what to say when there are more. */
  max: number;
  tooLong: string;
  /** Offer the known locations as the user types. */
  suggest?: boolean;
}

/** A text field's label, limit and messages in the language of `t`, as forms/entries.json declares them for the server too. */
function fromData(t: Translate, name: string, kind: EntryData, ...path: string[]): Pick<Field, 'name' | 'label' | 'error' | 'max' | 'tooLong'> {
  const words = entryFieldIn(t, kind, ...path);
  return { name, label: words.label, error: words.missing, max: words.maxLength, tooLong: words.tooLong };
}

/** Checks every field (and the time) on the page, then sends the entry built for the time typed. */
function submit(host: EntryContext, kind: EntryKind, fields: Field[], build: (at: string) => Record<string, unknown>, extraChecks: () => Record<string, string> = () => ({})) {
  return (event: Event) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    const when = readWhen(host.entry, host.t(`components.entry.noun.${kind}`), host.t);
    if ('error' in when) errors.when = when.error;
    for (const f of fields) {
      const text = String(host.entry[f.name] ?? '').trim();
      if (!text) errors[f.name] = f.error;
      else if (text.length > f.max) errors[f.name] = f.tooLong;
    }
    Object.assign(errors, extraChecks());
    host.entryErrors = errors;
    if ('error' in when || Object.keys(errors).length) {
      host.focusSoon('.govuk-error-summary');
      host.requestUpdate();
      return;
    }
    void host.addEntry(kind, build(when.at));
  };
}

/** Server field names ("/receivingOfficer/name") as the names of the fields on these pages. */
const SERVER_FIELDS: Record<string, string> = {
  '/dispatchingOfficer/name': 'dispatchingName', '/dispatchingOfficer/identifier': 'dispatchingId',
  '/receivingOfficer/name': 'receivingName', '/receivingOfficer/identifier': 'receivingId',
  '/acknowledgements': 'acknowledge', '/at': 'when',
};

/** Field errors in a refused entry, keyed by the field on the page, so each shows beside its field. */
export function entryErrorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const fields = (error.body as { fields?: { field?: unknown; message?: unknown }[] } | undefined)?.fields ?? [];
  const errors: Record<string, string> = {};
  for (const { field, message } of fields) {
    if (typeof field !== 'string' || typeof message !== 'string') continue;
    const pointer = field.startsWith('/') ? field : `/${field.split('.').join('/')}`;
    const role = /^\/acknowledgements\/(\d+)\/role$/.exec(pointer);
    errors[role ? `ack/${role[1]}/role` : SERVER_FIELDS[pointer] ?? pointer.slice(1)] ??= message;
  }
  return errors;
}

/** The error summary, in the order the fields appear on the page (they are on screen when the user submits). */
function summaryOf(host: EntryContext) {
  // A text field's input carries its id; other fields (time, acknowledgements) are found by their own.
  const target = (name: string) => (document.getElementById(entryInputId(host, name)) ? entryInputId(host, name) : host.idFor(`/entry/${name}`));
  const position = (name: string) => document.getElementById(target(name));
  const entries = Object.entries(host.entryErrors).sort(([a], [b]) => {
    const [x, y] = [position(a), position(b)];
    return x && y ? (x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1) : 0;
  });
  return entries.length ? renderErrorSummary(entries.map(([name, message]) => ({ message, href: `#${target(name)}` })), host.t) : nothing;
}

function page(host: EntryContext, title: string, body: unknown, onSubmit: (e: Event) => void) {
  return html`<a href="#" class="govuk-back-link" @click=${(e: Event) => { e.preventDefault(); host.go('locked'); }}>${host.t('components.entry.backToRecord')}</a>
    <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
    ${summaryOf(host)}
    <span class="govuk-caption-l">${host.heading.personName}, ${host.heading.personId}</span>
    <h1 class="govuk-heading-l" tabindex="-1">${title}</h1>
    <form novalidate @submit=${onSubmit}>${body}
      <div class="govuk-button-group"><button type="submit" class="govuk-button" ?disabled=${host.busy}>${host.t('components.entry.save')}</button>
      <a href="#" class="govuk-link" @click=${(e: Event) => { e.preventDefault(); host.go('locked'); }}>${host.t('components.entry.discard')}</a></div>
    </form></div></div>`;
}

const handoverFields = (t: Translate): Field[] => [
  fromData(t, 'dispatchingName', 'handover', 'dispatchingOfficer', 'name'),
  fromData(t, 'dispatchingId', 'handover', 'dispatchingOfficer', 'identifier'),
  fromData(t, 'receivingName', 'handover', 'receivingOfficer', 'name'),
  fromData(t, 'receivingId', 'handover', 'receivingOfficer', 'identifier'),
  { ...fromData(t, 'receivingOrganisation', 'handover', 'receivingOrganisation'), suggest: true },
];

const roleOfAcknowledger = (t: Translate) => entryFieldIn(t, 'handover', 'acknowledgements', 'role');

/**
 * Handover; on forms with a red flag page the receiving officer acknowledges every red flag by name,
 * and may give their role with each acknowledgement.
 */
export function renderHandoverForm(host: EntryContext, view: ViewModel) {
  const flags = view.form.redFlagPage ? view.redFlags : [];
  const ackId = host.idFor('/entry/acknowledge');
  const ackError = host.entryErrors.acknowledge;
  const t = host.t;
  const confirmed = host.record?.confirmed;
  const fields = handoverFields(t);
  const roleMax = roleOfAcknowledger(t).maxLength;
  const body = html`${confirmed ? html`<p class="govuk-body">${confirmedSentence(confirmed, t)}</p>` : nothing}${renderWhen(host, t('components.handover.when'))}${renderEntryFields(host, fields)}
    ${flags.length
      ? html`<div class=${ackError ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
        <fieldset class="govuk-fieldset" aria-describedby=${ackError ? `${ackId}-hint ${ackId}-error` : `${ackId}-hint`}>
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">${t('components.handover.redFlags')}</legend>
          <div class="govuk-hint" id=${`${ackId}-hint`}>${t('components.handover.mustAcknowledge')}</div>
          ${ackError ? html`<p id=${`${ackId}-error`} class="govuk-error-message"><span class="govuk-visually-hidden">${t('components.error.prefix')}</span> ${ackError}</p>` : nothing}
          <div class="govuk-checkboxes">
            ${flags.map((flag, index) => {
              const id = index === 0 ? ackId : `${ackId}-${index}`;
              const checked = Boolean(host.entry[`ack:${flag.id}`]);
              const revealId = host.idFor(`/entry/ack/${index}`, 'reveal');
              return html`<div class="govuk-checkboxes__item">
                <input class="govuk-checkboxes__input" id=${id} type="checkbox" .checked=${checked} aria-controls=${revealId}
                  aria-describedby=${flag.details?.length ? `${id}-details` : nothing}
                  @change=${(e: Event) => acknowledge(host, flag.id, index, (e.target as HTMLInputElement).checked)}>
                <label class="govuk-label govuk-checkboxes__label" for=${id}>${host.write(t('components.handover.read', { risk: flag.risk }))}</label>
                ${flag.details?.length ? html`<div class="govuk-hint govuk-checkboxes__hint" id=${`${id}-details`}>${flag.details.map((d, i) => html`${i ? html`<br>` : nothing}${host.write(d)}`)}</div>` : nothing}</div>
                <div class="govuk-checkboxes__conditional" id=${revealId} ?hidden=${!checked}>${checked ? roleField(host, index, flag.risk) : nothing}</div>`;
            })}
          </div></fieldset></div>`
      : nothing}`;
  return page(host, t('components.handover.title'), body, submit(host, 'handover', fields, (at) => {
    const name = String(host.entry.receivingName).trim();
    return {
      dispatchingOfficer: { name: String(host.entry.dispatchingName).trim(), identifier: String(host.entry.dispatchingId).trim() },
      receivingOfficer: { name, identifier: String(host.entry.receivingId).trim() },
      receivingOrganisation: String(host.entry.receivingOrganisation).trim(),
      at,
      acknowledgements: flags.map((flag, index) => {
        const role = String(host.entry[`ack/${index}/role`] ?? '').trim();
        return { entryId: flag.id, name, ...(role ? { role } : {}), at };
      }),
    };
  }, (): Record<string, string> => {
    const errors: Record<string, string> = flags.every((f) => host.entry[`ack:${f.id}`]) ? {} : { acknowledge: t('components.handover.acknowledgeAll') };
    flags.forEach((_, index) => {
      if (String(host.entry[`ack/${index}/role`] ?? '').trim().length > roleMax) errors[`ack/${index}/role`] = t('components.handover.roleTooLong', { max: roleMax });
    });
    return errors;
  }));
}

/** Ticks one acknowledgement; its role starts as the last role typed, as one officer usually acknowledges them all. */
function acknowledge(host: EntryContext, flagId: string, index: number, checked: boolean): void {
  host.entry[`ack:${flagId}`] = checked;
  const roleKey = `ack/${index}/role`;
  const lastRole = Object.entries(host.entry).filter(([key, value]) => /^ack\/\d+\/role$/.test(key) && String(value).trim()).pop()?.[1];
  if (checked && !host.entry[roleKey] && lastRole) host.entry[roleKey] = lastRole;
  host.requestUpdate();
}

/** The optional role of who acknowledges one red flag, revealed under its checkbox. */
function roleField(host: EntryContext, index: number, risk: string) {
  const name = `ack/${index}/role`;
  const id = host.idFor(`/entry/${name}`);
  const error = host.entryErrors[name];
  return html`<div class=${error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
    <label class="govuk-label" for=${id}>${roleOfAcknowledger(host.t).label}<span class="govuk-visually-hidden">: ${host.write(risk)}</span></label>
    <div class="govuk-hint" id=${`${id}-hint`}>${host.t('components.handover.roleHint')}</div>
    ${error ? html`<p id=${`${id}-error`} class="govuk-error-message"><span class="govuk-visually-hidden">${host.t('components.error.prefix')}</span> ${error}</p>` : nothing}
    <input class="govuk-input govuk-!-width-two-thirds${error ? ' govuk-input--error' : ''}" id=${id} name=${`acknowledgements.${index}.role`} type="text"
      aria-describedby=${error ? `${id}-hint ${id}-error` : `${id}-hint`} .value=${String(host.entry[name] ?? '')}
      @input=${(e: Event) => { host.entry[name] = (e.target as HTMLInputElement).value; }}>
  </div>`;
}

const eventFields = (t: Translate): Field[] => [
  fromData(t, 'where', 'event', 'where'),
  { ...fromData(t, 'what', 'event', 'what'), long: true },
];

export function renderEventForm(host: EntryContext, view: ViewModel) {
  const typeId = host.idFor('/entry/type');
  const typeError = host.entryErrors.type;
  const t = host.t;
  const fields = eventFields(t);
  const body = html`<div class=${typeError ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      <fieldset class="govuk-fieldset" aria-describedby=${typeError ? `${typeId}-error` : nothing}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${t('components.event.type')}</legend>
        ${typeError ? html`<p id=${`${typeId}-error`} class="govuk-error-message"><span class="govuk-visually-hidden">${t('components.error.prefix')}</span> ${typeError}</p>` : nothing}
        <div class="govuk-radios">${view.form.eventTypes.map((type, i) => {
          const id = i === 0 ? typeId : `${typeId}-${i}`;
          return html`<div class="govuk-radios__item"><input class="govuk-radios__input" id=${id} name="type" type="radio" .value=${type.const}
            .checked=${host.entry.type === type.const} @change=${() => { host.entry.type = type.const; }}>
            <label class="govuk-label govuk-radios__label" for=${id}>${host.write(type.title)}</label></div>`;
        })}</div>
      </fieldset></div>${renderWhen(host, t('components.event.when'))}${renderEntryFields(host, fields)}`;
  return page(host, t('components.event.title'), body, submit(host, 'event', fields, (at) => ({
    type: host.entry.type, at, where: String(host.entry.where).trim(), what: String(host.entry.what).trim(),
  }), (): Record<string, string> => (host.entry.type ? {} : { type: t('components.event.selectType') })));
}

const redFlagFields = (t: Translate): Field[] => [
  { ...fromData(t, 'risk', 'redFlag', 'risk'), long: true },
  fromData(t, 'identifiedBy', 'redFlag', 'identifiedBy'),
];

export function renderRedFlagForm(host: EntryContext, _view: ViewModel) {
  const fields = redFlagFields(host.t);
  const body = html`${renderEntryFields(host, fields)}${renderWhen(host, host.t('components.redFlag.when'))}`;
  return page(host, host.t('components.redFlag.title'), body, submit(host, 'redFlag', fields, (at) => ({
    risk: String(host.entry.risk).trim(), identifiedBy: String(host.entry.identifiedBy).trim(), at,
  })));
}
