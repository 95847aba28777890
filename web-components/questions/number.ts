import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { QuestionView } from '../../engine/types.ts';
import type { QuestionContext } from './context.ts';
import { describedBy, errorMessage, flagTags, formGroupClass, hint, prefillNotice } from './parts.ts';

/** number: a text input with a numeric keyboard (GOV.UK advises against type=number). */
export function renderNumber(ctx: QuestionContext, question: QuestionView) {
  const id = ctx.idFor(question.pointer) + '-input';
  const error = ctx.errorFor(question);
  const raw = ctx.rawParts(question.pointer)?.text;
  const shown = raw ?? (question.value === undefined ? '' : String(question.value));
  return html`<div class=${formGroupClass(ctx, question)}>
    <label class="govuk-label govuk-label--s" for=${id}>${ctx.write(question.label)}</label>
    ${hint(ctx, question)}${prefillNotice(ctx, question)}${errorMessage(ctx, question)}
    <input class=${error ? 'govuk-input govuk-input--width-5 govuk-input--error' : 'govuk-input govuk-input--width-5'} id=${id} name=${id}
      type="text" inputmode="decimal" spellcheck="false" .value=${live(shown)} aria-describedby=${ifDefined(describedBy(ctx, question))}
      @input=${(e: Event) => {
        const text = (e.target as HTMLInputElement).value.trim();
        ctx.setRawParts(question.pointer, { text });
        // Text that is not a number is kept as typed, so the validator names the problem instead of losing it.
        ctx.change(question.pointer, text === '' ? undefined : Number.isFinite(Number(text)) ? Number(text) : text);
      }}>
    ${flagTags(ctx, question)}
  </div>`;
}
