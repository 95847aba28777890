import { html, nothing } from 'lit';
import type { EntryContext } from './entry-context.ts';
import { nowIso, parseClock, ukInstant, ukParts } from '../format.ts';
import type { Translate } from '../i18n.ts';

/** A new entry's fields: its time starts as now, in UK time, for staff to change if it happened earlier. */
export function startOfEntry(): Record<string, string> {
  const now = ukParts(nowIso())!;
  return { whenDay: now.day, whenMonth: now.month, whenYear: now.year, whenTime: now.time };
}

/** GOV.UK date input plus a 24-hour time box for when the entry happened. */
export function renderWhen(host: EntryContext, legend: string) {
  const t = host.t;
  const id = host.idFor('/entry/when');
  const error = host.entryErrors.when;
  const timeId = host.idFor('/entry/when', 'time');
  const box = (field: string, label: string, width: number, boxId: string) => html`<div class="govuk-date-input__item">
    <div class="govuk-form-group">
      <label class="govuk-label govuk-date-input__label" for=${boxId}>${label}</label>
      <input class="govuk-input govuk-date-input__input govuk-input--width-${width}${error ? ' govuk-input--error' : ''}" id=${boxId} name=${field}
        type="text" inputmode="numeric" .value=${String(host.entry[field] ?? '')} @input=${(e: Event) => { host.entry[field] = (e.target as HTMLInputElement).value; }}>
    </div></div>`;
  return html`<div class=${error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
    <fieldset class="govuk-fieldset" role="group" aria-describedby=${error ? `${id}-hint ${id}-error` : `${id}-hint`}>
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${legend}</legend>
      <div class="govuk-hint" id=${`${id}-hint`}>${t('components.when.hint')}</div>
      ${error ? html`<p id=${`${id}-error`} class="govuk-error-message"><span class="govuk-visually-hidden">${t('components.error.prefix')}</span> ${error}</p>` : nothing}
      <div class="govuk-date-input">
        ${box('whenDay', t('components.date.day'), 2, id)}${box('whenMonth', t('components.date.month'), 2, host.idFor('/entry/when', 'month'))}${box('whenYear', t('components.date.year'), 4, host.idFor('/entry/when', 'year'))}
      </div>
      <div class="govuk-form-group govuk-!-margin-top-4 govuk-!-margin-bottom-0">
        <label class="govuk-label" for=${timeId}>${t('components.date.time')}</label>
        <input class="govuk-input govuk-input--width-5${error ? ' govuk-input--error' : ''}" id=${timeId} name="whenTime" type="text"
          .value=${String(host.entry.whenTime ?? '')} @input=${(e: Event) => { host.entry.whenTime = (e.target as HTMLInputElement).value; }}>
      </div>
    </fieldset></div>`;
}

/**
 * The instant typed, or the message saying what is wrong with it. `what` names the entry ("the handover").
 * A time in the future is refused: these entries record what has already happened.
 */
export function readWhen(entry: Record<string, unknown>, what: string, t: Translate, now = Date.now()): { at: string } | { error: string } {
  const [day, month, year, time] = ['whenDay', 'whenMonth', 'whenYear', 'whenTime'].map((f) => String(entry[f] ?? '').trim()) as [string, string, string, string];
  if (!day && !month && !year && !time) return { error: t('components.when.missing', { what }) };
  if (!day || !month || !year) return { error: t('components.when.incomplete', { what }) };
  const clock = parseClock(time);
  if (!clock) return { error: t('components.when.time', { what }) };
  const numbers = [year, month, day].map(Number) as [number, number, number];
  const at = /^\d{4}$/.test(year) && numbers.every((n) => Number.isInteger(n) && n > 0)
    ? ukInstant(numbers[0], numbers[1], numbers[2], clock.hour, clock.minute)
    : undefined;
  if (!at) return { error: t('components.when.real', { what }) };
  if (Date.parse(at) > now) return { error: t('components.when.future', { what }) };
  return { at };
}
