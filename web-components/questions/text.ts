import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { QuestionView } from '../../engine/types.ts';
import type { QuestionContext } from './context.ts';
import { describedBy, errorMessage, flagTags, formGroupClass, hint, prefillNotice } from './parts.ts';

/** text: a one-line GOV.UK text input. */
export function renderText(ctx: QuestionContext, question: QuestionView) {
  const id = ctx.idFor(question.pointer) + '-input';
  const error = ctx.errorFor(question);
  return html`<div class=${formGroupClass(ctx, question)}>
    <label class="govuk-label govuk-label--s" for=${id}>${ctx.write(question.label)}</label>
    ${hint(ctx, question)}${prefillNotice(ctx, question)}${errorMessage(ctx, question)}
    <input class=${error ? 'govuk-input govuk-input--error' : 'govuk-input'} id=${id} name=${id} type="text" spellcheck="false"
      .value=${live(typeof question.value === 'string' ? question.value : '')} aria-describedby=${ifDefined(describedBy(ctx, question))}
      list=${ifDefined(question.suggestions ? `${id}-suggestions` : undefined)} autocomplete=${ifDefined(question.suggestions ? 'off' : undefined)}
      @input=${(e: Event) => ctx.change(question.pointer, emptyToUndefined((e.target as HTMLInputElement).value))}>
    ${question.suggestions ? html`<datalist id=${`${id}-suggestions`}>${question.suggestions.map((s) => html`<option value=${s}></option>`)}</datalist>` : ''}
    ${flagTags(ctx, question)}
  </div>`;
}

/** An empty box is no answer (docs/definitions.md), so it is removed rather than stored as "". */
export function emptyToUndefined(value: string): string | undefined {
  return value === '' ? undefined : value;
}
