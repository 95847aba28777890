import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { QuestionView } from '../../engine/types.ts';
import type { QuestionContext } from './context.ts';
import { describedBy, errorMessage, flagTags, formGroupClass, hint, prefillNotice } from './parts.ts';
import { parseClock, ukInstant, ukParts } from '../format.ts';

type Parts = Record<string, string>;

/** date and dateTime: GOV.UK date input (day, month, year), plus a 24-hour time box for dateTime. */
export function renderDate(ctx: QuestionContext, question: QuestionView) {
  const withTime = question.kind === 'dateTime';
  const parts = ctx.rawParts(question.pointer) ?? partsOf(question.value, withTime);
  const error = Boolean(ctx.errorFor(question));
  const update = (field: string, text: string) => {
    // The latest parts, not this render's: several boxes may change before the next render.
    const next = { ...(ctx.rawParts(question.pointer) ?? parts), [field]: text.trim() };
    ctx.setRawParts(question.pointer, next);
    ctx.change(question.pointer, valueOf(next, withTime));
  };
  const box = (field: string, label: string, width: number) => {
    const id = field === 'day' ? ctx.idFor(question.pointer, 'input') : ctx.idFor(question.pointer, field);
    return html`<div class="govuk-date-input__item">
      <div class="govuk-form-group">
        <label class="govuk-label govuk-date-input__label" for=${id}>${label}</label>
        <input class="govuk-input govuk-date-input__input govuk-input--width-${width}${error ? ' govuk-input--error' : ''}" id=${id}
          name=${id} type="text" inputmode="numeric" .value=${live(parts[field] ?? '')} @input=${(e: Event) => update(field, (e.target as HTMLInputElement).value)}>
      </div></div>`;
  };
  const timeId = ctx.idFor(question.pointer, 'time');
  return html`<div class=${formGroupClass(ctx, question)}>
    <fieldset class="govuk-fieldset" role="group" aria-describedby=${ifDefined(describedBy(ctx, question))}>
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${ctx.write(question.label)}</legend>
      ${hint(ctx, question)}${prefillNotice(ctx, question)}${errorMessage(ctx, question)}
      <div class="govuk-date-input">
        ${box('day', ctx.t('components.date.day'), 2)}${box('month', ctx.t('components.date.month'), 2)}${box('year', ctx.t('components.date.year'), 4)}
      </div>
      ${withTime
        ? html`<div class="govuk-form-group govuk-!-margin-top-4 govuk-!-margin-bottom-0">
            <label class="govuk-label" for=${timeId}>${ctx.t('components.date.time')}</label>
            <input class="govuk-input govuk-input--width-5${error ? ' govuk-input--error' : ''}" id=${timeId} name=${timeId} type="text"
              .value=${live(parts.time ?? '')} @input=${(e: Event) => update('time', (e.target as HTMLInputElement).value)}>
          </div>`
        : nothing}
    </fieldset>
    ${flagTags(ctx, question)}
  </div>`;
}

function partsOf(value: unknown, withTime: boolean): Parts {
  if (typeof value !== 'string' || value === '') return {};
  if (withTime) return ukParts(value) ?? {};
  const [year = '', month = '', day = ''] = value.split('-');
  return { day: String(Number(day) || day), month: String(Number(month) || month), year };
}

/**
 * The stored answer for what was typed: a real date becomes "2025-03-03" (or an ISO instant); anything
 * incomplete is kept as an unreal date string, so the validator reports it with the definition's wording.
 */
function valueOf(parts: Parts, withTime: boolean): string | undefined {
  const { day = '', month = '', year = '', time = '' } = parts;
  if (!day && !month && !year && !time) return undefined;
  const date = `${year.padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  if (!withTime) return date;
  const clock = parseClock(time);
  const numbers = [year, month, day].map(Number);
  if (clock && numbers.every((n) => Number.isInteger(n) && n > 0) && year.length === 4) {
    const instant = ukInstant(numbers[0]!, numbers[1]!, numbers[2]!, clock.hour, clock.minute);
    if (instant) return instant;
  }
  return `${date}T${time || '--:--'}`;
}
