import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { QuestionView } from '../../engine/types.ts';
import type { QuestionContext } from './context.ts';
import { describedBy, errorMessage, flagTags, formGroupClass, hint, prefillNotice } from './parts.ts';
import { emptyToUndefined } from './text.ts';

/** longText: a GOV.UK textarea, with the character limit stated under it. */
export function renderLongText(ctx: QuestionContext, question: QuestionView) {
  const id = ctx.idFor(question.pointer) + '-input';
  const value = typeof question.value === 'string' ? question.value : '';
  const error = ctx.errorFor(question);
  const countId = ctx.idFor(question.pointer, 'count');
  const limit = question.maxLength;
  return html`<div class=${formGroupClass(ctx, question)}>
    <label class="govuk-label govuk-label--s" for=${id}>${ctx.write(question.label)}</label>
    ${hint(ctx, question)}${prefillNotice(ctx, question)}${errorMessage(ctx, question)}
    <textarea class=${error ? 'govuk-textarea govuk-textarea--error' : 'govuk-textarea'} id=${id} name=${id} rows="5"
      .value=${live(value)} aria-describedby=${ifDefined(describedBy(ctx, question, limit ? [countId] : []))}
      @input=${(e: Event) => ctx.change(question.pointer, emptyToUndefined((e.target as HTMLTextAreaElement).value))}></textarea>
    ${limit
      ? html`<div id=${countId} class="govuk-hint govuk-character-count__message">${remaining(ctx, limit, value.length)}</div>`
      : nothing}
    ${flagTags(ctx, question)}
  </div>`;
}

function remaining(ctx: QuestionContext, limit: number, used: number): string {
  const left = limit - used;
  return left >= 0 ? ctx.t('components.count.left', { limit, left }) : ctx.t('components.count.over', { count: -left });
}
